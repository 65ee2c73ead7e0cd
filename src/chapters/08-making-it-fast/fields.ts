import { SIGNAL_KINDS } from "../../models";
import { dimField } from "../../sizes";
import { bool, choice, type ParamsOf } from "../../state/fields";
import { GPU_IDS } from "./gpus";

export const VIEW_ID = "making-it-fast";
export const MEMORY_ID = "making-it-fast/memory";
export const BYTES_ID = "making-it-fast/bytes-moved";
export const RECOMPUTE_ID = "making-it-fast/recompute";
export const SCAN_ID = "making-it-fast/parallel-scan";

/** Bytes per element of inputs and outputs: bf16/fp16 or fp32 (DESIGNS §h, §k). */
export const BYTE_WIDTHS = ["2", "4"] as const;

/**
 * The chapter's shareable settings (URL keys in the first argument). The bytes-moved and recompute
 * figures have the same sizes in src/sizes.ts, so they share one shape: the reader's B, L, D, N
 * carry over from one to the other.
 */
export const fields = {
  gpu: choice("gpu", { def: "a100-40", options: GPU_IDS }),
  B: dimField(BYTES_ID, "batch", "B"),
  L: dimField(BYTES_ID, "L", "L"),
  D: dimField(BYTES_ID, "D", "D"),
  N: dimField(BYTES_ID, "N", "N"),
  bytes: choice("by", { def: "2", options: BYTE_WIDTHS }),
  fp32: bool("f32", { def: false }),
  n: dimField(SCAN_ID, "L", "n"),
  input: choice("in", { def: "noise", options: SIGNAL_KINDS }),
};

export type FastParams = ParamsOf<typeof fields>;
