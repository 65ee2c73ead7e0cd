/**
 * Decoding token by token with a KV cache. The cache is plain data: every step returns a new cache
 * and leaves the given one untouched, so a view can keep, fork or discard caches freely. Step t
 * attends over all t + 1 cached keys and values, the ≈ 4Ld FLOPs per token of DESIGNS.md §k, and
 * its result equals row t of the full causal computation.
 */
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";
import { attendRow, checkProjections, rowTimesMatrix, type AttentionProjections } from "./causal";

export interface KvCache {
  /** Cached keys, [length×dk] row-major. */
  readonly keys: Float64Array;
  /** Cached values, [length×dv] row-major. */
  readonly values: Float64Array;
  /** Number of cached tokens. */
  readonly length: number;
  readonly dk: number;
  readonly dv: number;
}

export interface DecodeStepOutput {
  /** This token's attention output, [dv] (or [dOut] after W_O). */
  output: Float64Array;
  /** This token's attention weights over the cache including itself, [length + 1]; sums to 1. */
  weights: Float64Array;
  /** The cache with this token's key and value appended. */
  cache: KvCache;
}

/** An empty cache for keys of width dk and values of width dv. */
export function emptyKvCache(dk: number, dv: number): KvCache {
  checkSize(dk, "dk", "emptyKvCache", 1);
  checkSize(dv, "dv", "emptyKvCache", 1);
  return { keys: new Float64Array(0), values: new Float64Array(0), length: 0, dk, dv };
}

/** A new cache with one more key [dk] and value [dv] appended; the given cache is not modified. */
export function kvCacheAppend(cache: KvCache, k: Float64Array, v: Float64Array): KvCache {
  const where = "kvCacheAppend";
  const { dk, dv, length } = cache;
  checkLength(k, dk, "k", where);
  checkLength(v, dv, "v", where);
  checkFinite(k, "k", where);
  checkFinite(v, "v", where);
  const keys = new Float64Array((length + 1) * dk);
  keys.set(cache.keys.subarray(0, length * dk));
  keys.set(k, length * dk);
  const values = new Float64Array((length + 1) * dv);
  values.set(cache.values.subarray(0, length * dv));
  values.set(v, length * dv);
  return { keys, values, length: length + 1, dk, dv };
}

/**
 * One decoding step: append (k, v), then attend with q over every cached token including this one:
 *   s_j = scale·(q · k_j) for j = 0..t,  p = softmax(s),  o = Σ_j p_j·v_j.
 * q, k: [dk]; v: [dv]; scale defaults to 1/√dk. Equals row t of `causalAttention` on the whole sequence.
 */
export function attentionDecodeStep(
  cache: KvCache,
  q: Float64Array,
  k: Float64Array,
  v: Float64Array,
  scale: number = 1 / Math.sqrt(cache.dk),
): DecodeStepOutput {
  const where = "attentionDecodeStep";
  checkLength(q, cache.dk, "q", where);
  checkFinite(q, "q", where);
  checkFinite([scale], "scale", where);
  const next = kvCacheAppend(cache, k, v);
  const n = next.length;
  const weights = new Float64Array(n);
  const output = new Float64Array(cache.dv);
  attendRow(q, 0, next.keys, next.values, n, cache.dk, cache.dv, scale, weights, 0, output, 0);
  checkFiniteResult(output, "output", where);
  return { output, weights, cache: next };
}

/**
 * Decoding step of the typed-text attention (DESIGNS.md §a.3): q = k = √d·ê, v = ê, scale 1/√d,
 * so s_j = √d·(ê · ê_j). e: [d]. The cache holds keys √d·ê_j and values ê_j (dk = dv = d).
 */
export function typedTextDecodeStep(cache: KvCache, e: Float64Array): DecodeStepOutput {
  const d = cache.dk;
  checkLength(e, d, "e", "typedTextDecodeStep");
  const qk = e.map((x) => Math.sqrt(d) * x);
  return attentionDecodeStep(cache, qk, qk, e, 1 / Math.sqrt(d));
}

/**
 * Decoding step of `projectedAttention`: q = x·W_Q, k = x·W_K, v = x·W_V, attend as in
 * `attentionDecodeStep` with scale 1/√dk, then ·W_O if given. x: [dModel]. The cache must have
 * dk = p.dk and dv = p.dv.
 */
export function projectedAttentionDecodeStep(
  p: AttentionProjections,
  cache: KvCache,
  x: Float64Array,
): DecodeStepOutput {
  const where = "projectedAttentionDecodeStep";
  const dOut = checkProjections(p, where);
  if (cache.dk !== p.dk || cache.dv !== p.dv) {
    throw new RangeError(
      `${where}: cache widths (${cache.dk}, ${cache.dv}) differ from the projections (${p.dk}, ${p.dv})`,
    );
  }
  checkLength(x, p.dModel, "x", where);
  checkFinite(x, "x", where);
  const q = new Float64Array(p.dk);
  const k = new Float64Array(p.dk);
  const v = new Float64Array(p.dv);
  rowTimesMatrix(x, 0, p.wq, p.dModel, p.dk, q, 0);
  rowTimesMatrix(x, 0, p.wk, p.dModel, p.dk, k, 0);
  rowTimesMatrix(x, 0, p.wv, p.dModel, p.dv, v, 0);
  const step = attentionDecodeStep(cache, q, k, v);
  if (p.wo === undefined) return step;
  const output = new Float64Array(dOut);
  rowTimesMatrix(step.output, 0, p.wo, p.dv, dOut, output, 0);
  checkFiniteResult(output, "output", where);
  return { ...step, output };
}
