import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { inverseSoftplus, sigmoid, silu, softplus } from "../../../src/models";

/** ln(1 + eˣ) in the stable closed form max(x, 0) + log1p(exp(−|x|)), no threshold. */
const trueSoftplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

const relErr = (got: number, exp: number) =>
  exp === 0 ? Math.abs(got) : Math.abs(got - exp) / Math.abs(exp);

describe("softplus", () => {
  it("agrees with ln(1 + eˣ) across [−700, 700] (the threshold costs < 1e−9 relative)", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        const got = softplus(x);
        expect(Number.isFinite(got)).toBe(true);
        expect(got).toBeGreaterThanOrEqual(0);
        expect(relErr(got, trueSoftplus(x))).toBeLessThan(x > 20 ? 1e-9 : 1e-14);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps full relative accuracy for very negative x, where softplus(x) = eˣ(1 − eˣ/2 + …)", () => {
    for (const x of [-37, -50, -100, -300, -700, -740]) {
      const e = Math.exp(x);
      expect(relErr(softplus(x), e - (e * e) / 2)).toBeLessThan(1e-15);
    }
    expect(softplus(-800)).toBe(0); // underflow, not NaN
    expect(softplus(-Infinity)).toBe(0);
  });

  it("satisfies softplus(x) − softplus(−x) = x on [−20, 20]", () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
        expect(Math.abs(softplus(x) - softplus(-x) - x)).toBeLessThan(
          1e-14 * Math.max(1, Math.abs(x)),
        );
      }),
    );
  });

  it("returns x itself above torch's threshold 20, and ln(1 + e²⁰) at 20", () => {
    expect(softplus(20.000001)).toBe(20.000001);
    expect(softplus(700)).toBe(700);
    expect(softplus(1e4)).toBe(1e4);
    expect(softplus(20)).toBeCloseTo(20 + Math.exp(-20), 14);
    expect(softplus(20)).not.toBe(20);
  });

  it("has inverseSoftplus as a right inverse on [1e−8, 20]", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 20, noNaN: true }), (y) => {
        expect(relErr(softplus(inverseSoftplus(y)), y)).toBeLessThan(1e-12);
      }),
    );
  });
});

describe("sigmoid and SiLU", () => {
  it("silu(x) = x/(1 + e^{−x}) on [−700, 700]", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(relErr(silu(x), x / (1 + Math.exp(-x)))).toBeLessThan(1e-14);
      }),
      { numRuns: 2000 },
    );
  });

  it("is finite at ±1e4 and beyond: silu(1e4) = 1e4, silu(−1e4) = 0", () => {
    expect(silu(1e4)).toBe(1e4);
    expect(silu(-1e4)).toBe(-0);
    expect(silu(-1e300)).toBe(-0);
    expect(silu(1e300)).toBe(1e300);
    expect(sigmoid(1e4)).toBe(1);
    expect(sigmoid(-1e4)).toBe(0);
    expect(silu(0)).toBe(0);
  });

  it("matches x·eˣ for very negative x, where 1 + eˣ rounds to 1", () => {
    for (const x of [-40, -100, -500, -700]) {
      expect(relErr(silu(x), x * Math.exp(x))).toBeLessThan(1e-15);
    }
  });

  it("sigmoid(x) + sigmoid(−x) = 1", () => {
    fc.assert(
      fc.property(fc.double({ min: -800, max: 800, noNaN: true }), (x) => {
        expect(Math.abs(sigmoid(x) + sigmoid(-x) - 1)).toBeLessThan(2e-16);
      }),
    );
  });
});
