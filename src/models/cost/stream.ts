/**
 * Two models reading one stream of tokens (DESIGNS.md §j `beyond-transformers/teaser`, §k): what
 * the t-th token costs each of them, and what each must hold in memory after it. Closed forms from
 * the cost models of attentionCost.ts and ssmCost.ts, whole model (each with its own layer count),
 * batch 1, decoding one token at a time.
 *
 *   attention, token t:  n_layers · 4·t·d      (+ 24·d² per layer with weights)   — climbs with t
 *   KV cache after t:    2 · n_layers · t · d · bytes                              — climbs with t
 *   SSM, token t:        n_layers · (7·D·N + 3·D)   (+ 12·d_model² + 2·D·d_conv)   — flat
 *   SSM state:           n_layers · D · (N + d_conv) · bytes                       — flat
 *
 * The t-th token attends over the t keys and values in the cache once its own are appended, so its
 * context is t (DESIGNS.md §k: "decoding one token at context L: ≈ 4Ld").
 */
import { BYTES_FP16 } from "../facts";
import { attentionDecodeFlops, kvCacheBytes, type AttentionShape } from "./attentionCost";
import { checkSizeArg } from "./common";
import { ssmDecodeFlops, ssmStateBytes, type SsmShape } from "./ssmCost";

export interface StreamCostOptions {
  /** Count the weights too: 24·d² per attention layer, 12·d_model² + conv per Mamba block. Default false. */
  projections?: boolean;
  /** Bytes per stored value, for the KV cache and the state alike. Default 2 (fp16/bf16). */
  bytesPerElement?: number;
}

/** Both models after reading token t of the stream. */
export interface StreamPoint {
  /** Tokens read so far (1-based position of the token just read). */
  t: number;
  /** FLOPs the Transformer spends on token t (whole model). */
  attentionFlops: number;
  /** FLOPs the SSM spends on token t (whole model); the same for every t. */
  ssmFlops: number;
  /** KV cache bytes after t tokens. */
  kvBytes: number;
  /** Recurrent state bytes (ssm_state + conv_state); the same for every t. */
  stateBytes: number;
}

/** The costs of token t (t ≥ 1) for both models. */
export function streamCostAt(
  transformer: AttentionShape,
  mamba: SsmShape,
  t: number,
  opts: StreamCostOptions = {},
): StreamPoint {
  checkSizeArg(t, "t", "streamCostAt", 1);
  const bytes = opts.bytesPerElement ?? BYTES_FP16;
  const flopOpts = { scope: "model" as const, projections: opts.projections ?? false };
  return {
    t,
    attentionFlops: attentionDecodeFlops(transformer, t, 1, flopOpts),
    ssmFlops: ssmDecodeFlops(mamba, 1, flopOpts),
    kvBytes: kvCacheBytes(transformer, t, 1, bytes),
    stateBytes: ssmStateBytes(mamba, 1, bytes, true),
  };
}

/**
 * Stream positions to draw for a stream of L tokens: at most `samples` of them, evenly spaced from
 * 1 to L, both ends included, strictly increasing. All four curves are linear or constant in t, so
 * these points draw them exactly.
 */
export function streamPositions(L: number, samples = 256): number[] {
  checkSizeArg(L, "L", "streamPositions", 1);
  checkSizeArg(samples, "samples", "streamPositions", 2);
  const n = Math.min(L, samples);
  if (n === 1) return [1];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = 1 + Math.round(((L - 1) * i) / (n - 1));
    if (out.length === 0 || t > out[out.length - 1]) out.push(t);
  }
  return out;
}

export interface StreamCostSeries {
  L: number;
  positions: number[];
  attentionFlops: number[];
  ssmFlops: number[];
  kvBytes: number[];
  stateBytes: number[];
}

/** The four curves of the teaser over a stream of L tokens, at `streamPositions(L, samples)`. */
export function streamCostSeries(
  transformer: AttentionShape,
  mamba: SsmShape,
  L: number,
  opts: StreamCostOptions & { samples?: number } = {},
): StreamCostSeries {
  const positions = streamPositions(L, opts.samples);
  const points = positions.map((t) => streamCostAt(transformer, mamba, t, opts));
  return {
    L,
    positions,
    attentionFlops: points.map((p) => p.attentionFlops),
    ssmFlops: points.map((p) => p.ssmFlops),
    kvBytes: points.map((p) => p.kvBytes),
    stateBytes: points.map((p) => p.stateBytes),
  };
}
