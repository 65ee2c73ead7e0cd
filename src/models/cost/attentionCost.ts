/**
 * Cost model of attention (DESIGNS.md §k; FACTS.md §1.8), as plain numbers so a chart can plot
 * "cost vs L" without knowing the formula.
 *
 * Conventions (DESIGNS.md §k): one multiply-add = 2 FLOPs; softmax and normalisation FLOPs are
 * ignored; forward pass only. FLOP counts are per layer by default (`scope: "layer"`, the figures'
 * default) or × the model's own layer count (`scope: "model"`), and always × batch. Memory counts
 * are whole-model bytes (FACTS' KV formula includes n_layers); GB = 10⁹ bytes.
 */
import { BYTES_FP16, type TransformerShape } from "../facts";
import { checkPositive, checkSizeArg, scopeLayers, type CostScope } from "./common";

/** The parts of a Transformer shape the cost model reads. */
export type AttentionShape = Pick<TransformerShape, "layers" | "dModel">;

export interface AttentionFlopOptions {
  /** "layer" (default, DESIGNS.md §k) or "model" (× the model's layer count). */
  scope?: CostScope;
  /** Add the weight FLOPs, 24·d² per token (QKV+O 8d², MLP with hidden 4d 16d²). Default false. */
  projections?: boolean;
  /** "causal" (default) or "none" (no mask, 4L²d). */
  mask?: "causal" | "none";
  /** Causal count of the kept half exactly, 2dL(L+1), instead of ≈ 2L²d. Default false. */
  exactCausal?: boolean;
}

/** Weight FLOPs per token per layer: 2 × 12d² = 24d² (QKV+O 8d², MLP 16d²; FACTS.md §1.8). */
export function attentionWeightFlopsPerToken(d: number): number {
  return 24 * d * d;
}

/**
 * Prefill (forward over a whole sequence of L tokens) FLOPs of attention:
 *   per layer: QKᵀ 2L²d + PV 2L²d = 4L²d unmasked; causal ≈ 2L²d (exactly 2dL(L+1));
 *   with projections add 24Ld².
 * Then × layers (scope "model") and × batch. d is the model width (n_heads·d_head).
 */
export function attentionPrefillFlops(
  model: AttentionShape,
  L: number,
  batch = 1,
  opts: AttentionFlopOptions = {},
): number {
  const where = "attentionPrefillFlops";
  checkSizeArg(L, "L", where);
  checkSizeArg(batch, "batch", where);
  const d = model.dModel;
  checkPositive(d, "dModel", where);
  const mask = opts.mask ?? "causal";
  const core =
    mask === "none" ? 4 * L * L * d : opts.exactCausal ? 2 * d * L * (L + 1) : 2 * L * L * d;
  const weights = opts.projections ? L * attentionWeightFlopsPerToken(d) : 0;
  return batch * scopeLayers(model, opts.scope) * (core + weights);
}

/**
 * FLOPs to decode one token at context L (L cached keys and values), per layer ≈ 4Ld: the new
 * query against L keys (2Ld) and the weighted sum of L values (2Ld). With projections add 24d².
 * Then × layers (scope "model") and × batch.
 */
export function attentionDecodeFlops(
  model: AttentionShape,
  L: number,
  batch = 1,
  opts: Pick<AttentionFlopOptions, "scope" | "projections"> = {},
): number {
  const where = "attentionDecodeFlops";
  checkSizeArg(L, "L", where);
  checkSizeArg(batch, "batch", where);
  const d = model.dModel;
  checkPositive(d, "dModel", where);
  const weights = opts.projections ? attentionWeightFlopsPerToken(d) : 0;
  return batch * scopeLayers(model, opts.scope) * (4 * L * d + weights);
}

/**
 * Length at which causal attention's 2L²d equals the weight FLOPs 24Ld²: L* = 12d
 * (FACTS.md §1.8; 30,720 at d = 2,560).
 */
export function attentionCrossoverLength(d: number): number {
  checkPositive(d, "d", "attentionCrossoverLength");
  return 12 * d;
}

/**
 * Share of causal attention in the forward FLOPs of a layer with projections:
 *   2L²d / (2L²d + 24Ld²) = r / (1 + r),  r = L / (12d)   (FACTS.md §8).
 */
export function attentionFlopShare(d: number, L: number): number {
  checkPositive(d, "d", "attentionFlopShare");
  checkSizeArg(L, "L", "attentionFlopShare");
  const r = L / (12 * d);
  return r / (1 + r);
}

/**
 * KV-cache bytes per token of one sequence: 2 (K and V) · n_layers · d_model · bytesPerElement
 * (FACTS.md §1.8, standard multi-head attention). 2.7B shape at 2 bytes: 327,680 B = 320 KiB.
 */
export function kvCacheBytesPerToken(
  model: AttentionShape,
  bytesPerElement: number = BYTES_FP16,
): number {
  checkPositive(bytesPerElement, "bytesPerElement", "kvCacheBytesPerToken");
  checkPositive(model.dModel, "dModel", "kvCacheBytesPerToken");
  checkSizeArg(model.layers, "layers", "kvCacheBytesPerToken");
  return 2 * model.layers * model.dModel * bytesPerElement;
}

/**
 * KV-cache bytes of a whole model: 2 · n_layers · L · d_model · bytesPerElement · batch
 * (FACTS.md §1.8). 2.7B shape, fp16, L = 2,048: 0.671 GB.
 */
export function kvCacheBytes(
  model: AttentionShape,
  L: number,
  batch = 1,
  bytesPerElement: number = BYTES_FP16,
): number {
  checkSizeArg(L, "L", "kvCacheBytes");
  checkSizeArg(batch, "batch", "kvCacheBytes");
  return batch * L * kvCacheBytesPerToken(model, bytesPerElement);
}

/**
 * The longest context whose KV cache fits in `memoryBytes` after `reservedBytes` (weights, say):
 *   floor((memoryBytes − reservedBytes) / (batch · KV bytes per token)), and 0 if nothing fits.
 * FACTS.md §2.10: 1.3B shape, batch 64, 80 GB less ≈ 2.6 GB of weights → ≈ 6,150 tokens.
 */
export function kvCacheMaxContext(
  model: AttentionShape,
  memoryBytes: number,
  batch = 1,
  bytesPerElement: number = BYTES_FP16,
  reservedBytes = 0,
): number {
  const where = "kvCacheMaxContext";
  checkSizeArg(batch, "batch", where, 1);
  if (!(memoryBytes >= 0) || !(reservedBytes >= 0) || !Number.isFinite(memoryBytes)) {
    throw new RangeError(`${where}: memory sizes must be finite and ≥ 0`);
  }
  const free = memoryBytes - reservedBytes;
  if (free <= 0) return 0;
  return Math.floor(free / (batch * kvCacheBytesPerToken(model, bytesPerElement)));
}
