import { describe, expect, it } from "vitest";
import { logLogLayout, markerPath, type LogLogSeries } from "../../../src/viz/loglog/logLogLayout";

const series = (points: { L: number; ms: number }[], fit?: LogLogSeries["fit"]): LogLogSeries => ({
  id: "s",
  name: "s",
  points,
  fit,
  marker: "circle",
  concept: "h",
});

describe("logLogLayout", () => {
  it("draws a power law as a straight line whose pixel slope follows its exponent", () => {
    const pts = [256, 1024, 4096].map((L) => ({ L, ms: 1e-6 * L * L }));
    const { x, y } = logLogLayout([series(pts)], 600, 400);
    const dx1 = x(1024) - x(256);
    const dx2 = x(4096) - x(1024);
    const dy1 = y(pts[1].ms) - y(pts[0].ms);
    const dy2 = y(pts[2].ms) - y(pts[1].ms);
    expect(dx1).toBeCloseTo(dx2, 9);
    expect(dy1).toBeCloseTo(dy2, 9);
    expect(x.domain()[0]).toBeLessThan(256);
    expect(x.domain()[1]).toBeGreaterThan(4096);
  });

  it("ignores zero, negative and non-finite points and draws no fit without one", () => {
    const { x, fitPath } = logLogLayout(
      [
        series([
          { L: 0, ms: 1 },
          { L: 100, ms: NaN },
          { L: 512, ms: 2 },
        ]),
      ],
      600,
      400,
    );
    expect(Number.isFinite(x(512))).toBe(true);
    expect(fitPath(series([]))).toBe("");
    expect(fitPath(series([], { slope: 1, intercept: -3, fromL: 100, toL: 1000 }))).toMatch(
      /^M-?[\d.]+,-?[\d.]+L-?[\d.]+,-?[\d.]+$/,
    );
  });

  it("gives every marker shape a closed path", () => {
    for (const m of ["circle", "square", "triangle"] as const) expect(markerPath(m)).toMatch(/^M/);
  });
});
