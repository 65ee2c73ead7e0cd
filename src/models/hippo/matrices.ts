/**
 * HiPPO transition matrices in closed form (FACTS §1.11; DESIGNS §g), in the sign convention
 *   LegS:  dc/dt = −(1/t)·A·c + (1/t)·B·f(t)
 *   LegT:  dc/dt = −(1/θ)·A·c + (1/θ)·B·f(t)
 * (S4's "HiPPO matrix" is −A). A is N×N row-major, B has N entries.
 */

export type HippoMeasure = "legs" | "legt";

export interface HippoMatrices {
  /** (N × N) row-major: A[n·N + k] = A_nk. */
  A: Float64Array;
  /** (N) */
  B: Float64Array;
}

/**
 * LegS:  A_nk = √(2n+1)·√(2k+1) (n > k),  n + 1 (n = k),  0 (n < k);      B_n = √(2n+1)
 * LegT:  A_nk = √(2n+1)·√(2k+1)·{1 if n ≥ k; (−1)^{n−k} if n < k};        B_n = √(2n+1)
 * (LegT is the full, not the official code's halved, matrix: DESIGNS §g.) n, k = 0…N−1.
 */
export function hippoMatrices(measure: HippoMeasure, N: number): HippoMatrices {
  if (!Number.isInteger(N) || N < 1) throw new RangeError(`hippoMatrices: bad N ${N}`);
  if (measure !== "legs" && measure !== "legt") {
    throw new RangeError(`hippoMatrices: unknown measure ${String(measure)}`);
  }
  const A = new Float64Array(N * N);
  const B = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    const rn = Math.sqrt(2 * n + 1);
    B[n] = rn;
    for (let k = 0; k < N; k++) {
      const rk = Math.sqrt(2 * k + 1);
      let v: number;
      if (measure === "legs") {
        v = n > k ? rn * rk : n === k ? n + 1 : 0;
      } else {
        v = n >= k ? rn * rk : (n - k) % 2 === 0 ? rn * rk : -rn * rk;
      }
      A[n * N + k] = v;
    }
  }
  return { A, B };
}
