import { describe, expect, it } from "vitest";
import { lineLayout, MARGIN } from "../../../src/viz/chart/lineLayout";

describe("lineLayout", () => {
  it("maps the first and last index to the plot edges", () => {
    const { x } = lineLayout([1, 0.5, 0.25], 300, 200);
    expect(x(0)).toBe(MARGIN.left);
    expect(x(2)).toBe(300 - MARGIN.right);
  });

  it("keeps zero in the y domain and the path inside the plot", () => {
    const { y, d } = lineLayout([3, 2, 1], 300, 200);
    expect(y.domain()[0]).toBeLessThanOrEqual(0);
    expect(y.domain()[1]).toBeGreaterThanOrEqual(3);
    const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(3);
    for (const v of ys) {
      expect(v).toBeGreaterThanOrEqual(MARGIN.top);
      expect(v).toBeLessThanOrEqual(200 - MARGIN.bottom);
    }
  });

  it("skips non-finite values instead of drawing NaN", () => {
    const { d } = lineLayout([1, NaN, Infinity, 0.5], 300, 200);
    expect(d).not.toMatch(/NaN|Infinity/);
  });
});
