import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scalarLtiKernel, zohScalar } from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

/** Independent slow path: run the recurrence on an impulse and read y. */
function impulseResponse(aBar: number, bBar: number, c: number, L: number): number[] {
  let h = 0;
  const y: number[] = [];
  for (let t = 0; t < L; t++) {
    h = aBar * h + bBar * (t === 0 ? 1 : 0);
    y.push(c * h);
  }
  return y;
}

describe("zohScalar", () => {
  it("matches the closed form (e^{Δa} − 1)/a·b and tends to Δ·b as a → 0", () => {
    const { aBar, bBar } = zohScalar(0.5, -2, 3);
    expect(aBar).toBeCloseTo(Math.exp(-1), 15);
    expect(bBar).toBeCloseTo(((Math.exp(-1) - 1) / -2) * 3, 15);
    expect(zohScalar(0.25, 0, 2).bBar).toBe(0.5);
    expect(zohScalar(0.25, -1e-12, 2).bBar).toBeCloseTo(0.5, 12);
  });

  it("throws on non-finite input instead of returning NaN", () => {
    expect(() => zohScalar(NaN, -1, 1)).toThrow(RangeError);
    expect(() => zohScalar(0.1, -Infinity, 1)).toThrow(RangeError);
  });
});

describe("scalarLtiKernel", () => {
  it("equals the recurrence's impulse response", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 2, noNaN: true }),
        fc.double({ min: -8, max: -1e-3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (dt, a, c, L) => {
          const { aBar, bBar } = zohScalar(dt, a, 1);
          expectAllClose(
            scalarLtiKernel({ dt, a, b: 1, c }, L),
            impulseResponse(aBar, bBar, c, L),
            { rtol: 1e-12, atol: 1e-300 },
          );
        },
      ),
    );
  });

  it("decays monotonically in magnitude for a < 0 (a stable state)", () => {
    const k = scalarLtiKernel({ dt: 0.3, a: -1, b: 1, c: 1 }, 50);
    for (let i = 1; i < k.length; i++) expect(Math.abs(k[i])).toBeLessThan(Math.abs(k[i - 1]));
  });
});
