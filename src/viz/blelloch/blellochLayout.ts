/**
 * Layout of the parallel (Blelloch) scan, one row per level of the schedule (input, up-sweep,
 * clear, down-sweep, inclusive) over the P cells of the padded array, plus a last row for the
 * sequential loop. Each cell is labelled with the stretch of elements x_a • … • x_b it holds, so
 * the reader sees the tree being built (up) and turned into prefixes (down). Rows after the current
 * level are drawn empty; the current level's combines are drawn as lines from the row above.
 * Pure: no DOM. Coordinates are rounded to 2 decimals.
 */

export type ScanPhase = "input" | "up" | "clear" | "down" | "inclusive";

/** What the layout needs of a level (the model's `ScanLevel` satisfies it). */
export interface LevelInput {
  phase: ScanPhase;
  stride: number;
  ops: readonly { lo: number; hi: number }[];
}

/** The stretch [first, last] of elements a cell holds, or null for the identity (1, 0). */
export type Span = readonly [number, number] | null;

/** Composition of adjacent stretches: earlier • later. Throws if they are not adjacent. */
export function concatSpans(earlier: Span, later: Span): Span {
  if (earlier === null) return later;
  if (later === null) return earlier;
  if (earlier[1] + 1 !== later[0]) {
    throw new Error(`blelloch spans: [${earlier}] and [${later}] are not adjacent`);
  }
  return [earlier[0], later[1]];
}

/**
 * The stretch each cell holds after each level, from the schedule's ops alone:
 *   input      [i, i] for i < n, the identity for padding
 *   up         t[hi] ← t[lo] • t[hi]
 *   clear      t[P−1] ← identity
 *   down       (t[lo], t[hi]) ← (t[hi], t[hi] • t[lo])
 *   inclusive  incl[t] ← excl[t] • x[t]          (n cells)
 * After the down-sweep cell t holds [0, t−1] (the exclusive prefix); after the inclusive level, [0, t].
 */
export function scanSpans(levels: readonly LevelInput[], n: number, P: number): Span[][] {
  const out: Span[][] = [];
  let cur: Span[] = [];
  for (const level of levels) {
    const prev = cur;
    switch (level.phase) {
      case "input":
        cur = Array.from({ length: P }, (_, i): Span => (i < n ? [i, i] : null));
        break;
      case "up":
        cur = prev.slice();
        for (const { lo, hi } of level.ops) cur[hi] = concatSpans(prev[lo], prev[hi]);
        break;
      case "clear":
        cur = prev.slice();
        cur[P - 1] = null;
        break;
      case "down":
        cur = prev.slice();
        for (const { lo, hi } of level.ops) {
          cur[lo] = prev[hi];
          cur[hi] = concatSpans(prev[hi], prev[lo]);
        }
        break;
      case "inclusive":
        cur = Array.from({ length: n }, (_, t) => concatSpans(prev[t], [t, t]));
        break;
    }
    out.push(cur);
  }
  return out;
}

/** The label of a stretch: "3", "0–7", or "I" for the identity. */
export function spanLabel(s: Span): string {
  if (s === null) return "I";
  return s[0] === s[1] ? String(s[0]) : `${s[0]}–${s[1]}`;
}

export interface ScanCell {
  index: number;
  x: number;
  y: number;
  w: number;
  h: number;
  span: Span;
  /** Written by this level's ops. */
  isChanged: boolean;
}

export interface ScanRow {
  level: number;
  phase: ScanPhase;
  stride: number;
  y: number;
  /** Drawn: this level is at or before the current one. */
  isDone: boolean;
  isCurrent: boolean;
  cells: ScanCell[];
}

export interface ScanLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** "combine": an operand of •; "move": the down-sweep's copy t[lo] ← t[hi]. */
  kind: "combine" | "move";
}

export interface BlellochLayout {
  widthPx: number;
  heightPx: number;
  labelW: number;
  cellW: number;
  rowH: number;
  /** Column labels (element index) above the grid, thinned when cells are narrow. */
  columns: { index: number; x: number }[];
  columnsY: number;
  rows: ScanRow[];
  links: ScanLink[];
  /** The sequential loop's row: cell t is done when t < loopDone. */
  loop: { y: number; cells: { index: number; x: number; w: number; isDone: boolean }[] };
  loopDone: number;
  /** Combine levels done up to and including the current level (the parallel depth so far). */
  depthSoFar: number;
  /** True when cells are wide enough for their span labels. */
  hasCellLabels: boolean;
}

const M = { left: 4, right: 6, top: 18 };
const LABEL_W = 74;
const r2 = (v: number) => Math.round(v * 100) / 100;
const isCombine = (p: ScanPhase) => p === "up" || p === "down" || p === "inclusive";

export function blellochLayout(
  levels: readonly LevelInput[],
  n: number,
  P: number,
  current: number,
  widthPx: number,
): BlellochLayout {
  const width = Math.max(240, Math.round(widthPx));
  const cur = Math.max(0, Math.min(levels.length - 1, Math.round(current)));
  const spans = scanSpans(levels, n, P);
  const cellW = (width - M.left - M.right - LABEL_W) / P;
  const rowH = P > 32 ? 16 : 22;
  const gridX = M.left + LABEL_W;
  const cx = (i: number) => r2(gridX + i * cellW + cellW / 2);
  const rowY = (r: number) => M.top + 4 + r * rowH;
  const pad = cellW > 6 ? 1 : 0.5;

  const rows = levels.map((level, r): ScanRow => {
    const changed = new Set<number>();
    for (const { lo, hi } of level.ops) {
      changed.add(hi);
      if (level.phase === "down") changed.add(lo);
    }
    if (level.phase === "clear") changed.add(P - 1);
    return {
      level: r,
      phase: level.phase,
      stride: level.stride,
      y: rowY(r),
      isDone: r <= cur,
      isCurrent: r === cur,
      cells: spans[r].map((span, i) => ({
        index: i,
        x: r2(gridX + i * cellW + pad),
        y: rowY(r) + 2,
        w: r2(Math.max(1, cellW - 2 * pad)),
        h: rowH - 4,
        span,
        isChanged: changed.has(i),
      })),
    };
  });

  const links: ScanLink[] = [];
  const level = levels[cur];
  if (cur > 0 && level) {
    const yFrom = rowY(cur - 1) + rowH - 2;
    const yTo = rowY(cur) + 2;
    const link = (from: number, to: number, kind: ScanLink["kind"]) =>
      links.push({ x1: cx(from), y1: yFrom, x2: cx(to), y2: yTo, kind });
    for (const { lo, hi } of level.ops) {
      if (level.phase === "up") {
        link(lo, hi, "combine");
        link(hi, hi, "combine");
      } else if (level.phase === "down") {
        link(hi, lo, "move");
        link(hi, hi, "combine");
        link(lo, hi, "combine");
      } else if (level.phase === "inclusive") {
        link(hi, hi, "combine");
      }
    }
  }

  const depthSoFar = levels.slice(0, cur + 1).filter((l) => isCombine(l.phase)).length;
  const loopDone = Math.min(n, depthSoFar);
  const loopY = rowY(levels.length) + 10;
  const every = cellW >= 16 ? 1 : cellW >= 8 ? 4 : 8;
  const columns = Array.from({ length: P }, (_, i) => i)
    .filter((i) => i % every === 0 || i === P - 1)
    .filter((i) => i % every === 0 || P - 1 - i >= every / 2)
    .map((i) => ({ index: i, x: cx(i) }));
  return {
    widthPx: width,
    heightPx: loopY + rowH + 4,
    labelW: LABEL_W,
    cellW: r2(cellW),
    rowH,
    columns,
    columnsY: M.top - 4,
    rows,
    links,
    loop: {
      y: loopY,
      cells: Array.from({ length: n }, (_, i) => ({
        index: i,
        x: r2(gridX + i * cellW + pad),
        w: r2(Math.max(1, cellW - 2 * pad)),
        isDone: i < loopDone,
      })),
    },
    loopDone,
    depthSoFar,
    hasCellLabels: cellW >= 26,
  };
}
