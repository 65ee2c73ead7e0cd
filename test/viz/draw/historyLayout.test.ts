import { describe, expect, it } from "vitest";
import {
  HISTORY_MARGIN,
  historyLayout,
  pointerToSample,
  seriesPath,
} from "../../../src/viz/draw/historyLayout";

describe("historyLayout", () => {
  const layout = historyLayout(2000, 560, 200, 2.5);

  it("maps time 1…L across and the fixed ±clip range up the plot", () => {
    expect(layout.x(1)).toBe(HISTORY_MARGIN.left);
    expect(layout.x(2000)).toBe(560 - HISTORY_MARGIN.right);
    expect(layout.y(2.5)).toBe(HISTORY_MARGIN.top);
    expect(layout.y(-2.5)).toBe(200 - HISTORY_MARGIN.bottom);
  });

  it("inverts a pointer position to the nearest sample and a value within ±limit", () => {
    const p = pointerToSample(layout, layout.x(701), layout.y(0.75), 2000, 2);
    expect(p.i).toBe(700);
    expect(p.v).toBeCloseTo(0.75, 9);
    expect(pointerToSample(layout, -50, 0, 2000, 2)).toEqual({ i: 0, v: 2 });
    expect(pointerToSample(layout, 9999, 999, 2000, 2)).toEqual({ i: 1999, v: -2 });
  });

  it("clips values beyond ±clip to the edge, counts them, and skips times off the axis", () => {
    const { d, clipped } = seriesPath(layout, [-5, 0, 1, 2, 3], [9, 9, 0, 1e9, -Infinity], 2.5);
    expect(clipped).toBe(2);
    const ys = [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    expect(ys).toEqual(
      [layout.y(0), layout.y(2.5), layout.y(-2.5)].map((v) => Math.round(v * 100) / 100),
    );
  });
});
