/**
 * Causal softmax attention at toy sizes: the general scaled dot-product form, the variant with
 * given projections, and the parameter-free typed-text variant of DESIGNS.md §a.3.
 * Softmax and normalisation are exact here (the cost models ignore their FLOPs, DESIGNS.md §k).
 */
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";

export interface AttentionInput {
  /** Queries, [L×dk] row-major. */
  q: Float64Array;
  /** Keys, [L×dk] row-major. */
  k: Float64Array;
  /** Values, [L×dv] row-major. */
  v: Float64Array;
  L: number;
  dk: number;
  dv: number;
  /** Score scale; default 1/√dk (standard scaled dot-product attention). */
  scale?: number;
}

export interface AttentionOutput {
  /** P = softmax(S) with the causal mask: [L×L] row-major; P[i, j] = 0 exactly for j > i. */
  weights: Float64Array;
  /** P·V: [L×dv] row-major. */
  output: Float64Array;
}

/**
 * Numerically stable softmax of scores[0..n) written into out[outOffset..outOffset+n):
 * the maximum is subtracted first, so the largest exponent is e⁰ = 1 and nothing overflows.
 */
export function softmaxInto(
  scores: ArrayLike<number>,
  n: number,
  out: Float64Array,
  outOffset: number,
): void {
  let max = -Infinity;
  for (let j = 0; j < n; j++) if (scores[j] > max) max = scores[j];
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const e = Math.exp(scores[j] - max);
    out[outOffset + j] = e;
    sum += e;
  }
  for (let j = 0; j < n; j++) out[outOffset + j] /= sum;
}

/**
 * One query against the first `n` rows of K and V (the keys it may see):
 *   s_j = scale·(q · k_j),  p = softmax(s) (max subtracted),  o = Σ_j p_j·v_j.
 * q: [dk] at qOffset; k: [≥n×dk]; v: [≥n×dv]. Writes p into weights[wOffset..+n) and o into
 * output[oOffset..+dv).
 */
export function attendRow(
  q: Float64Array,
  qOffset: number,
  k: Float64Array,
  v: Float64Array,
  n: number,
  dk: number,
  dv: number,
  scale: number,
  weights: Float64Array,
  wOffset: number,
  output: Float64Array,
  oOffset: number,
): void {
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let dot = 0;
    for (let c = 0; c < dk; c++) dot += q[qOffset + c] * k[j * dk + c];
    s[j] = scale * dot;
  }
  softmaxInto(s, n, weights, wOffset);
  for (let c = 0; c < dv; c++) output[oOffset + c] = 0;
  for (let j = 0; j < n; j++) {
    const p = weights[wOffset + j];
    for (let c = 0; c < dv; c++) output[oOffset + c] += p * v[j * dv + c];
  }
}

/**
 * Causal scaled dot-product attention, one head:
 *   S_ij = scale·(q_i · k_j) for j ≤ i, −∞ for j > i;   P = softmax_row(S);   O = P·V.
 * Shapes: q, k [L×dk], v [L×dv] row-major. Returns weights [L×L] (upper triangle exactly 0, rows
 * sum to 1) and output [L×dv]. Throws a RangeError on a size mismatch or a non-finite input.
 */
export function causalAttention({
  q,
  k,
  v,
  L,
  dk,
  dv,
  scale = 1 / Math.sqrt(dk),
}: AttentionInput): AttentionOutput {
  const where = "causalAttention";
  checkSize(L, "L", where);
  checkSize(dk, "dk", where, 1);
  checkSize(dv, "dv", where, 1);
  checkLength(q, L * dk, "q", where);
  checkLength(k, L * dk, "k", where);
  checkLength(v, L * dv, "v", where);
  checkFinite(q, "q", where);
  checkFinite(k, "k", where);
  checkFinite(v, "v", where);
  checkFinite([scale], "scale", where);
  const weights = new Float64Array(L * L);
  const output = new Float64Array(L * dv);
  for (let i = 0; i < L; i++) {
    attendRow(q, i * dk, k, v, i + 1, dk, dv, scale, weights, i * L, output, i * dv);
  }
  checkFiniteResult(output, "output", where);
  return { weights, output };
}

/**
 * Attention for a typed sentence, nothing learned (DESIGNS.md §a.3):
 *   S_ij = √d·(ê_i · ê_j) for j ≤ i, −∞ for j > i;  output = softmax(S)·Ê,
 * i.e. scaled dot-product attention QKᵀ/√d with Q = K = √d·Ê and V = Ê.
 * embeddings: Ê [L×d] row-major (rows from `embedTokens`, d = 16). Returns weights [L×L], output [L×d].
 */
export function typedTextAttention(
  embeddings: Float64Array,
  L: number,
  d: number,
): AttentionOutput {
  checkSize(d, "d", "typedTextAttention", 1);
  const qk = embeddings.map((x) => Math.sqrt(d) * x);
  return causalAttention({ q: qk, k: qk, v: embeddings, L, dk: d, dv: d, scale: 1 / Math.sqrt(d) });
}

export interface AttentionProjections {
  /** Model width (columns of X). */
  dModel: number;
  /** Query/key width. */
  dk: number;
  /** Value width. */
  dv: number;
  /** W_Q [dModel×dk], W_K [dModel×dk], W_V [dModel×dv], row-major (q = x·W_Q). */
  wq: Float64Array;
  wk: Float64Array;
  wv: Float64Array;
  /** Optional output projection W_O [dv×dOut]; without it the output is P·V itself. */
  wo?: Float64Array;
  dOut?: number;
}

/** Row vector times matrix: out[oOff..+cols) = x[xOff..+rows) · W [rows×cols]. */
export function rowTimesMatrix(
  x: Float64Array,
  xOff: number,
  w: Float64Array,
  rows: number,
  cols: number,
  out: Float64Array,
  oOff: number,
): void {
  for (let c = 0; c < cols; c++) out[oOff + c] = 0;
  for (let r = 0; r < rows; r++) {
    const xr = x[xOff + r];
    for (let c = 0; c < cols; c++) out[oOff + c] += xr * w[r * cols + c];
  }
}

/** Checks projection shapes; returns the output width (dOut, or dv without W_O). */
export function checkProjections(p: AttentionProjections, where: string): number {
  checkSize(p.dModel, "dModel", where, 1);
  checkSize(p.dk, "dk", where, 1);
  checkSize(p.dv, "dv", where, 1);
  checkLength(p.wq, p.dModel * p.dk, "wq", where);
  checkLength(p.wk, p.dModel * p.dk, "wk", where);
  checkLength(p.wv, p.dModel * p.dv, "wv", where);
  checkFinite(p.wq, "wq", where);
  checkFinite(p.wk, "wk", where);
  checkFinite(p.wv, "wv", where);
  if (p.wo === undefined) return p.dv;
  const dOut = p.dOut ?? p.dModel;
  checkSize(dOut, "dOut", where, 1);
  checkLength(p.wo, p.dv * dOut, "wo", where);
  checkFinite(p.wo, "wo", where);
  return dOut;
}

function project(
  x: Float64Array,
  L: number,
  w: Float64Array,
  rows: number,
  cols: number,
): Float64Array {
  const out = new Float64Array(L * cols);
  for (let t = 0; t < L; t++) rowTimesMatrix(x, t * rows, w, rows, cols, out, t * cols);
  return out;
}

/**
 * Causal attention with given projections, one head:
 *   Q = X·W_Q, K = X·W_K, V = X·W_V;  P = softmax_row(QKᵀ/√dk, causal);  O = P·V (·W_O if given).
 * x: [L×dModel] row-major. Returns weights [L×L] and output [L×dOut] (dOut = dv without W_O).
 */
export function projectedAttention(
  x: Float64Array,
  L: number,
  p: AttentionProjections,
): AttentionOutput {
  const where = "projectedAttention";
  checkSize(L, "L", where);
  const dOut = checkProjections(p, where);
  checkLength(x, L * p.dModel, "x", where);
  checkFinite(x, "x", where);
  const q = project(x, L, p.wq, p.dModel, p.dk);
  const k = project(x, L, p.wk, p.dModel, p.dk);
  const v = project(x, L, p.wv, p.dModel, p.dv);
  const { weights, output } = causalAttention({ q, k, v, L, dk: p.dk, dv: p.dv });
  if (p.wo === undefined) return { weights, output };
  const out = project(output, L, p.wo, p.dv, dOut);
  checkFiniteResult(out, "output", where);
  return { weights, output: out };
}
