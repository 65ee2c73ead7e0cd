/**
 * The on-chip against off-chip memory of a GPU (FACTS.md §6; EPISODE Ch. 8's correction): shared
 * memory is per streaming multiprocessor (SM), so the chip's SRAM is SMs × the per-SM figure, and
 * HBM is about 2,000× larger than all of it (A100 40 GB), not 10⁵×, which is HBM against one SM.
 *
 * Bytes: the per-SM figures are NVIDIA's "KB", which means KiB (1,024 bytes); totals and HBM are in
 * bytes, reported in SI units by the views.
 */
import type { GpuSpec } from "../facts";
import { KIB } from "../facts";
import { checkPositive, checkSizeArg } from "./common";

export interface MemoryHierarchy {
  gpu: GpuSpec;
  sms: number;
  /** sms × FP32 cores per SM (6,912 on an A100). */
  fp32Cores: number;
  /** The most shared memory one SM can have, bytes (164 KiB on an A100). */
  sharedPerSmBytes: number;
  /** One SM's combined L1 + shared memory, bytes (192 KiB on an A100). */
  l1SharedPerSmBytes: number;
  /** sms × sharedPerSmBytes: the chip's shared memory (≈ 18.1 MB on an A100). */
  sharedTotalBytes: number;
  /** sms × l1SharedPerSmBytes (≈ 21.2 MB on an A100). */
  l1SharedTotalBytes: number;
  hbmBytes: number;
  hbmBytesPerSecond: number;
  /** hbmBytes / sharedTotalBytes: HBM against all the chip's shared memory (≈ 2,205 on an A100 40 GB). */
  hbmOverSharedTotal: number;
  /** hbmBytes / sharedPerSmBytes: HBM against one SM's (≈ 2.4·10⁵, the "five orders of magnitude"). */
  hbmOverSharedPerSm: number;
}

/**
 * The memory hierarchy of `gpu`:
 *   shared total = SMs × max shared per SM,   L1 + shared total = SMs × (L1 + shared) per SM,
 *   HBM / shared total and HBM / one SM's shared memory.
 */
export function memoryHierarchy(gpu: GpuSpec): MemoryHierarchy {
  const where = "memoryHierarchy";
  checkSizeArg(gpu.sms, "sms", where, 1);
  checkSizeArg(gpu.fp32CoresPerSm, "fp32CoresPerSm", where, 1);
  checkPositive(gpu.maxSharedPerSmBytes, "maxSharedPerSmBytes", where);
  checkPositive(gpu.l1SharedPerSmKiB, "l1SharedPerSmKiB", where);
  checkPositive(gpu.hbmBytes, "hbmBytes", where);
  checkPositive(gpu.hbmBytesPerSecond, "hbmBytesPerSecond", where);
  const sharedPerSmBytes = gpu.maxSharedPerSmBytes;
  const l1SharedPerSmBytes = gpu.l1SharedPerSmKiB * KIB;
  const sharedTotalBytes = gpu.sms * sharedPerSmBytes;
  return {
    gpu,
    sms: gpu.sms,
    fp32Cores: gpu.sms * gpu.fp32CoresPerSm,
    sharedPerSmBytes,
    l1SharedPerSmBytes,
    sharedTotalBytes,
    l1SharedTotalBytes: gpu.sms * l1SharedPerSmBytes,
    hbmBytes: gpu.hbmBytes,
    hbmBytesPerSecond: gpu.hbmBytesPerSecond,
    hbmOverSharedTotal: gpu.hbmBytes / sharedTotalBytes,
    hbmOverSharedPerSm: gpu.hbmBytes / sharedPerSmBytes,
  };
}
