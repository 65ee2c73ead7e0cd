/**
 * A one-state LTI SSM, h_t = Ā·h_{t−1} + B̄·u_t, y_t = C·h_t, discretised by zero-order hold:
 *   Ā = exp(Δ·a)   B̄ = (exp(Δ·a) − 1)/a · b   (B̄ → Δ·b as a → 0).
 * Its impulse response is the convolution kernel K_k = C·Ā^k·B̄, k = 0…L−1.
 * Requires Δ ≥ 0; a ≤ 0 keeps the kernel bounded. Non-finite inputs throw rather than return NaN.
 * The N = 1 case of the diagonal LTI model in `./lti.ts`, which does the work.
 */
import { discretizeZoh, ltiKernel } from "./lti";

export interface ScalarLti {
  dt: number;
  a: number;
  b: number;
  c: number;
}

export function zohScalar(dt: number, a: number, b: number): { aBar: number; bBar: number } {
  if (!Number.isFinite(dt) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`zohScalar: non-finite input (dt=${dt}, a=${a}, b=${b})`);
  }
  const d = discretizeZoh(dt, Float64Array.of(a), Float64Array.of(b));
  return { aBar: d.aBar[0], bBar: d.bBar[0] };
}

/** K_k = C·Ā^k·B̄ for k = 0…L−1 (length L Float64Array). */
export function scalarLtiKernel({ dt, a, b, c }: ScalarLti, L: number): Float64Array {
  if (!Number.isInteger(L) || L < 0) throw new RangeError(`scalarLtiKernel: bad length ${L}`);
  if (!Number.isFinite(c)) throw new RangeError(`scalarLtiKernel: non-finite c=${c}`);
  const d = discretizeZoh(dt, Float64Array.of(a), Float64Array.of(b));
  return ltiKernel(d.aBar, d.bBar, Float64Array.of(c), L);
}
