import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hippoMatrices, legendreP, legtDiscrete } from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

/* Polynomials as monomial coefficient arrays p[j] = coefficient of x^j (exact in double here). */
type Poly = number[];

function binom(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** P_n(x) = 2^{−n} Σ_{k ≤ n/2} (−1)^k C(n,k) C(2n−2k, n) x^{n−2k}: the explicit sum, not the recurrence. */
function legendrePoly(n: number): Poly {
  const p: Poly = new Array<number>(n + 1).fill(0);
  for (let k = 0; 2 * k <= n; k++) {
    p[n - 2 * k] = ((-1) ** k * binom(n, k) * binom(2 * n - 2 * k, n)) / 2 ** n;
  }
  return p;
}
const mul = (a: Poly, b: Poly): Poly => {
  const r: Poly = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (r[i + j] += x * y)));
  return r;
};
const deriv = (a: Poly): Poly => (a.length <= 1 ? [0] : a.slice(1).map((x, j) => (j + 1) * x));
/** ∫_{−1}^{1} p(x) dx */
const integral = (a: Poly): number =>
  a.reduce((s, x, j) => s + (j % 2 === 0 ? (2 * x) / (j + 1) : 0), 0);
const evalPoly = (a: Poly, x: number): number => a.reduceRight((s, c) => s * x + c, 0);

/**
 * A built from the measures' defining integrals (HiPPO, arXiv 2008.07669, App. D). With
 * g_n = √(2n+1)·P_n(x) and c_n = ⟨f, g_n⟩ under the measure:
 *   LegS (x = 2s/t − 1 on [0, t]): t·ċ_n = −c_n + g_n(1)·f(t) − Σ_k c_k·√(2n+1)√(2k+1)·½∫(1+x)P_n′P_k dx
 *   LegT (x = 2(s−t)/θ + 1 on [t−θ, t]): θ·ċ_n = g_n(1)·f(t) − g_n(−1)·f(t−θ) − Σ_k c_k·√(2n+1)√(2k+1)∫P_n′P_k dx,
 *     with f(t−θ) ≈ Σ_k c_k·g_k(−1).
 * So A_nk = δ_nk + √(2n+1)√(2k+1)·½∫(1+x)P_n′P_k (LegS), √(2n+1)√(2k+1)·(P_n(−1)P_k(−1) + ∫P_n′P_k) (LegT),
 * and B_n = g_n(1) for both.
 */
function integralMatrices(measure: "legs" | "legt", N: number): { A: number[]; B: number[] } {
  const P = Array.from({ length: N }, (_, n) => legendrePoly(n));
  const A: number[] = [];
  const B: number[] = [];
  for (let n = 0; n < N; n++) {
    const rn = Math.sqrt(2 * n + 1);
    B.push(rn * evalPoly(P[n], 1));
    for (let k = 0; k < N; k++) {
      const rk = Math.sqrt(2 * k + 1);
      const dPn = deriv(P[n]);
      if (measure === "legs") {
        A.push((n === k ? 1 : 0) + rn * rk * 0.5 * integral(mul(mul([1, 1], dPn), P[k])));
      } else {
        const boundary = evalPoly(P[n], -1) * evalPoly(P[k], -1);
        A.push(rn * rk * (boundary + integral(mul(dPn, P[k]))));
      }
    }
  }
  return { A, B };
}

describe("legendreP", () => {
  it("equals the explicit sum formula and the known end values P_n(±1) = (±1)^n", () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => {
        const got = legendreP(13, x);
        const exp = Array.from({ length: 13 }, (_, n) => evalPoly(legendrePoly(n), x));
        expectAllClose(got, exp, { rtol: 0, atol: 1e-11 });
      }),
    );
    expect(Array.from(legendreP(6, 1))).toEqual([1, 1, 1, 1, 1, 1]);
    expectAllClose(legendreP(6, -1), [1, -1, 1, -1, 1, -1], { rtol: 0, atol: 1e-15 });
    expect(legendreP(3, 0.5)[2]).toBeCloseTo((3 * 0.25 - 1) / 2, 15);
    expect(() => legendreP(3, NaN)).toThrow(RangeError);
  });

  it("stays bounded by 1 on [−1, 1] at high degree (the recurrence is stable)", () => {
    for (const x of [-1, -0.999, -0.3, 0, 0.42, 0.9999, 1]) {
      for (const v of legendreP(200, x)) expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});

describe("hippoMatrices", () => {
  it("LegS: the closed form equals A built from its defining integrals (N = 12)", () => {
    const { A, B } = hippoMatrices("legs", 12);
    const ref = integralMatrices("legs", 12);
    expectAllClose(A, ref.A, { rtol: 1e-9, atol: 1e-9 });
    expectAllClose(B, ref.B, { rtol: 1e-12, atol: 0 });
  });

  it("LegT: the closed form equals A built from its defining integrals (N = 12)", () => {
    const { A, B } = hippoMatrices("legt", 12);
    const ref = integralMatrices("legt", 12);
    expectAllClose(A, ref.A, { rtol: 1e-9, atol: 1e-9 });
    expectAllClose(B, ref.B, { rtol: 1e-12, atol: 0 });
  });

  it("LegS is lower-triangular with eigenvalues n + 1 (the S4D-Real a_n = −(n+1))", () => {
    const N = 7;
    const { A } = hippoMatrices("legs", N);
    for (let n = 0; n < N; n++) {
      expect(A[n * N + n]).toBe(n + 1);
      for (let k = n + 1; k < N; k++) expect(A[n * N + k]).toBe(0);
    }
  });

  it("LegT's constant-input fixed point is c = e_0 (A·e_0 = B): f ≡ 1 is √1·P_0", () => {
    const N = 9;
    const { A, B } = hippoMatrices("legt", N);
    expectAllClose(
      Array.from({ length: N }, (_, n) => A[n * N]),
      B,
      { rtol: 1e-15, atol: 0 },
    );
  });

  it("rejects bad sizes and measures", () => {
    expect(() => hippoMatrices("legs", 0)).toThrow(RangeError);
    expect(() => hippoMatrices("legx" as "legs", 4)).toThrow(RangeError);
  });
});

describe("legtDiscrete", () => {
  it("solves (I + A/2θ)·Ā = I − A/2θ and (I + A/2θ)·B̄ = B/θ", () => {
    for (const [N, theta] of [
      [4, 10],
      [16, 1000],
      [64, 1000],
    ]) {
      const { A, B } = hippoMatrices("legt", N);
      const { aBar, bBar } = legtDiscrete(N, theta);
      const M = (n: number, k: number) => (n === k ? 1 : 0) + A[n * N + k] / (2 * theta);
      const lhs: number[] = [];
      const rhs: number[] = [];
      for (let n = 0; n < N; n++) {
        for (let k = 0; k <= N; k++) {
          let s = 0;
          for (let j = 0; j < N; j++) s += M(n, j) * (k < N ? aBar[j * N + k] : bBar[j]);
          lhs.push(s);
          rhs.push(k < N ? (n === k ? 1 : 0) - A[n * N + k] / (2 * theta) : B[n] / theta);
        }
      }
      expectAllClose(lhs, rhs, { rtol: 0, atol: 1e-12 });
    }
  });

  it("is I − A/θ and B/θ under forward Euler", () => {
    const N = 5;
    const { A, B } = hippoMatrices("legt", N);
    const { aBar, bBar } = legtDiscrete(N, 20, "euler");
    expectAllClose(
      aBar,
      Array.from(A, (v, i) => (i % (N + 1) === 0 ? 1 : 0) - v / 20),
      { rtol: 0, atol: 1e-15 },
    );
    expectAllClose(
      bBar,
      Array.from(B, (v) => v / 20),
      { rtol: 0, atol: 1e-15 },
    );
  });
});
