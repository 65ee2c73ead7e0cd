/**
 * The scan elements of one selective channel with one state (D = N = 1), so a figure can run the
 * parallel scan on the numbers a selective SSM would actually combine (FACTS.md §1.5, §1.7):
 *
 *   Δ_t = softplus(w·u_t + bias)       (input-dependent step: selection)
 *   a_t = Ā_t = exp(Δ_t·A)             (the reference rule, CONTRACT.md "Discretisation")
 *   b_t = B̄_t·u_t = Δ_t·B·u_t
 *   h_t = a_t·h_{t−1} + b_t,  h_{−1} = 0,  y_t = C·h_t with C = 1
 *
 * which is exactly what `selectiveScan` computes for batch = dim = dstate = 1 with
 * delta = w·u, deltaBias = bias and deltaSoftplus on (a test checks this). Shapes: u (n).
 */
import { softplus } from "../core/activations";
import { checkFinite, checkFiniteResult } from "../core/checks";

export interface SelectiveElementOptions {
  /** The diagonal A (one value; negative keeps the state bounded). Default −1. */
  A?: number;
  /** The input projection B (one value). Default 1. */
  B?: number;
  /** Weight of u_t in Δ's pre-activation. Default 1. */
  w?: number;
  /** Bias of Δ's pre-activation. Default 0. */
  bias?: number;
}

export interface SelectiveElements {
  A: number;
  B: number;
  w: number;
  bias: number;
  /** Δ_t, (n). */
  delta: Float64Array;
  /** a_t = exp(Δ_t·A), (n). */
  a: Float64Array;
  /** b_t = Δ_t·B·u_t, (n). */
  b: Float64Array;
}

/** The pairs (a_t, b_t) of one selective channel (see the top of the file). Throws on bad input. */
export function selectiveScanElements(
  u: Float64Array,
  opts: SelectiveElementOptions = {},
): SelectiveElements {
  const where = "selectiveScanElements";
  const { A = -1, B = 1, w = 1, bias = 0 } = opts;
  checkFinite(u, "u", where);
  checkFinite([A, B, w, bias], "options", where);
  const n = u.length;
  const delta = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const dt = softplus(w * u[t] + bias);
    delta[t] = dt;
    a[t] = Math.exp(dt * A);
    b[t] = dt * B * u[t];
  }
  checkFiniteResult(a, "a", where);
  checkFiniteResult(b, "b", where);
  return { A, B, w, bias, delta, a, b };
}
