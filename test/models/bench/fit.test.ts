import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  createRng,
  crossoverLength,
  fitLogLog,
  fitUpperHalf,
  makeBenchCase,
  median,
  predictMs,
} from "../../../src/models";

const powerLaw = (c: number, s: number, Ls: number[]) => Ls.map((L) => ({ L, ms: c * L ** s }));

describe("fitLogLog", () => {
  it("recovers the exponent and constant of an exact power law", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        (s, c) => {
          const fit = fitLogLog(powerLaw(c, s, [256, 512, 1024, 2048, 4096]));
          expect(fit.slope).toBeCloseTo(s, 9);
          expect(10 ** fit.intercept).toBeCloseTo(c, 6);
          expect(fit.slopeHalfWidth95).toBeLessThan(1e-6);
          expect(predictMs(fit, 8192) / (c * 8192 ** s)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it("gives a 95% interval that covers the true slope about 95% of the time under noise", () => {
    const rng = createRng(4);
    let covered = 0;
    const trials = 400;
    for (let i = 0; i < trials; i++) {
      const pts = powerLaw(1e-3, 2, [128, 256, 512, 1024, 2048, 4096]).map((p) => ({
        L: p.L,
        ms: p.ms * 10 ** (0.05 * rng.normal()),
      }));
      const fit = fitLogLog(pts);
      if (Math.abs(fit.slope - 2) <= fit.slopeHalfWidth95) covered++;
    }
    // Binomial(400, 0.95) lies in [0.91, 0.99] with probability well above 99.9%.
    expect(covered / trials).toBeGreaterThan(0.91);
    expect(covered / trials).toBeLessThan(0.99);
  });

  it("skips unusable points and says so through n", () => {
    const fit = fitLogLog([
      { L: 100, ms: 1 },
      { L: 200, ms: NaN },
      { L: 400, ms: 0 },
      { L: 1000, ms: 10 },
    ]);
    expect(fit.n).toBe(2);
    expect(fit.slope).toBeCloseTo(1, 12);
    expect(Number.isNaN(fit.slopeHalfWidth95)).toBe(true);
    expect(Number.isNaN(fitLogLog([{ L: 1, ms: 1 }]).slope)).toBe(true);
  });

  it("fits the upper half of the lengths only", () => {
    const pts = [...powerLaw(1, 1, [1, 2, 4]), ...powerLaw(1 / 64, 2, [8, 16, 32])];
    expect(fitUpperHalf(pts).slope).toBeCloseTo(2, 12);
  });
});

describe("crossoverLength", () => {
  it("is where two fitted power laws meet", () => {
    // 1e-6·L² = 1e-3·L  ⇔  L = 1000.
    const slow = fitLogLog(powerLaw(1e-6, 2, [10, 100, 1000]));
    const fast = fitLogLog(powerLaw(1e-3, 1, [10, 100, 1000]));
    expect(crossoverLength(slow, fast)).toBeCloseTo(1000, 6);
    expect(Number.isNaN(crossoverLength(fast, slow))).toBe(true);
  });
});

describe("median and bench cases", () => {
  it("takes the middle value", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it("builds cases that run and return finite numbers", () => {
    for (const kernel of ["selective-scan", "parallel-scan", "attention"] as const) {
      const c = makeBenchCase(kernel, 64);
      expect(Number.isFinite(c.run())).toBe(true);
      expect(c.bytes).toBeGreaterThan(0);
    }
  });
});
