import { discretizeZoh, ltiScan, s4dRealA } from "./lti";

export interface LtiHistory {
  /** Continuous-time modes a_n = −(n+1) (S4D-Real). Shape (N). */
  a: Float64Array;
  aBar: Float64Array;
  bBar: Float64Array;
  /** Read-out weights, 1/N each. Shape (N). */
  c: Float64Array;
  /** Output y_t. Shape (L). */
  y: Float64Array;
  /** Every state h_t[n], time-major: states[t·N + n]. Shape (L, N). */
  states: Float64Array;
}

/**
 * The small LTI SSM of "The state" (DESIGNS.md §j, `the-state/lti-state`): S4D-Real modes
 * a_n = −(n+1), B = 1, C = 1/N, discretised by zero-order hold, run on u from h = 0:
 *   h_t = Ā ⊙ h_{t−1} + B̄·u_t,   y_t = (1/N)·Σ_n h_t[n].
 * Keeps every state (L·N values: at the figure's max, 1,024 × 16 = 16k numbers).
 */
export function runS4dRealLti(dt: number, N: number, u: Float64Array): LtiHistory {
  if (!Number.isInteger(N) || N < 1) throw new RangeError(`runS4dRealLti: bad N ${N}`);
  const a = s4dRealA(N);
  const { aBar, bBar } = discretizeZoh(dt, a, new Float64Array(N).fill(1));
  const c = new Float64Array(N).fill(1 / N);
  const states = new Float64Array(u.length * N);
  const y = ltiScan(aBar, bBar, c, u, (t, h) => states.set(h, t * N));
  return { a, aBar, bBar, c, y, states };
}

/** Steps for Ā^k to fall to one half: ln ½ / ln Ā (Infinity when Ā ≥ 1 or Ā ≤ 0). */
export function halfLife(aBar: number): number {
  return aBar > 0 && aBar < 1 ? Math.log(0.5) / Math.log(aBar) : Infinity;
}
