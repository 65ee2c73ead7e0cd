/**
 * Cost model of Mamba's selective SSM (DESIGNS.md §k; FACTS.md §1.9, §2.3), as plain numbers.
 *
 * Conventions (DESIGNS.md §k): one multiply-add = 2 FLOPs; exp = 1 FLOP but also reported on its
 * own; forward pass only; D = d_inner = E·d_model. FLOP counts are per layer by default
 * (`scope: "layer"`) or × the model's own layer count (`scope: "model"`; Mamba-2.8B has 64 layers
 * with d_inner 5,120: never the Transformer's 32 × 2,560), and always × batch. State bytes are
 * whole-model; MB = 10⁶ bytes.
 */
import { BYTES_FP16, type MambaShape } from "../facts";
import { checkPositive, checkSizeArg, scopeLayers, type CostScope } from "./common";

/** The parts of a Mamba shape the cost model reads. */
export type SsmShape = Pick<MambaShape, "layers" | "dModel" | "dInner" | "dState" | "dConv">;

export interface SsmFlopOptions {
  /** "layer" (default, DESIGNS.md §k) or "model" (× the model's layer count). */
  scope?: CostScope;
  /**
   * Add the block's projections, 12·d_model² FLOPs per token (E = 2; FACTS.md §1.9), and the
   * causal conv, 2·d_inner·d_conv per token. Default false (the scan alone).
   */
  projections?: boolean;
}

export interface ScanFlopCounts {
  /** FLOPs other than exp: 6 per (t, d, n) (Δ·a, Ā·h, (Δu)·B, +, C·h as a multiply-add) + 3 per (t, d). */
  arithmetic: number;
  /** exp evaluations, one per (t, d, n) for Ā = exp(Δ·a). */
  exps: number;
  /** arithmetic + exps: 7·LDN + 3·LD. */
  total: number;
}

/**
 * FLOPs of one layer's selective scan over L tokens (DESIGNS.md §k), counted per (t, d, n):
 * Δ·a 1, exp 1, Ā·h 1, (Δu)·B 1, + 1, C·h 2 → 6 FLOPs + 1 exp ("7 LDN"); plus per (t, d)
 * Δ·u 1 and the D·u skip 2 → 3LD. Batch 1.
 */
export function selectiveScanFlopCounts(L: number, D: number, N: number): ScanFlopCounts {
  const where = "selectiveScanFlopCounts";
  checkSizeArg(L, "L", where);
  checkSizeArg(D, "D", where);
  checkSizeArg(N, "N", where);
  const exps = L * D * N;
  const arithmetic = 6 * L * D * N + 3 * L * D;
  return { arithmetic, exps, total: arithmetic + exps };
}

/** Mamba block weight FLOPs per token: 2 · 3E·d_model² = 12·d_model² (E = 2; FACTS.md §1.9). */
export function mambaProjectionFlopsPerToken(dModel: number): number {
  return 12 * dModel * dModel;
}

/** Causal depthwise conv FLOPs per token: 2 · d_inner · d_conv (DESIGNS.md §k). */
export function mambaConvFlopsPerToken(dInner: number, dConv: number): number {
  return 2 * dInner * dConv;
}

function perTokenExtras(model: SsmShape, projections: boolean | undefined): number {
  if (!projections) return 0;
  return (
    mambaProjectionFlopsPerToken(model.dModel) + mambaConvFlopsPerToken(model.dInner, model.dConv)
  );
}

function checkShape(model: SsmShape, where: string): void {
  checkPositive(model.dInner, "dInner", where);
  checkPositive(model.dState, "dState", where);
}

/**
 * Prefill FLOPs of the SSM over L tokens, per layer: 7·L·D·N + 3·L·D (D = d_inner, N = d_state);
 * with projections add L·(12·d_model² + 2·d_inner·d_conv). Then × layers (scope "model") and
 * × batch. Linear in L.
 */
export function ssmPrefillFlops(
  model: SsmShape,
  L: number,
  batch = 1,
  opts: SsmFlopOptions = {},
): number {
  const where = "ssmPrefillFlops";
  checkShape(model, where);
  checkSizeArg(batch, "batch", where);
  const scan = selectiveScanFlopCounts(L, model.dInner, model.dState).total;
  return (
    batch * scopeLayers(model, opts.scope) * (scan + L * perTokenExtras(model, opts.projections))
  );
}

/**
 * FLOPs to decode one token, per layer: 7·D·N + 3·D (+ 12·d_model² + 2·d_inner·d_conv with
 * projections), independent of the context length. × layers (scope "model") and × batch.
 */
export function ssmDecodeFlops(model: SsmShape, batch = 1, opts: SsmFlopOptions = {}): number {
  return ssmPrefillFlops(model, 1, batch, opts);
}

export interface SsmStateValues {
  /** layers · d_inner · N (the `ssm_state` of every layer). */
  ssm: number;
  /** layers · d_inner · d_conv (the `conv_state` of every layer). */
  conv: number;
  total: number;
}

/**
 * Values in the recurrent state of one sequence (FACTS.md §1.9, §8; reference cache shapes
 * `ssm_state (B, d_inner, N)` and `conv_state (B, d_inner, d_conv)`), independent of L.
 * Mamba-2.8B: 5.24M + 1.31M.
 */
export function ssmStateValues(model: SsmShape): SsmStateValues {
  checkShape(model, "ssmStateValues");
  checkSizeArg(model.layers, "layers", "ssmStateValues");
  const ssm = model.layers * model.dInner * model.dState;
  const conv = model.layers * model.dInner * model.dConv;
  return { ssm, conv, total: ssm + conv };
}

/**
 * Bytes of the whole model's recurrent state: batch · layers · d_inner · (N + d_conv) · bytes
 * (without the conv state if `includeConv` is false). Independent of L.
 * Mamba-2.8B at 2 bytes per value: 13.1 MB (FACTS.md §8).
 */
export function ssmStateBytes(
  model: SsmShape,
  batch = 1,
  bytesPerElement: number = BYTES_FP16,
  includeConv = true,
): number {
  checkSizeArg(batch, "batch", "ssmStateBytes");
  checkPositive(bytesPerElement, "bytesPerElement", "ssmStateBytes");
  const v = ssmStateValues(model);
  return batch * (includeConv ? v.total : v.ssm) * bytesPerElement;
}
