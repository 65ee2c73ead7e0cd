import { facts, type GpuSpec } from "../../models";

export const GPU_IDS = ["v100", "a100-40", "a100-80-pcie", "a100-80-sxm", "h100"] as const;
export type GpuId = (typeof GPU_IDS)[number];

/** The GPUs of FACTS.md §6, by URL id. */
export const GPU_BY_ID: Record<GpuId, GpuSpec> = {
  v100: facts.V100,
  "a100-40": facts.A100_40GB,
  "a100-80-pcie": facts.A100_80GB_PCIE,
  "a100-80-sxm": facts.A100_80GB_SXM,
  h100: facts.H100_SXM,
};

export const GPU_LABEL: Record<GpuId, string> = {
  v100: "V100 16 GB",
  "a100-40": "A100 40 GB (the episode's card)",
  "a100-80-pcie": "A100 80 GB PCIe (Mamba's benchmarks)",
  "a100-80-sxm": "A100 80 GB SXM",
  h100: "H100 SXM5",
};

/** Whether a GPU's HBM bandwidth comes from secondary sources only (FACTS.md §6, §9). */
export function isBandwidthHedged(gpu: GpuSpec): boolean {
  return gpu.hedged.includes("hbmBytesPerSecond");
}

export const GPU_OPTIONS = GPU_IDS.map((id) => ({ value: id, label: GPU_LABEL[id] }));
