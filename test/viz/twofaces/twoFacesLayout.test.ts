import { describe, expect, it } from "vitest";
import {
  MAX_OUTPUT_DOTS,
  PANEL_TITLE_PX,
  TWO_FACES_MARGIN,
  twoFacesLayout,
  type TwoFacesInput,
} from "../../../src/viz/twofaces/twoFacesLayout";

const f64 = (xs: number[]) => Float64Array.from(xs);

/** A hand-sized case: L = 5, N = 2, one pulse at step 1, kernel (1, ½, ¼, ⅛, 1/16). */
function input(over: Partial<TwoFacesInput> = {}): TwoFacesInput {
  const u = f64([0, 2, 0, 0, 0]);
  const kernel = f64([1, 0.5, 0.25, 0.125, 0.0625]);
  const y = f64([0, 2, 1, 0.5, 0.25]);
  return {
    u,
    states: f64([0, 0, 1, -1, 0.5, -0.5, 0.25, -0.25, 0.125, -0.125]),
    N: 2,
    yRec: y,
    yConv: y,
    kernel,
    terms: f64([0, 0, 0.5]),
    largestTerm: 2,
    t: 3,
    ...over,
  };
}

describe("twoFacesLayout", () => {
  it("shares one time axis across the panels, inside the margins", () => {
    const lay = twoFacesLayout(input(), 400);
    expect(lay.x.domain()).toEqual([0, 4]);
    expect(lay.x.range()).toEqual([TWO_FACES_MARGIN.left, 400 - TWO_FACES_MARGIN.right]);
    expect(lay.markX).toBe(lay.x(3));
    const order = [lay.panels.state, lay.panels.input, lay.panels.kernel, lay.panels.output];
    for (let i = 1; i < order.length; i++) {
      expect(order[i].top).toBeGreaterThanOrEqual(
        order[i - 1].top + order[i - 1].height + PANEL_TITLE_PX,
      );
    }
    expect(lay.heightPx).toBe(
      lay.panels.output.top + lay.panels.output.height + TWO_FACES_MARGIN.bottom,
    );
  });

  it("draws the state up to the marked step, with one dot per slot at it", () => {
    const lay = twoFacesLayout(input(), 400);
    expect(lay.statePaths).toHaveLength(2);
    // Steps 0…3: one move and three lines each.
    for (const d of lay.statePaths) expect(d.match(/[ML]/g)).toHaveLength(4);
    const sy = lay.panels.state.y;
    expect(lay.stateDots).toEqual([
      { cx: Math.round(lay.x(3) * 100) / 100, cy: Math.round(sy(0.25) * 100) / 100 },
      { cx: Math.round(lay.x(3) * 100) / 100, cy: Math.round(sy(-0.25) * 100) / 100 },
    ]);
  });

  it("puts kernel tap j at step t − j, and each product bar under the input it multiplies", () => {
    const lay = twoFacesLayout(input(), 400);
    const ky = lay.panels.kernel.y;
    // Taps 0…3 (only those at steps ≥ 0), drawn from step 0 (tap 3) to step 3 (tap 0).
    const pts = lay.kernelPath
      .replace(/^M/, "")
      .split("L")
      .map((p) => p.split(",").map(Number));
    expect(pts).toHaveLength(4);
    expect(pts[0]).toEqual([lay.x(0), Math.round(ky(0.125) * 100) / 100]);
    expect(pts[3]).toEqual([lay.x(3), Math.round(ky(1) * 100) / 100]);
    expect(lay.termBars).toHaveLength(1);
    expect(lay.termBars[0]).toMatchObject({ j: 2, t: 1, value: 0.5, isLargest: true });
    expect(lay.termBars[0].x).toBe(lay.inputStems[0].x);
    expect(lay.inputStems).toEqual([
      expect.objectContaining({ t: 1, y1: Math.round(lay.panels.input.y(2) * 100) / 100 }),
    ]);
    expect(lay.window.x0).toBeLessThan(lay.x(0));
    expect(lay.window.x1).toBeGreaterThan(lay.x(3));
  });

  it("keeps the kernel panel's scale wide enough for every product over the whole run", () => {
    const lay = twoFacesLayout(input(), 400);
    const [lo, hi] = lay.panels.kernel.y.domain();
    // Products lie between K_j·min(u) = 0 and K_j·max(u) = 2·K_j ≤ 2.
    expect(lo).toBeLessThanOrEqual(0);
    expect(hi).toBeGreaterThanOrEqual(2);
    // The same at every marked step, so nothing rescales while playing.
    for (const t of [0, 1, 4]) {
      expect(twoFacesLayout(input({ t }), 400).panels.kernel.y.domain()).toEqual([lo, hi]);
    }
  });

  it("draws the convolution's output up to the mark, or over every step at once", () => {
    const marked = twoFacesLayout(input(), 400);
    expect(marked.outRecPath.match(/[ML]/g)).toHaveLength(4);
    expect(marked.outConvPath.match(/[ML]/g)).toHaveLength(4);
    expect(marked.outConvDots).toHaveLength(4);
    const all = twoFacesLayout(input({ isConvAllAtOnce: true }), 400);
    expect(all.outRecPath).toBe(marked.outRecPath);
    expect(all.outConvPath.match(/[ML]/g)).toHaveLength(5);
    expect(all.outConvDots).toHaveLength(5);
  });

  it("drops the convolution when there is no single kernel, and makes room for a note", () => {
    const plain = twoFacesLayout(input({ yConv: null, terms: f64([]), largestTerm: -1 }), 400);
    expect(plain.outConvPath).toBe("");
    expect(plain.outConvDots).toEqual([]);
    expect(plain.termBars).toEqual([]);
    const noted = twoFacesLayout(input({ yConv: null, kernelNotePx: 40 }), 400);
    expect(noted.panels.kernel.top).toBe(plain.panels.kernel.top + 40);
    expect(noted.kernelNoteTop).toBe(plain.panels.kernel.top);
    expect(noted.heightPx).toBe(plain.heightPx + 40);
  });

  it("leaves the dots out when they would crowd, and clamps a marked step out of range", () => {
    const L = MAX_OUTPUT_DOTS + 1;
    const long = new Float64Array(L).fill(0.5);
    const lay = twoFacesLayout(
      {
        ...input(),
        u: long,
        states: new Float64Array(2 * L),
        yRec: long,
        yConv: long,
        kernel: long,
        terms: f64([]),
        t: 10 * L,
      },
      600,
    );
    expect(lay.outConvDots).toEqual([]);
    expect(lay.markX).toBe(lay.x(L - 1));
  });

  it("never divides by zero: an all-zero run and a single step still lay out", () => {
    const z = f64([0]);
    const lay = twoFacesLayout(
      {
        u: z,
        states: f64([0, 0]),
        N: 2,
        yRec: z,
        yConv: z,
        kernel: z,
        terms: z,
        largestTerm: -1,
        t: 0,
      },
      300,
    );
    for (const p of Object.values(lay.panels)) {
      for (const v of p.y.domain()) expect(Number.isFinite(v)).toBe(true);
    }
    expect(lay.inputStems).toEqual([]);
    expect(Number.isFinite(lay.markX)).toBe(true);
  });
});
