/**
 * S4D (state-spaces/s4, models/s4/s4d.py): the diagonal LTI kernel by zero-order hold, and the
 * layer's convolution y = K ∗ u + D·u (the module's GELU and output layer are not included).
 */
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";
import { selectiveScan } from "./selectiveScan";

/**
 * Parameters of an S4D layer with H channels and M complex modes (state size N = 2M: the modes
 * come in conjugate pairs, hence the factor 2·Re below). Flat row-major Float64Arrays.
 */
export interface S4DParams {
  H: number;
  modes: number;
  /** (H): Δ = exp(logDt) */
  logDt: Float64Array;
  /** (H, M): Re A = −exp(logAReal) */
  logAReal: Float64Array;
  /** (H, M): Im A */
  AImag: Float64Array;
  /** (H, M, 2) complex, interleaved [re, im] */
  C: Float64Array;
  /** (H) skip */
  D: Float64Array;
}

const WHERE = "s4d";

function checkParams(p: S4DParams): void {
  checkSize(p.H, "H", WHERE);
  checkSize(p.modes, "modes", WHERE);
  const HM = p.H * p.modes;
  const arrays: [string, Float64Array, number][] = [
    ["logDt", p.logDt, p.H],
    ["logAReal", p.logAReal, HM],
    ["AImag", p.AImag, HM],
    ["C", p.C, 2 * HM],
    ["D", p.D, p.H],
  ];
  for (const [name, a, n] of arrays) {
    checkLength(a, n, name, WHERE);
    checkFinite(a, name, WHERE);
  }
}

/**
 * Discretised S4D modes, (H, M, 2) each: dtA = Δ·A, and the ZOH input weight
 * bBar = (exp(Δ·A) − 1)/A (B ≡ 1), computed with expm1 so it stays accurate when Δ·A is tiny.
 */
export function s4dDiscretize(p: S4DParams): { dtA: Float64Array; bBar: Float64Array } {
  checkParams(p);
  const HM = p.H * p.modes;
  const dtA = new Float64Array(2 * HM);
  const bBar = new Float64Array(2 * HM);
  for (let h = 0; h < p.H; h++) {
    const dt = Math.exp(p.logDt[h]);
    for (let n = 0; n < p.modes; n++) {
      const k = h * p.modes + n;
      const ar = -Math.exp(p.logAReal[k]);
      const ai = p.AImag[k];
      const x = dt * ar;
      const y = dt * ai;
      // exp(x + iy) − 1 = expm1(x)·cos y − 2 sin²(y/2) + i·eˣ·sin y
      const s = Math.sin(y / 2);
      const pr = Math.expm1(x) * Math.cos(y) - 2 * s * s;
      const pi = Math.exp(x) * Math.sin(y);
      const a2 = ar * ar + ai * ai;
      dtA[2 * k] = x;
      dtA[2 * k + 1] = y;
      if (a2 === 0) {
        bBar[2 * k] = dt; // limit A → 0
      } else {
        bBar[2 * k] = (pr * ar + pi * ai) / a2;
        bBar[2 * k + 1] = (pi * ar - pr * ai) / a2;
      }
    }
  }
  return { dtA, bBar };
}

/**
 * S4D convolution kernel, (H, L):
 *   K[h,l] = 2·Re Σ_n C[h,n]·(exp(Δ_h·A[h,n]) − 1)/A[h,n]·exp(l·Δ_h·A[h,n]),  l = 0…L−1
 * (ZOH, B ≡ 1; exp(l·ΔA) evaluated directly, not by repeated multiplication).
 */
export function s4dKernel(p: S4DParams, L: number): Float64Array {
  checkSize(L, "L", WHERE);
  const { dtA, bBar } = s4dDiscretize(p);
  const K = new Float64Array(p.H * L);
  for (let h = 0; h < p.H; h++) {
    for (let n = 0; n < p.modes; n++) {
      const k = 2 * (h * p.modes + n);
      // w = C·bBar
      const wr = p.C[k] * bBar[k] - p.C[k + 1] * bBar[k + 1];
      const wi = p.C[k] * bBar[k + 1] + p.C[k + 1] * bBar[k];
      for (let l = 0; l < L; l++) {
        const m = Math.exp(l * dtA[k]);
        const ang = l * dtA[k + 1];
        K[h * L + l] += 2 * m * (wr * Math.cos(ang) - wi * Math.sin(ang));
      }
    }
  }
  checkFiniteResult(K, "K", WHERE);
  return K;
}

/**
 * Direct causal convolution of one channel: y_t = Σ_{j=0..t} k_j·u_{t−j}, t = 0…len(u)−1 (no
 * one-step delay: y_t sees u_t). Requires k.length ≥ u.length. O(L²).
 */
export function causalConv1(k: Float64Array, u: Float64Array): Float64Array {
  const L = u.length;
  if (k.length < L) {
    throw new RangeError(`causalConv1: kernel length ${k.length} < input length ${L}`);
  }
  const y = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    let acc = 0;
    for (let j = 0; j <= t; j++) acc += k[j] * u[t - j];
    y[t] = acc;
  }
  return y;
}

/**
 * S4D layer output by convolution: K = s4dKernel(p, L) and
 *   y[b,h,t] = Σ_{j≤t} K[h,j]·u[b,h,t−j] + D[h]·u[b,h,t]
 * u: (batch, H, L). Returns K (H, L) and y (batch, H, L). Throws on non-finite input.
 */
export function s4dForward(
  p: S4DParams,
  u: Float64Array,
  batch: number,
  L: number,
): { K: Float64Array; y: Float64Array } {
  checkSize(batch, "batch", WHERE);
  checkLength(u, batch * p.H * L, "u", WHERE);
  checkFinite(u, "u", WHERE);
  const K = s4dKernel(p, L);
  const y = new Float64Array(batch * p.H * L);
  for (let b = 0; b < batch; b++) {
    for (let h = 0; h < p.H; h++) {
      const o = (b * p.H + h) * L;
      const uh = u.subarray(o, o + L);
      const conv = causalConv1(K.subarray(h * L, (h + 1) * L), uh);
      for (let t = 0; t < L; t++) y[o + t] = conv[t] + p.D[h] * uh[t];
    }
  }
  checkFiniteResult(y, "y", WHERE);
  return { K, y };
}

/**
 * The same S4D output as a recurrence, through the general `selectiveScan` with complex A:
 *   x_t = exp(Δ·A)·x_{t−1} + ((exp(Δ·A) − 1)/A)·u_t,   y_t = 2·Re(C·x_t) + D·u_t
 * (scan inputs: A := Δ·A, B := (exp(ΔA) − 1)/A, scan step 1). u: (batch, H, L); returns y.
 */
export function s4dRecurrence(
  p: S4DParams,
  u: Float64Array,
  batch: number,
  L: number,
): Float64Array {
  const { dtA, bBar } = s4dDiscretize(p);
  return selectiveScan({
    batch,
    dim: p.H,
    dstate: p.modes,
    length: L,
    complex: true,
    u,
    delta: new Float64Array(batch * p.H * L).fill(1),
    A: dtA,
    B: { kind: "fixed", values: bBar },
    C: { kind: "fixed", values: p.C },
    D: p.D,
  }).out;
}
