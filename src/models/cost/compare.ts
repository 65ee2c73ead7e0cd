/**
 * Attention against the SSM: where their costs cross, and the cost of a hybrid stack
 * (DESIGNS.md §k, §j; FACTS.md §1.8, §1.9, §8). Each model keeps its own shape from facts.ts.
 */
import { BYTES_FP16, type MambaShape } from "../facts";
import {
  attentionDecodeFlops,
  attentionPrefillFlops,
  attentionWeightFlopsPerToken,
  kvCacheBytes,
  kvCacheBytesPerToken,
  type AttentionShape,
} from "./attentionCost";
import { checkSizeArg, scopeLayers, type CostScope } from "./common";
import { ssmDecodeFlops, ssmPrefillFlops, ssmStateBytes, type SsmShape } from "./ssmCost";

/**
 * Context length at which the Transformer's KV cache equals the SSM's whole state (conv included):
 *   L× = SSM state bytes / KV bytes per token.
 * Beyond it the KV cache is larger. 2.7B shape against Mamba-2.8B: 40 tokens in fp16 on both
 * sides, 80 with the state in fp32 (FACTS.md §8). A real number, not rounded.
 */
export function kvStateCrossoverTokens(
  transformer: AttentionShape,
  mamba: SsmShape,
  kvBytesPerElement: number = BYTES_FP16,
  stateBytesPerElement: number = BYTES_FP16,
): number {
  return (
    ssmStateBytes(mamba, 1, stateBytesPerElement) /
    kvCacheBytesPerToken(transformer, kvBytesPerElement)
  );
}

export interface CrossoverOptions {
  /** "layer" (default): one layer of each; "model": × each model's own layer count. */
  scope?: CostScope;
  /** Include both models' projections (24d² and 12·d_model² + conv per token). Default false. */
  projections?: boolean;
}

/**
 * Sequence length at which causal attention's prefill FLOPs equal the SSM's (batch cancels):
 *   n_A·(2d·L² + w_A·L) = n_S·s·L  ⇒  L* = (n_S·s − n_A·w_A) / (2d·n_A),
 * with s the SSM's FLOPs per token (7DN + 3D, + projections) and w_A = 24d² with projections, else
 * 0; n_A, n_S the layer counts (1 per layer). Below L* attention is cheaper. 0 if the SSM is never
 * cheaper per token.
 */
export function prefillFlopCrossover(
  transformer: AttentionShape,
  mamba: SsmShape,
  opts: CrossoverOptions = {},
): number {
  const nA = scopeLayers(transformer, opts.scope);
  const d = transformer.dModel;
  const wA = opts.projections ? attentionWeightFlopsPerToken(d) : 0;
  const ssmPerToken = ssmPrefillFlops(mamba, 1, 1, opts);
  return Math.max(0, (ssmPerToken - nA * wA) / (2 * d * nA));
}

/**
 * Context length at which one decoded token costs attention as much as the SSM:
 *   n_A·(4d·L + w_A) = n_S·s  ⇒  L* = (n_S·s − n_A·w_A) / (4d·n_A). 0 if never.
 */
export function decodeFlopCrossover(
  transformer: AttentionShape,
  mamba: SsmShape,
  opts: CrossoverOptions = {},
): number {
  const nA = scopeLayers(transformer, opts.scope);
  const d = transformer.dModel;
  const wA = opts.projections ? attentionWeightFlopsPerToken(d) : 0;
  const ssmPerToken = ssmDecodeFlops(mamba, 1, opts);
  return Math.max(0, (ssmPerToken - nA * wA) / (4 * d * nA));
}

/**
 * A stack of `layers` blocks of which `attentionLayers` are attention layers of width d_model and
 * the rest Mamba blocks (DESIGNS.md §j `remixing/hybrid-builder`: the 48-layer Mamba-370M shape).
 */
export interface HybridStack {
  readonly layers: number;
  readonly attentionLayers: number;
  readonly dModel: number;
  readonly dInner: number;
  readonly dState: number;
  readonly dConv: number;
}

/** The hybrid with `attentionLayers` of a Mamba model's layers replaced by attention. */
export function hybridStack(base: MambaShape, attentionLayers: number): HybridStack {
  const where = "hybridStack";
  checkSizeArg(attentionLayers, "attentionLayers", where);
  if (attentionLayers > base.layers) {
    throw new RangeError(`${where}: ${attentionLayers} attention layers > ${base.layers} layers`);
  }
  const { layers, dModel, dInner, dState, dConv } = base;
  return { layers, attentionLayers, dModel, dInner, dState, dConv };
}

function parts(stack: HybridStack): { attention: AttentionShape; ssm: SsmShape } {
  checkSizeArg(stack.attentionLayers, "attentionLayers", "hybrid stack");
  const ssmLayers = stack.layers - stack.attentionLayers;
  checkSizeArg(ssmLayers, "layers − attentionLayers", "hybrid stack");
  return {
    attention: { layers: stack.attentionLayers, dModel: stack.dModel },
    ssm: { ...stack, layers: ssmLayers },
  };
}

export interface HybridMemory {
  /** KV cache of the attention layers: 2 · n_attn · L · d_model · bytes · batch. */
  kvBytes: number;
  /** State of the Mamba layers: n_ssm · d_inner · (N + d_conv) · bytes · batch. */
  stateBytes: number;
  totalBytes: number;
}

/** Inference memory of a hybrid stack at context L (KV cache + recurrent state; no weights). */
export function hybridMemoryBytes(
  stack: HybridStack,
  L: number,
  batch = 1,
  bytesPerElement: number = BYTES_FP16,
): HybridMemory {
  const { attention, ssm } = parts(stack);
  const kvBytes = kvCacheBytes(attention, L, batch, bytesPerElement);
  const stateBytes = ssmStateBytes(ssm, batch, bytesPerElement);
  return { kvBytes, stateBytes, totalBytes: kvBytes + stateBytes };
}

export interface HybridFlops {
  /** Causal attention cores, ≈ 2L²d each (no projections). */
  attentionFlops: number;
  /** Selective scans, 7LDN + 3LD each (no projections). */
  ssmFlops: number;
  totalFlops: number;
}

/**
 * Prefill FLOPs of a hybrid stack, attention cores and scans only: the page compares the
 * sequence-mixing cost, and FACTS.md gives no composition of a hybrid's attention block.
 */
export function hybridPrefillFlops(stack: HybridStack, L: number, batch = 1): HybridFlops {
  const { attention, ssm } = parts(stack);
  const attentionFlops = attentionPrefillFlops(attention, L, batch, { scope: "model" });
  const ssmFlops = ssmPrefillFlops(ssm, L, batch, { scope: "model" });
  return { attentionFlops, ssmFlops, totalFlops: attentionFlops + ssmFlops };
}

/** FLOPs to decode one token at context L through a hybrid stack (cores and scans only). */
export function hybridDecodeFlops(stack: HybridStack, L: number, batch = 1): HybridFlops {
  const { attention, ssm } = parts(stack);
  const attentionFlops = attentionDecodeFlops(attention, L, batch, { scope: "model" });
  const ssmFlops = ssmDecodeFlops(ssm, batch, { scope: "model" });
  return { attentionFlops, ssmFlops, totalFlops: attentionFlops + ssmFlops };
}
