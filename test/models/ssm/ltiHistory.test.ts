import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { halfLife, makeSignal, runS4dRealLti } from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

describe("runS4dRealLti", () => {
  it("has the impulse response of its closed form: h_t[n] = Ā_n^(t−t0)·B̄_n", () => {
    const dt = 0.1;
    const N = 3;
    const u = makeSignal("impulse", 40, { onset: 5 });
    const { states, y } = runS4dRealLti(dt, N, u);
    for (let t = 0; t < 40; t++) {
      let sum = 0;
      for (let n = 0; n < N; n++) {
        const a = -(n + 1);
        const aBar = Math.exp(dt * a);
        const bBar = (Math.exp(dt * a) - 1) / a;
        const expected = t < 5 ? 0 : aBar ** (t - 5) * bBar;
        expect(states[t * N + n]).toBeCloseTo(expected, 14);
        sum += expected;
      }
      expect(y[t]).toBeCloseTo(sum / N, 14);
    }
  });

  it("settles at the step response's fixed point h = B̄/(1 − Ā) = −1/a for a unit step", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (dt, N) => {
          const L = Math.ceil(60 / dt);
          const { states } = runS4dRealLti(dt, N, makeSignal("step", L, { onset: 0 }));
          const last = Array.from(states.slice((L - 1) * N, L * N));
          expectAllClose(
            last,
            Array.from({ length: N }, (_, n) => 1 / (n + 1)),
            { rtol: 1e-9, atol: 1e-12 },
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it("keeps exactly N numbers per step, whatever the length", () => {
    for (const L of [1, 10, 1024]) {
      expect(runS4dRealLti(0.1, 16, makeSignal("noise", L)).states).toHaveLength(L * 16);
    }
  });
});

describe("halfLife", () => {
  it("is ln ½ / ln Ā and infinite for a state that does not decay", () => {
    expect(halfLife(0.5)).toBeCloseTo(1, 15);
    expect(halfLife(Math.SQRT1_2)).toBeCloseTo(2, 14);
    expect(halfLife(1)).toBe(Infinity);
    expect(halfLife(0)).toBe(Infinity);
  });
});
