import { describe, expect, it } from "vitest";
import { barsLayout, magnitudeLayout } from "../../../src/viz/coefficients/coefficientsLayout";

describe("barsLayout", () => {
  it("draws each coefficient from zero, clipping and marking those beyond ±clip", () => {
    const { y, bars } = barsLayout([1, -0.5, 1.4e9, -3], 400, 120, 2.5);
    expect(bars.map((b) => b.clipped)).toEqual([0, 0, 1, -1]);
    expect(bars[0].y).toBeCloseTo(y(1), 2);
    expect(bars[0].height).toBeCloseTo(y(0) - y(1), 2);
    expect(bars[1].y).toBeCloseTo(y(0), 2);
    expect(bars[2].y).toBeCloseTo(y(2.5), 2);
    expect(bars[3].y + bars[3].height).toBeCloseTo(y(-2.5), 2);
    // Bars are in order, side by side, without overlap.
    for (let n = 1; n < bars.length; n++) {
      expect(bars[n].x).toBeGreaterThanOrEqual(bars[n - 1].x + bars[n - 1].width);
    }
  });
});

describe("magnitudeLayout", () => {
  it("spans 10⁻² up to the power of ten above the peak, on log axes", () => {
    const m = Float64Array.from({ length: 2000 }, (_, k) => (k === 10 ? 1.38e9 : 1));
    const { y, x, peak, yTicks, xTicks } = magnitudeLayout(m, 500, 110);
    expect(peak).toBe(1.38e9);
    expect(y.domain()).toEqual([1e-2, 1e10]);
    expect(x.domain()).toEqual([1, 2000]);
    expect(yTicks.length).toBeLessThanOrEqual(7);
    expect(yTicks.map((t) => t.exp)).toContain(0);
    expect(xTicks.map((t) => t.k)).toEqual([1, 10, 100, 1000]);
  });

  it("keeps at least 10² at the top for a bounded run", () => {
    const { y } = magnitudeLayout(
      Float64Array.from({ length: 50 }, () => 1.22),
      500,
      110,
    );
    expect(y.domain()).toEqual([1e-2, 1e2]);
  });
});
