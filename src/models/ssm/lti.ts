/**
 * LTI state space model with a real diagonal A, one input channel (FACTS §1.1–1.4, §1.12):
 *   h'(t) = a ⊙ h(t) + b·u(t),   y(t) = Σ_n c_n h_n(t)
 * discretised by zero-order hold or the bilinear rule, then run either as the recurrence
 *   h_t = Ā ⊙ h_{t−1} + B̄·u_t,   y_t = Σ_n c_n h_t[n]   (h_{−1} = 0)
 * or as the causal convolution y = K ∗ u with K_k = Σ_n c_n Ā_n^k B̄_n. The two are the same map
 * (tests check it); the convolution exists directly (O(L²)) and by FFT (O(L log L), `./fft.ts`).
 *
 * Policy (core/checks.ts): non-finite inputs, mismatched lengths and results that overflow throw a
 * RangeError; nothing returns a silent NaN.
 */
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";
import { fftConvolveReal } from "./fft";

/** Discretised diagonal modes: Ā (N) and B̄ (N). */
export interface DiscreteModes {
  aBar: Float64Array;
  bBar: Float64Array;
}

function checkStep(dt: number, where: string): void {
  if (!Number.isFinite(dt) || dt < 0) {
    throw new RangeError(`${where}: step Δ must be finite and ≥ 0, got ${dt}`);
  }
}

function checkModes(a: Float64Array, b: Float64Array, where: string): void {
  checkLength(b, a.length, "b", where);
  checkFinite(a, "a", where);
  checkFinite(b, "b", where);
}

/**
 * S4D-Real initialisation (FACTS §1.12): a_n = −(n+1), n = 0…N−1, the eigenvalues of the
 * HiPPO-LegS matrix (negated). Returns (N).
 */
export function s4dRealA(N: number): Float64Array {
  checkSize(N, "N", "s4dRealA");
  const a = new Float64Array(N);
  for (let n = 0; n < N; n++) a[n] = -(n + 1);
  return a;
}

/**
 * Zero-order hold, element-wise for diagonal A (FACTS §1.2):
 *   Ā_n = exp(Δ·a_n),   B̄_n = (exp(Δ·a_n) − 1)/a_n · b_n
 * computed with expm1 so B̄ stays accurate when Δ·a_n is tiny; at a_n = 0 the limit Δ·b_n.
 * Shapes: a, b: (N). Requires Δ ≥ 0 finite. Returns Ā, B̄: (N).
 */
export function discretizeZoh(dt: number, a: Float64Array, b: Float64Array): DiscreteModes {
  const where = "discretizeZoh";
  checkStep(dt, where);
  checkModes(a, b, where);
  const N = a.length;
  const aBar = new Float64Array(N);
  const bBar = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    const an = a[n];
    aBar[n] = Math.exp(dt * an);
    bBar[n] = an === 0 ? dt * b[n] : (Math.expm1(dt * an) / an) * b[n];
  }
  checkFiniteResult(aBar, "aBar", where);
  checkFiniteResult(bBar, "bBar", where);
  return { aBar, bBar };
}

/**
 * Bilinear (Tustin) rule, element-wise for diagonal A (FACTS §1.2, S4's rule):
 *   Ā_n = (1 + Δa_n/2)/(1 − Δa_n/2),   B̄_n = Δ·b_n/(1 − Δa_n/2)
 * It agrees with ZOH to O(Δ³) per step (DESIGNS §m). Shapes: a, b: (N). Requires Δ ≥ 0 finite;
 * throws if 1 − Δa_n/2 = 0 (a_n = 2/Δ > 0, an unstable mode where the rule is singular).
 */
export function discretizeBilinear(dt: number, a: Float64Array, b: Float64Array): DiscreteModes {
  const where = "discretizeBilinear";
  checkStep(dt, where);
  checkModes(a, b, where);
  const N = a.length;
  const aBar = new Float64Array(N);
  const bBar = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    const half = (dt * a[n]) / 2;
    const den = 1 - half;
    if (den === 0) {
      throw new RangeError(`${where}: 1 − Δ·a/2 = 0 at mode ${n} (a = ${a[n]}, Δ = ${dt})`);
    }
    aBar[n] = (1 + half) / den;
    bBar[n] = (dt * b[n]) / den;
  }
  checkFiniteResult(aBar, "aBar", where);
  checkFiniteResult(bBar, "bBar", where);
  return { aBar, bBar };
}

function checkDiscrete(aBar: Float64Array, bBar: Float64Array, c: Float64Array, where: string) {
  const N = aBar.length;
  checkLength(bBar, N, "bBar", where);
  checkLength(c, N, "c", where);
  checkFinite(aBar, "aBar", where);
  checkFinite(bBar, "bBar", where);
  checkFinite(c, "c", where);
}

/**
 * The recurrence, from h_{−1} = 0:
 *   h_t = Ā ⊙ h_{t−1} + B̄·u_t,   y_t = Σ_n c_n·h_t[n],   t = 0…L−1
 * Shapes: aBar, bBar, c: (N); u: (L). Returns y: (L). O(L·N).
 * observe(t, h), if given, is called after step t with the state h_t: one Float64Array reused
 * (overwritten) between calls, to be treated as read-only. Copy what you keep.
 * Throws if the state overflows (|Ā| > 1 over a long input).
 */
export function ltiScan(
  aBar: Float64Array,
  bBar: Float64Array,
  c: Float64Array,
  u: Float64Array,
  observe?: (t: number, h: Float64Array) => void,
): Float64Array {
  const where = "ltiScan";
  checkDiscrete(aBar, bBar, c, where);
  checkFinite(u, "u", where);
  const N = aBar.length;
  const L = u.length;
  const h = new Float64Array(N);
  const y = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    const ut = u[t];
    let acc = 0;
    for (let n = 0; n < N; n++) {
      const v = aBar[n] * h[n] + bBar[n] * ut;
      h[n] = v;
      acc += c[n] * v;
    }
    if (acc - acc !== 0) {
      throw new RangeError(`${where}: the state overflowed at step ${t} (is some |Ā| > 1?)`);
    }
    y[t] = acc;
    observe?.(t, h);
  }
  return y;
}

/**
 * The convolution kernel (FACTS §1.4, the Vandermonde form of §1.12):
 *   K_k = Σ_n c_n·Ā_n^k·B̄_n,   k = 0…L−1
 * Shapes: aBar, bBar, c: (N). Returns K: (L). Powers by repeated multiplication, O(L·N).
 */
export function ltiKernel(
  aBar: Float64Array,
  bBar: Float64Array,
  c: Float64Array,
  L: number,
): Float64Array {
  const where = "ltiKernel";
  checkDiscrete(aBar, bBar, c, where);
  checkSize(L, "L", where);
  const N = aBar.length;
  const K = new Float64Array(L);
  for (let n = 0; n < N; n++) {
    const an = aBar[n];
    let p = c[n] * bBar[n];
    for (let k = 0; k < L; k++) {
      K[k] += p;
      p *= an;
    }
  }
  checkFiniteResult(K, "K", where);
  return K;
}

function checkConv(k: Float64Array, u: Float64Array, where: string): void {
  checkFinite(k, "k", where);
  checkFinite(u, "u", where);
}

/**
 * Direct causal convolution, no delay (y_t sees u_t):
 *   y_t = Σ_{j=0..t} k_j·u_{t−j},   t = 0…L−1,  L = u.length
 * Kernel taps past k.length count as 0 and taps past L are never used, so any kernel length is
 * accepted (pass ltiKernel(…, L) for the LTI output). Returns y: (L). O(L·min(L, k.length)).
 */
export function causalConv(k: Float64Array, u: Float64Array): Float64Array {
  const where = "causalConv";
  checkConv(k, u, where);
  const L = u.length;
  const y = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    const jMax = Math.min(t, k.length - 1);
    let acc = 0;
    for (let j = 0; j <= jMax; j++) acc += k[j] * u[t - j];
    y[t] = acc;
  }
  checkFiniteResult(y, "y", where);
  return y;
}

/**
 * The same causal convolution as `causalConv`, by a radix-2 FFT (`./fft.ts`): both sequences are
 * zero-padded to the first power of two ≥ 2L, so the circular convolution has no wrap-around in
 * the first L outputs. O(L log L). Rounding error is about 1e−16·log₂(2L)·Σ|k|·max|u| per output,
 * not relative to each output: tiny outputs next to large ones carry absolute, not relative, error.
 */
export function causalConvFft(k: Float64Array, u: Float64Array): Float64Array {
  const where = "causalConvFft";
  checkConv(k, u, where);
  const L = u.length;
  if (L === 0) return new Float64Array(0);
  const y = fftConvolveReal(k.subarray(0, Math.min(k.length, L)), u, L);
  checkFiniteResult(y, "y", where);
  return y;
}

/** Length from which `causalConvAuto` switches from the direct sum to the FFT. */
export const FFT_CONV_MIN_LENGTH = 128;

/**
 * Causal convolution choosing the method: direct below FFT_CONV_MIN_LENGTH samples (or for a
 * short kernel), FFT above. Same result as `causalConv` up to rounding.
 */
export function causalConvAuto(k: Float64Array, u: Float64Array): Float64Array {
  const L = u.length;
  const taps = Math.min(k.length, L);
  return L < FFT_CONV_MIN_LENGTH || taps < 32 ? causalConv(k, u) : causalConvFft(k, u);
}
