import { describe, expect, it } from "vitest";
import {
  controlPointIndices,
  nudgePoint,
  paintStroke,
  resample,
} from "../../../src/viz/draw/drawing";

describe("paintStroke", () => {
  it("fills every sample between two pointer positions on the straight line, without gaps", () => {
    const out = paintStroke(new Float64Array(10), { i: 2, v: 0 }, { i: 6, v: 1 }, 2);
    expect(Array.from(out)).toEqual([0, 0, 0, 0.25, 0.5, 0.75, 1, 0, 0, 0]);
  });

  it("works right to left, clips to ±limit, ignores indices outside the signal, and copies", () => {
    const base = new Float64Array(5);
    const out = paintStroke(base, { i: 7, v: 4 }, { i: 3, v: 0 }, 2);
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(base)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(paintStroke(base, null, { i: 1, v: -9 }, 2))).toEqual([0, -2, 0, 0, 0]);
  });
});

describe("control points and nudges", () => {
  it("spreads K points evenly from the first to the last sample", () => {
    expect(controlPointIndices(2000, 16)[1]).toBe(133);
    expect(controlPointIndices(2000, 16).at(-1)).toBe(1999);
    expect(controlPointIndices(5, 16)).toEqual([0, 1, 2, 3, 4]);
    expect(controlPointIndices(0, 16)).toEqual([]);
  });

  it("a nudge is a hat: full at its point, linear to zero at the neighbours", () => {
    const pts = controlPointIndices(9, 3); // 0, 4, 8
    const out = nudgePoint(new Float64Array(9), pts, 1, 1, 2);
    expect(Array.from(out)).toEqual([0, 0.25, 0.5, 0.75, 1, 0.75, 0.5, 0.25, 0]);
    const end = nudgePoint(new Float64Array(9), pts, 0, 1, 2);
    expect(Array.from(end)).toEqual([1, 0.75, 0.5, 0.25, 0, 0, 0, 0, 0]);
  });

  it("nudging every point builds the piecewise-linear curve through the amounts (hats sum to 1)", () => {
    const pts = controlPointIndices(101, 6);
    const amounts = [0.3, -0.5, 1, 0.2, -1, 0.7];
    let s: Float64Array = new Float64Array(101);
    amounts.forEach((a, j) => (s = nudgePoint(s, pts, j, a, 2)));
    for (let j = 0; j < pts.length; j++) expect(s[pts[j]]).toBeCloseTo(amounts[j], 12);
    const mid = (pts[1] + pts[2]) / 2;
    expect(s[mid]).toBeCloseTo((amounts[1] + amounts[2]) / 2, 12);
  });
});

describe("resample", () => {
  it("keeps a straight line straight and the end points fixed", () => {
    const line = Float64Array.from({ length: 11 }, (_, i) => i / 10);
    const out = resample(line, 21);
    expect(out).toHaveLength(21);
    out.forEach((v, i) => expect(v).toBeCloseTo(i / 20, 12));
    expect(Array.from(resample(out, 11))).toEqual(
      Array.from(line).map((v) => expect.closeTo(v, 12)),
    );
    expect(Array.from(resample(Float64Array.of(3), 4))).toEqual([3, 3, 3, 3]);
  });
});
