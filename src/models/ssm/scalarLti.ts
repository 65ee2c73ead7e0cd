/**
 * A one-state LTI SSM, h_t = Ā·h_{t−1} + B̄·u_t, y_t = C·h_t, discretised by zero-order hold:
 *   Ā = exp(Δ·a)   B̄ = (exp(Δ·a) − 1)/a · b   (B̄ → Δ·b as a → 0).
 * Its impulse response is the convolution kernel K_k = C·Ā^k·B̄, k = 0…L−1.
 * Requires Δ > 0; a ≤ 0 keeps the kernel bounded. Non-finite inputs throw rather than return NaN.
 */
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
  const aBar = Math.exp(dt * a);
  // expm1 keeps (e^{Δa} − 1)/a accurate when Δa is tiny; the limit at a = 0 is Δ.
  const bBar = a === 0 ? dt * b : (Math.expm1(dt * a) / a) * b;
  return { aBar, bBar };
}

/** K_k = C·Ā^k·B̄ for k = 0…L−1 (length L Float64Array). */
export function scalarLtiKernel({ dt, a, b, c }: ScalarLti, L: number): Float64Array {
  if (!Number.isInteger(L) || L < 0) throw new RangeError(`scalarLtiKernel: bad length ${L}`);
  const { aBar, bBar } = zohScalar(dt, a, b);
  const k = new Float64Array(L);
  let p = c * bBar;
  for (let i = 0; i < L; i++) {
    k[i] = p;
    p *= aBar;
  }
  return k;
}
