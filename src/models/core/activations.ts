/**
 * Scalar activations shared by every model, written to stay finite and accurate at extreme inputs.
 */

/** torch's `F.softplus` threshold (beta = 1): above it softplus returns its input unchanged. */
export const SOFTPLUS_THRESHOLD = 20;

/**
 * softplus(x) = ln(1 + eˣ), exactly as torch computes it: x itself when x > 20, else log1p(exp(x)).
 * log1p(exp(x)) is accurate for every x ≤ 20: for very negative x, exp(x) is tiny and log1p returns
 * it without cancellation (softplus(−700) ≈ 9.86e−305, softplus(−800) = 0 by underflow).
 * NaN in, NaN out; +∞ → +∞, −∞ → 0.
 */
export function softplus(x: number): number {
  return x > SOFTPLUS_THRESHOLD ? x : Math.log1p(Math.exp(x));
}

/**
 * Inverse of softplus for y > 0: x = y + ln(−expm1(−y)), so softplus(x) = y (as Mamba initialises
 * dt_proj.bias). Accurate for tiny y (expm1) and large y (−expm1(−y) → 1).
 */
export function inverseSoftplus(y: number): number {
  return y + Math.log(-Math.expm1(-y));
}

/**
 * Logistic sigmoid σ(x) = 1/(1 + e^{−x}), evaluated on the side where the exponential cannot
 * overflow: σ(x) = e^{x}/(1 + e^{x}) for x < 0.
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * SiLU (swish) silu(x) = x·σ(x) = x/(1 + e^{−x}). Finite for every finite x: silu(1e4) = 1e4,
 * silu(−1e4) = −0 (the true value underflows).
 */
export function silu(x: number): number {
  return x * sigmoid(x);
}
