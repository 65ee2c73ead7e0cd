import { describe, expect, it } from "vitest";
import { blellochScan, createRng } from "../../../src/models";
import {
  blellochLayout,
  concatSpans,
  scanSpans,
  spanLabel,
} from "../../../src/viz/blelloch/blellochLayout";

function run(n: number) {
  const r = createRng(5);
  const a = Float64Array.from({ length: n }, () => r.next());
  const b = Float64Array.from({ length: n }, () => r.next() - 0.5);
  return blellochScan(a, b);
}

describe("scan spans", () => {
  it("end the down-sweep with every cell holding the prefix before it, and [0, t] after the final level", () => {
    for (const n of [1, 2, 5, 16, 64]) {
      const { levels, counts } = run(n);
      const spans = scanSpans(levels, n, counts.paddedLength);
      const lastDown = levels.map((l) => l.phase).lastIndexOf("down");
      if (lastDown >= 0) {
        for (let t = 0; t < n; t++) {
          expect(spans[lastDown][t]).toEqual(t === 0 ? null : [0, t - 1]);
        }
      }
      const final = spans[spans.length - 1];
      expect(final).toHaveLength(n);
      final.forEach((s, t) => expect(s).toEqual([0, t]));
    }
  });

  it("build the reduction tree in the up-sweep: the root holds the whole sequence", () => {
    const { levels } = run(16);
    const spans = scanSpans(levels, 16, 16);
    const lastUp = levels.map((l) => l.phase).lastIndexOf("up");
    expect(spans[lastUp][15]).toEqual([0, 15]);
    expect(spans[lastUp][7]).toEqual([0, 7]);
    expect(spans[lastUp][11]).toEqual([8, 11]);
    expect(spans[lastUp][14]).toEqual([14, 14]);
  });

  it("agree with the values: the cell spanning [0, t] holds the state h_t", () => {
    const { levels, states } = run(16);
    const spans = scanSpans(levels, 16, 16);
    levels.forEach((level, r) => {
      spans[r].forEach((s, i) => {
        if (s && s[0] === 0) expect(level.b[i]).toBeCloseTo(states[s[1]], 12);
      });
    });
  });

  it("compose only adjacent stretches", () => {
    expect(concatSpans([0, 3], [4, 7])).toEqual([0, 7]);
    expect(concatSpans(null, [2, 2])).toEqual([2, 2]);
    expect(() => concatSpans([0, 3], [5, 7])).toThrow();
    expect(spanLabel(null)).toBe("I");
    expect(spanLabel([3, 3])).toBe("3");
    expect(spanLabel([0, 7])).toBe("0–7");
  });
});

describe("blellochLayout", () => {
  it("draws a row per level and a loop row that fills one cell per combine level", () => {
    const { levels, counts } = run(16);
    const last = levels.length - 1;
    const lay = blellochLayout(levels, 16, 16, last, 540);
    expect(lay.rows).toHaveLength(levels.length);
    expect(lay.depthSoFar).toBe(counts.inclusiveDepth);
    expect(lay.loopDone).toBe(counts.inclusiveDepth);
    expect(lay.loop.cells.filter((c) => c.isDone)).toHaveLength(9);
    expect(lay.rows.every((r) => r.isDone)).toBe(true);
    const mid = blellochLayout(levels, 16, 16, 2, 540);
    expect(mid.rows.filter((r) => r.isDone)).toHaveLength(3);
    expect(mid.loopDone).toBe(2);
  });

  it("links the current level's operands: two per up-sweep combine, three per down-sweep one", () => {
    const { levels } = run(16);
    const up1 = levels.findIndex((l) => l.phase === "up");
    expect(blellochLayout(levels, 16, 16, up1, 540).links).toHaveLength(2 * levels[up1].ops.length);
    const down1 = levels.findIndex((l) => l.phase === "down");
    const lay = blellochLayout(levels, 16, 16, down1, 540);
    expect(lay.links).toHaveLength(3 * levels[down1].ops.length);
    expect(lay.links.filter((l) => l.kind === "move")).toHaveLength(levels[down1].ops.length);
    expect(blellochLayout(levels, 16, 16, 0, 540).links).toHaveLength(0);
  });

  it("labels cells only when they are wide enough, and thins the column labels when narrow", () => {
    const small = run(16);
    expect(blellochLayout(small.levels, 16, 16, 0, 540).hasCellLabels).toBe(true);
    expect(blellochLayout(small.levels, 16, 16, 0, 300).hasCellLabels).toBe(false);
    const big = run(64);
    const lay = blellochLayout(big.levels, 64, 64, 0, 330);
    expect(lay.hasCellLabels).toBe(false);
    expect(lay.columns.length).toBeLessThan(64);
    expect(lay.columns[0].index).toBe(0);
  });
});
