import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  causalConv1,
  s4dForward,
  s4dKernel,
  s4dRecurrence,
  type S4DParams,
} from "../../../src/models";
import { expectAllClose, flatten } from "../../support/expectAllClose";
import { loadGolden } from "../golden/goldenFile";
import { randomArray, rng } from "./slowScan";

type Cx = [number, number];
const cmul = (a: Cx, b: Cx): Cx => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const cdiv = (a: Cx, b: Cx): Cx => {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
};
const cexp = (a: Cx): Cx => [Math.exp(a[0]) * Math.cos(a[1]), Math.exp(a[0]) * Math.sin(a[1])];

function randomParams(H: number, M: number, seed: number): S4DParams {
  const r = rng(seed);
  return {
    H,
    modes: M,
    logDt: randomArray(H, Math.log(1e-3), Math.log(0.5), r),
    logAReal: randomArray(H * M, -2, 1, r),
    AImag: randomArray(H * M, -10, 10, r),
    C: randomArray(2 * H * M, -1, 1, r),
    D: randomArray(H, -1, 1, r),
  };
}

/** K[h,l] = 2·Re Σ_n C·(e^{ΔA} − 1)/A·e^{lΔA}, term by term with naive complex arithmetic. */
function slowKernel(p: S4DParams, L: number): number[] {
  const K: number[] = [];
  for (let h = 0; h < p.H; h++) {
    const dt = Math.exp(p.logDt[h]);
    for (let l = 0; l < L; l++) {
      let s = 0;
      for (let n = 0; n < p.modes; n++) {
        const k = h * p.modes + n;
        const A: Cx = [-Math.exp(p.logAReal[k]), p.AImag[k]];
        const dtA: Cx = [dt * A[0], dt * A[1]];
        const e = cexp(dtA);
        const w = cmul([p.C[2 * k], p.C[2 * k + 1]], cdiv([e[0] - 1, e[1]], A));
        s += 2 * cmul(w, cexp([l * dtA[0], l * dtA[1]]))[0];
      }
      K.push(s);
    }
  }
  return K;
}

describe("s4dKernel", () => {
  it("matches the ZOH Vandermonde formula computed term by term", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (H, M, L, seed) => {
          const p = randomParams(H, M, seed);
          expectAllClose(s4dKernel(p, L), slowKernel(p, L), { rtol: 1e-9, atol: 1e-12 });
        },
      ),
    );
  });

  it("keeps the factor 2 for a real mode: K_l = 2·C·(e^{Δa} − 1)/a·e^{lΔa}", () => {
    const a = -Math.exp(0.3);
    const dt = Math.exp(-2);
    const p: S4DParams = {
      H: 1,
      modes: 1,
      logDt: Float64Array.of(-2),
      logAReal: Float64Array.of(0.3),
      AImag: Float64Array.of(0),
      C: Float64Array.of(0.7, 0),
      D: Float64Array.of(0),
    };
    const exp = Array.from(
      { length: 6 },
      (_, l) => ((2 * 0.7 * (Math.exp(dt * a) - 1)) / a) * Math.exp(l * dt * a),
    );
    expectAllClose(s4dKernel(p, 6), exp, { rtol: 1e-13, atol: 0 });
  });

  it("stays accurate when Δ·A is tiny: (e^{ΔA} − 1)/A → Δ(1 + ΔA/2 + (ΔA)²/6)", () => {
    for (const logDt of [-20, -28, -35]) {
      const dt = Math.exp(logDt);
      const a = -1.5;
      const p: S4DParams = {
        H: 1,
        modes: 1,
        logDt: Float64Array.of(logDt),
        logAReal: Float64Array.of(Math.log(1.5)),
        AImag: Float64Array.of(0),
        C: Float64Array.of(1, 0),
        D: Float64Array.of(0),
      };
      const x = dt * a;
      expectAllClose(s4dKernel(p, 1), [2 * dt * (1 + x / 2 + (x * x) / 6)], {
        rtol: 1e-14,
        atol: 0,
      });
    }
  });
});

describe("S4D convolution", () => {
  it("convolves causally with no delay: y_t = Σ_{j≤t} k_j·u_{t−j}", () => {
    expect(
      Array.from(causalConv1(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 0, 0, 1))),
    ).toEqual([1, 2, 3, 5]);
    expect(() => causalConv1(Float64Array.of(1), Float64Array.of(1, 2))).toThrow(RangeError);
  });

  it("equals the recurrence x_t = e^{ΔA}x_{t−1} + ((e^{ΔA} − 1)/A)·u_t, y_t = 2·Re(C·x_t) + D·u_t", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (batch, H, M, L, seed) => {
          const p = randomParams(H, M, seed);
          const u = randomArray(batch * H * L, -1, 1, rng(seed + 1));
          const conv = s4dForward(p, u, batch, L).y;
          expectAllClose(conv, s4dRecurrence(p, u, batch, L), { rtol: 1e-10, atol: 1e-12 });
        },
      ),
    );
  });

  it("has the kernel as its impulse response (D = 0)", () => {
    const p = { ...randomParams(2, 3, 7), D: Float64Array.of(0, 0) };
    const L = 20;
    const u = new Float64Array(2 * L);
    u[0] = 1;
    u[L] = 1;
    expectAllClose(s4dForward(p, u, 1, L).y, s4dKernel(p, L), { rtol: 1e-14, atol: 1e-16 });
  });

  it("reproduces the golden S4D cases called directly", () => {
    const cases = loadGolden().cases.filter((c) => c.fn === "S4D");
    expect(cases).toHaveLength(2);
    for (const c of cases) {
      const a = c.args;
      const f = (v: unknown) => Float64Array.from(flatten(v));
      const p: S4DParams = {
        H: c.dims.H,
        modes: c.dims.modes,
        logDt: f(a.log_dt),
        logAReal: f(a.log_A_real),
        AImag: f(a.A_imag),
        C: f(a.C),
        D: f(a.D),
      };
      const r = s4dForward(p, f(a.u), c.dims.batch, c.dims.L);
      expectAllClose(r.K, c.expected.K, c.tolerance);
      expectAllClose(r.y, c.expected.y, c.tolerance);
    }
  });
});
