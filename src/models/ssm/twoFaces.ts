/**
 * The two faces of a small SSM, and what breaks when Δ depends on the token (EPISODE Ch. 6;
 * FACTS §1.2–1.5).
 *
 * With (Δ, A, B, C) fixed over time the model is linear and time-invariant, and the recurrence
 *   h_t = Ā ⊙ h_{t−1} + B̄·u_t,   y_t = Σ_n c_n·h_t[n]
 * is the causal convolution y = K ∗ u with K_j = Σ_n c_n·Ā_n^j·B̄_n (`ltiKernel`, `causalConv`).
 * When Δ_t depends on the token, the weight of u_s in y_t becomes
 *   K^{(t)}_{t−s} = Σ_n c_n·(Ā_t[n]·Ā_{t−1}[n]⋯Ā_{s+1}[n])·B̄_s[n],
 * which depends on both positions, not only on their distance: each output position would need
 * its own kernel, and no single convolution exists. This file holds the pieces the chapter needs
 * for that story; the LTI maths itself stays in `./lti.ts`.
 *
 * Policy (core/checks.ts): non-finite inputs and mismatched lengths throw a RangeError.
 */
import { inverseSoftplus, softplus } from "../core/activations";
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";
import { selectiveScan1 } from "./selectiveScan";

/** The weight w of the token in Δ_t = softplus(softplus⁻¹(Δ) + w·u_t) (`tokenDependentDt`). */
export const TOKEN_DT_WEIGHT = 2;

/**
 * A step size that depends on the token, in Mamba's parameterisation (FACTS §1.5,
 * Δ_t = softplus(bias + Linear(x_t))) with one scalar weight:
 *   Δ_t = softplus(softplus⁻¹(Δ) + w·u_t)
 * so Δ_t = Δ wherever u_t = 0, Δ_t grows with u_t for w > 0, and Δ_t > 0 always.
 * Shapes: u: (L). Requires Δ > 0 finite. Returns Δ_t: (L).
 */
export function tokenDependentDt(
  dt: number,
  u: Float64Array,
  w: number = TOKEN_DT_WEIGHT,
): Float64Array {
  const where = "tokenDependentDt";
  if (!(dt > 0) || !Number.isFinite(dt)) {
    throw new RangeError(`${where}: Δ must be finite and > 0, got ${dt}`);
  }
  if (!Number.isFinite(w)) throw new RangeError(`${where}: w must be finite, got ${w}`);
  checkFinite(u, "u", where);
  const bias = inverseSoftplus(dt);
  const out = new Float64Array(u.length);
  for (let t = 0; t < u.length; t++) out[t] = w * u[t] === 0 ? dt : softplus(bias + w * u[t]);
  checkFiniteResult(out, "dt", where);
  return out;
}

/** The run of `zohRecurrence`. Per-step arrays are time-major: x[t·N + n]. */
export interface ZohRun {
  /** y_t, (L) */
  y: Float64Array;
  /** Every state h_t[n], (L, N) */
  states: Float64Array;
  /** Ā_t[n] = exp(Δ_t·a_n), (L, N) */
  aBar: Float64Array;
  /** B̄_t[n] = (exp(Δ_t·a_n) − 1)/a_n · b_n (ZOH; Δ_t·b_n at a_n = 0), (L, N) */
  bBar: Float64Array;
}

/**
 * The recurrence with a per-token step, zero-order hold at every step (FACTS §1.2, §1.5):
 *   Ā_t = exp(Δ_t·a),  B̄_t = (exp(Δ_t·a) − 1)/a ⊙ b,  h_t = Ā_t ⊙ h_{t−1} + B̄_t·u_t,  y_t = c·h_t
 * from h_{−1} = 0. It runs through the golden-verified `selectiveScan1`, which forms B̄ = Δ_t·B_t
 * (Euler, as Mamba's reference code does), so B_t is pre-scaled to
 *   B_t[n] = b_n·expm1(Δ_t·a_n)/(a_n·Δ_t)
 * which turns Δ_t·B_t into the ZOH term up to one rounding (FACTS §1.6, note). A constant Δ_t is
 * the LTI case. Shapes: dt, u: (L); a, b, c: (N), a ≤ 0 for a stable state. Requires Δ_t ≥ 0.
 * Keeps every state: L·N numbers (1,024 at the chapter's largest size).
 */
export function zohRecurrence(
  dt: Float64Array,
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  u: Float64Array,
): ZohRun {
  const where = "zohRecurrence";
  const L = u.length;
  const N = a.length;
  checkLength(dt, L, "dt", where);
  checkLength(b, N, "b", where);
  checkLength(c, N, "c", where);
  for (const [arr, name] of [
    [dt, "dt"],
    [a, "a"],
    [b, "b"],
    [c, "c"],
    [u, "u"],
  ] as const) {
    checkFinite(arr, name, where);
  }
  for (let t = 0; t < L; t++) {
    if (dt[t] < 0) throw new RangeError(`${where}: dt[${t}] = ${dt[t]} is negative`);
  }
  const aBar = new Float64Array(L * N);
  const bBar = new Float64Array(L * N);
  const bScaled = new Float64Array(L * N);
  const cRows = new Float64Array(L * N);
  for (let t = 0; t < L; t++) {
    const d = dt[t];
    for (let n = 0; n < N; n++) {
      const i = t * N + n;
      const x = d * a[n];
      // expm1(x)/x → 1 as x → 0 (a_n = 0 or Δ_t = 0): the Euler and ZOH terms agree there.
      const ratio = x === 0 ? 1 : Math.expm1(x) / x;
      aBar[i] = Math.exp(x);
      bScaled[i] = ratio * b[n];
      bBar[i] = d * bScaled[i];
      cRows[i] = c[n];
    }
  }
  const states = new Float64Array(L * N);
  const { y } = selectiveScan1({ u, dt, a, b: bScaled, c: cRows }, (t, h) => {
    for (let n = 0; n < N; n++) states[t * N + n] = h[n];
  });
  checkFiniteResult(aBar, "aBar", where);
  checkFiniteResult(bBar, "bBar", where);
  return { y, states, aBar, bBar };
}

function checkRows(aBar: Float64Array, bBar: Float64Array, c: Float64Array, where: string) {
  const N = c.length;
  checkSize(N, "N", where, 1);
  if (aBar.length % N !== 0) {
    throw new RangeError(`${where}: aBar has ${aBar.length} elements, not a multiple of N = ${N}`);
  }
  checkLength(bBar, aBar.length, "bBar", where);
  checkFinite(aBar, "aBar", where);
  checkFinite(bBar, "bBar", where);
  checkFinite(c, "c", where);
  return aBar.length / N;
}

/**
 * The kernel output position t would need, for per-step Ā_t, B̄_t (time-major, (L, N)):
 *   y_t = Σ_{j=0..t} K^{(t)}_j·u_{t−j},   K^{(t)}_j = Σ_n c_n·(Π_{i=t−j+1..t} Ā_i[n])·B̄_{t−j}[n]
 * (the empty product is 1). With the same Ā, B̄ at every step it is the LTI kernel
 * K_j = Σ_n c_n·Ā_n^j·B̄_n for every t. Returns (t + 1) taps. O(t·N).
 */
export function positionKernel(
  aBar: Float64Array,
  bBar: Float64Array,
  c: Float64Array,
  t: number,
): Float64Array {
  const where = "positionKernel";
  const L = checkRows(aBar, bBar, c, where);
  if (!Number.isInteger(t) || t < 0 || t >= L) {
    throw new RangeError(`${where}: t must be an integer in [0, ${L - 1}], got ${t}`);
  }
  const N = c.length;
  const K = new Float64Array(t + 1);
  for (let n = 0; n < N; n++) {
    let p = 1; // Π Ā_i[n] over i = t−j+1 … t
    for (let j = 0; j <= t; j++) {
      K[j] += c[n] * p * bBar[(t - j) * N + n];
      p *= aBar[(t - j) * N + n];
    }
  }
  checkFiniteResult(K, "K", where);
  return K;
}

/**
 * How far apart the kernels of different positions are: for each lag j, the range of K^{(t)}_j
 * over the positions t = j … L−1 that have that tap, and the largest such range over j:
 *   spread = max_j ( max_{t ≥ j} K^{(t)}_j − min_{t ≥ j} K^{(t)}_j )
 * It is exactly 0 when every step has the same Ā and B̄ (each tap is then computed by the same
 * operations in the same order), and > 0 when one kernel cannot serve every position. Also
 * returns the lag where the spread is largest. O(L²·N/2): 2.6·10⁵ at L = 512, N = 2.
 */
export function positionKernelSpread(
  aBar: Float64Array,
  bBar: Float64Array,
  c: Float64Array,
): { spread: number; lag: number } {
  const where = "positionKernelSpread";
  const L = checkRows(aBar, bBar, c, where);
  const N = c.length;
  const lo = new Float64Array(L).fill(Infinity);
  const hi = new Float64Array(L).fill(-Infinity);
  const K = new Float64Array(L);
  const p = new Float64Array(N);
  for (let t = 0; t < L; t++) {
    // K^{(t)} by the same operations, in the same order, as `positionKernel` (arguments checked once).
    K.fill(0, 0, t + 1);
    for (let n = 0; n < N; n++) {
      p[n] = 1;
      for (let j = 0; j <= t; j++) {
        K[j] += c[n] * p[n] * bBar[(t - j) * N + n];
        p[n] *= aBar[(t - j) * N + n];
      }
    }
    for (let j = 0; j <= t; j++) {
      if (K[j] < lo[j]) lo[j] = K[j];
      if (K[j] > hi[j]) hi[j] = K[j];
    }
  }
  checkFiniteResult(hi, "K", where);
  let spread = 0;
  let lag = 0;
  for (let j = 0; j < L; j++) {
    const s = hi[j] - lo[j];
    if (s > spread) {
      spread = s;
      lag = j;
    }
  }
  return { spread, lag };
}

/**
 * The products whose sum is the direct convolution's output at step t:
 *   terms_j = k_j·u_{t−j},   j = 0 … min(t, k.length − 1)
 * Summed in order j = 0, 1, … they give `causalConv(k, u)[t]` bit for bit. Returns them and the
 * index j of the largest |term| (the first one on a tie; −1 when there are none).
 */
export function convolutionTerms(
  k: Float64Array,
  u: Float64Array,
  t: number,
): { terms: Float64Array; largest: number } {
  const where = "convolutionTerms";
  checkFinite(k, "k", where);
  checkFinite(u, "u", where);
  if (!Number.isInteger(t) || t < 0 || t >= u.length) {
    throw new RangeError(`${where}: t must be an integer in [0, ${u.length - 1}], got ${t}`);
  }
  const n = Math.min(t + 1, k.length);
  const terms = new Float64Array(n);
  let largest = -1;
  let best = -1;
  for (let j = 0; j < n; j++) {
    const v = k[j] * u[t - j];
    terms[j] = v;
    if (Math.abs(v) > best) {
      best = Math.abs(v);
      largest = j;
    }
  }
  return { terms, largest };
}

/**
 * The largest entrywise difference of two outputs, max_i |x_i − y_i|, and where it occurs
 * (0 and index −1 for empty inputs). Throws on a length mismatch or a non-finite entry.
 */
export function maxAbsDifference(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { value: number; index: number } {
  const where = "maxAbsDifference";
  checkLength(y, x.length, "y", where);
  checkFinite(x, "x", where);
  checkFinite(y, "y", where);
  let value = 0;
  let index = x.length > 0 ? 0 : -1;
  for (let i = 0; i < x.length; i++) {
    const d = Math.abs(x[i] - y[i]);
    if (d > value) {
      value = d;
      index = i;
    }
  }
  return { value, index };
}

/** Where the pulses of `tokenPulses` sit (fractions of L) and how tall they are. */
export const PULSES = [
  { at: 1 / 8, height: 1 },
  { at: 7 / 16, height: -0.6 },
  { at: 11 / 16, height: 0.8 },
] as const;

/**
 * A few "tokens" on a silent line: u_t = height_k at t = ⌊at_k·L⌋ (heights of pulses that land on
 * the same step add up), 0 elsewhere. Each pulse leaves a copy of the kernel in the output, so the
 * convolution reads as a sum of shifted, scaled kernels. Returns (L).
 */
export function tokenPulses(L: number): Float64Array {
  checkSize(L, "L", "tokenPulses");
  const u = new Float64Array(L);
  if (L === 0) return u;
  for (const p of PULSES) u[Math.min(L - 1, Math.floor(p.at * L))] += p.height;
  return u;
}
