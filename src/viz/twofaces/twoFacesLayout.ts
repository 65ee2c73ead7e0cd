import { line, scaleLinear, type ScaleLinear } from "d3";

/**
 * Layout of "one model, two faces": four panels over one shared time axis.
 *   state   the recurrence's state h_t[n], drawn up to the marked step, a dot per slot at it
 *   input   the input u as stems, with the stretch the kernel covers at the marked step shaded
 *   kernel  the kernel flipped and slid to the marked step (tap j at x = t − j), and the products
 *           K_j·u_{t−j} as bars: their sum is the output at t
 *   output  both outputs: the recurrence as a wide band, the convolution as dashes (and dots when
 *           there is room), so the reader sees them coincide
 * Pure: no DOM. Scales are fixed over the whole run, not the marked step, so nothing rescales
 * while playing. Coordinates are rounded to 2 decimals.
 */

export const TWO_FACES_MARGIN = { top: 4, right: 14, bottom: 30, left: 46 };
/** Room above each panel for its title. */
export const PANEL_TITLE_PX = 22;
const PANEL_GAP_PX = 10;
/** Dots on the convolution's output only while they stay apart (at most this many steps). */
export const MAX_OUTPUT_DOTS = 128;

export type PanelKey = "state" | "input" | "kernel" | "output";

export interface TwoFacesInput {
  /** u, (L) */
  u: ArrayLike<number>;
  /** h_t[n] time-major, (L, N) */
  states: ArrayLike<number>;
  N: number;
  /** The recurrence's output, (L) */
  yRec: ArrayLike<number>;
  /** The convolution's output, (L); null when no single kernel exists. */
  yConv: ArrayLike<number> | null;
  /** The kernel drawn at the marked step, tap j = 0, 1, … (only taps j ≤ t are drawn). */
  kernel: ArrayLike<number>;
  /** The products K_j·u_{t−j}, j = 0 … t; empty when they are not drawn. */
  terms: ArrayLike<number>;
  /** Index j of the product to highlight (−1: none). */
  largestTerm: number;
  /** The marked step. */
  t: number;
  /** Draw the convolution's output over every step, not only up to the marked one. */
  isConvAllAtOnce?: boolean;
  /** Room reserved at the top of the kernel panel, above its plot, for a note (px). */
  kernelNotePx?: number;
}

export interface PanelLayout {
  key: PanelKey;
  top: number;
  height: number;
  y: ScaleLinear<number, number>;
}

export interface Stem {
  x: number;
  y0: number;
  y1: number;
  t: number;
}

export interface TwoFacesLayout {
  widthPx: number;
  heightPx: number;
  x: ScaleLinear<number, number>;
  panels: Record<PanelKey, PanelLayout>;
  /** One path per state slot, steps 0 … t. */
  statePaths: string[];
  /** The state's dots at the marked step, one per slot. */
  stateDots: { cx: number; cy: number }[];
  inputStems: Stem[];
  /** The stretch of input the kernel covers at the marked step, in px. */
  window: { x0: number; x1: number };
  /** The flipped kernel, tap j at x(t − j). */
  kernelPath: string;
  termBars: (Stem & { j: number; value: number; isLargest: boolean })[];
  outRecPath: string;
  outConvPath: string;
  outConvDots: { cx: number; cy: number }[];
  markX: number;
  /** Where the kernel panel's note band starts (px from the top); its height is kernelNotePx. */
  kernelNoteTop: number;
}

const HEIGHTS: Record<PanelKey, number> = { state: 72, input: 52, kernel: 80, output: 80 };
/** Tick counts asked of d3 per panel (the input panel is the shortest). */
export const PANEL_TICKS: Record<PanelKey, number> = { state: 3, input: 2, kernel: 3, output: 3 };
const ORDER: readonly PanelKey[] = ["state", "input", "kernel", "output"];
const r2 = (v: number) => Math.round(v * 100) / 100;

function extentOf(values: Iterable<number>, includeZero = true): [number, number] {
  let lo = includeZero ? 0 : Infinity;
  let hi = includeZero ? 0 : -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) return [lo - 1, hi + 1];
  return [lo, hi];
}

function* prefix(a: ArrayLike<number>, n = a.length): Generator<number> {
  for (let i = 0; i < Math.min(n, a.length); i++) yield a[i];
}

/** The panels, scales and marks of the two-faces figure at a width. */
export function twoFacesLayout(d: TwoFacesInput, widthPx: number): TwoFacesLayout {
  const L = d.u.length;
  const N = Math.max(1, d.N);
  const t = Math.min(Math.max(0, Math.round(d.t)), Math.max(0, L - 1));
  const x = scaleLinear()
    .domain([0, Math.max(1, L - 1)])
    .range([
      TWO_FACES_MARGIN.left,
      Math.max(TWO_FACES_MARGIN.left + 1, widthPx - TWO_FACES_MARGIN.right),
    ]);

  // Every product K_j·u_s lies between K_j·min(u) and K_j·max(u): a domain fixed over the run.
  const [uLo, uHi] = extentOf(prefix(d.u));
  const kernelTaps = Array.from(prefix(d.kernel, t + 1));
  const allKernel = Array.from(prefix(d.kernel));
  const kernelDomain = extentOf(
    allKernel.flatMap((k) => [k, k * uLo, k * uHi]).concat(Array.from(prefix(d.terms))),
  );
  const outDomain = extentOf([...prefix(d.yRec), ...(d.yConv ? prefix(d.yConv) : [])]);
  const domains: Record<PanelKey, [number, number]> = {
    state: extentOf(prefix(d.states)),
    input: [uLo, uHi],
    kernel: kernelDomain,
    output: outDomain,
  };

  let top = TWO_FACES_MARGIN.top;
  let kernelNoteTop = 0;
  const panels = {} as Record<PanelKey, PanelLayout>;
  for (const key of ORDER) {
    top += PANEL_TITLE_PX;
    if (key === "kernel") {
      kernelNoteTop = top;
      top += Math.max(0, d.kernelNotePx ?? 0);
    }
    const height = HEIGHTS[key];
    const y = scaleLinear()
      .domain(domains[key])
      .nice(3)
      .range([top + height, top]);
    panels[key] = { key, top, height, y };
    top += height + PANEL_GAP_PX;
  }
  const heightPx = top - PANEL_GAP_PX + TWO_FACES_MARGIN.bottom;

  const path = (ys: ScaleLinear<number, number>) =>
    line<[number, number]>()
      .defined(([, v]) => Number.isFinite(v))
      .x(([i]) => x(i))
      .y(([, v]) => ys(v))
      .digits(2);

  const sy = panels.state.y;
  const statePaths: string[] = [];
  const stateDots: { cx: number; cy: number }[] = [];
  for (let n = 0; n < N; n++) {
    const pts: [number, number][] = [];
    for (let s = 0; s <= t && s < L; s++) pts.push([s, d.states[s * N + n]]);
    statePaths.push(path(sy)(pts) ?? "");
    const v = d.states[t * N + n];
    if (L > 0 && Number.isFinite(v)) stateDots.push({ cx: r2(x(t)), cy: r2(sy(v)) });
  }

  const iy = panels.input.y;
  const inputStems: Stem[] = [];
  for (let s = 0; s < L; s++) {
    if (d.u[s] !== 0) inputStems.push({ x: r2(x(s)), y0: r2(iy(0)), y1: r2(iy(d.u[s])), t: s });
  }
  const window = {
    x0: r2(x(Math.max(0, t - kernelTaps.length + 1)) - 3),
    x1: r2(x(t) + 3),
  };

  const ky = panels.kernel.y;
  const kernelPath =
    path(ky)(kernelTaps.map((k, j): [number, number] => [t - j, k]).reverse()) ?? "";
  const termBars: TwoFacesLayout["termBars"] = [];
  for (let j = 0; j < d.terms.length && j <= t; j++) {
    const v = d.terms[j];
    if (v === 0) continue;
    termBars.push({
      x: r2(x(t - j)),
      y0: r2(ky(0)),
      y1: r2(ky(v)),
      t: t - j,
      j,
      value: v,
      isLargest: j === d.largestTerm,
    });
  }

  const oy = panels.output.y;
  const upTo = (a: ArrayLike<number>, n: number) =>
    Array.from(prefix(a, n), (v, i): [number, number] => [i, v]);
  const outRecPath = path(oy)(upTo(d.yRec, t + 1)) ?? "";
  const convN = d.isConvAllAtOnce ? L : t + 1;
  const outConvPath = d.yConv ? (path(oy)(upTo(d.yConv, convN)) ?? "") : "";
  const outConvDots =
    d.yConv && L <= MAX_OUTPUT_DOTS
      ? upTo(d.yConv, convN).map(([i, v]) => ({ cx: r2(x(i)), cy: r2(oy(v)) }))
      : [];

  return {
    widthPx,
    heightPx,
    x,
    panels,
    statePaths,
    stateDots,
    inputStems,
    window,
    kernelPath,
    termBars,
    outRecPath,
    outConvPath,
    outConvDots,
    markX: r2(x(t)),
    kernelNoteTop,
  };
}
