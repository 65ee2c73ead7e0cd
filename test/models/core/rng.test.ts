import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRng } from "../../../src/models";

describe("createRng", () => {
  it("repeats exactly for the same seed and differs for another", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
  });

  it("stays in [0, 1) and int(n) in [0, n)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const x = r.next();
          expect(x >= 0 && x < 1).toBe(true);
          const k = r.int(n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        }
      }),
    );
  });

  it("has the moments of its distributions (uniform mean ½, variance 1/12; normal mean 0, variance 1)", () => {
    const r = createRng(12345);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    let g = 0;
    let g2 = 0;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      s += x;
      s2 += x * x;
      const z = r.normal();
      g += z;
      g2 += z * z;
    }
    // Tolerances are about 5 standard errors of each estimate.
    expect(Math.abs(s / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(s2 / n - (s / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
    expect(Math.abs(g / n)).toBeLessThan(0.016);
    expect(Math.abs(g2 / n - 1)).toBeLessThan(0.025);
  });
});
