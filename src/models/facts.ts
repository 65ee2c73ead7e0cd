/**
 * Model shapes and hardware constants the cost models use, each with its FACTS.md section.
 * Only numbers present in FACTS.md; a value FACTS derives (d_inner = E·d_model) says so.
 *
 * Units: memory in bytes, counted in SI units (kB = 10³, MB = 10⁶, GB = 10⁹ bytes; FACTS.md
 * "Units"), bandwidth in bytes per second, throughput in FLOP/s. NVIDIA's "KB" of shared memory
 * means KiB (1,024 bytes): those values keep the source's figure in a `…KiB` field beside the bytes.
 */

/** SI memory units (FACTS.md "Units"; DESIGNS.md §k). */
export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;
export const TB = 1e12;
/** Binary unit, only where a source uses it (NVIDIA's shared-memory "KB"). */
export const KIB = 1024;

/** Bytes per element: fp16/bf16 (the default everywhere) and fp32 (DESIGNS.md §k). */
export const BYTES_FP16 = 2;
export const BYTES_FP32 = 4;

/** A Transformer's shape: layer count and model width d (= n_heads·d_head). */
export interface TransformerShape {
  readonly name: string;
  readonly layers: number;
  readonly dModel: number;
  readonly heads?: number;
  readonly dHead?: number;
}

/** A Mamba model's shape: d_inner = E·d_model, N = d_state, causal conv width d_conv. */
export interface MambaShape {
  readonly name: string;
  readonly layers: number;
  readonly dModel: number;
  readonly dInner: number;
  readonly dState: number;
  readonly dConv: number;
}

/** Mamba's block expansion factor E (FACTS.md §0, §2.3). */
export const MAMBA_EXPAND = 2;
/** Mamba-1 default state size N (FACTS.md §0). */
export const MAMBA_D_STATE = 16;
/** Short causal depthwise conv width, d_conv = 4 (FACTS.md §2.3). */
export const MAMBA_D_CONV = 4;

/** GPT-3 2.7B: 32 layers, d_model 2,560, 32 heads × 80 (FACTS.md §7, GPT-3 Table 2.1; §8). */
export const TRANSFORMER_2_7B: TransformerShape = {
  name: "Transformer 2.7B (GPT-3 shape)",
  layers: 32,
  dModel: 2560,
  heads: 32,
  dHead: 80,
};

/**
 * GPT-3-style 1.3B: 24 layers × 2,048 (FACTS.md §8; the shape §2.10 uses for Fig. 8's 1.3B
 * baseline, whose own shape the Mamba paper does not give).
 */
export const TRANSFORMER_1_3B: TransformerShape = {
  name: "Transformer 1.3B (GPT-3-style shape)",
  layers: 24,
  dModel: 2048,
};

/** Mamba-2.8B: 64 layers × 2,560, d_inner 5,120, N 16, d_conv 4 (FACTS.md §2.3, §8, §1.9). */
export const MAMBA_2_8B: MambaShape = {
  name: "Mamba-2.8B",
  layers: 64,
  dModel: 2560,
  dInner: 5120,
  dState: MAMBA_D_STATE,
  dConv: MAMBA_D_CONV,
};

/** Mamba-1.4B: 48 layers × 2,048, d_inner 4,096, N 16, d_conv 4 (FACTS.md §2.3, §8). */
export const MAMBA_1_4B: MambaShape = {
  name: "Mamba-1.4B",
  layers: 48,
  dModel: 2048,
  dInner: 4096,
  dState: MAMBA_D_STATE,
  dConv: MAMBA_D_CONV,
};

/**
 * Mamba-370M: 48 layers × 1,024 (FACTS.md §2.3, repo README); d_inner = E·d_model = 2,048 (derived,
 * E = 2, FACTS.md §0); N 16, d_conv 4. The 48-layer stack of `remixing/hybrid-builder`.
 */
export const MAMBA_370M: MambaShape = {
  name: "Mamba-370M",
  layers: 48,
  dModel: 1024,
  dInner: MAMBA_EXPAND * 1024,
  dState: MAMBA_D_STATE,
  dConv: MAMBA_D_CONV,
};

/** GPT-3's context window n_ctx = 2,048 tokens, the "2K" pin (FACTS.md §7). */
export const GPT3_CONTEXT_TOKENS = 2048;

/** Fig. 8 (right) end-to-end inference: prompt 2,048, generate 128 (FACTS.md §2.10). */
export const FIG8_PROMPT_TOKENS = 2048;
export const FIG8_GENERATED_TOKENS = 128;

/**
 * The scan-kernel benchmark shape of Fig. 8 (left): batch 1, D = 1,024, N = 16, BF16, on an A100
 * 80GB PCIe (FACTS.md §2.10).
 */
export const SCAN_BENCHMARK = { batch: 1, D: 1024, N: 16, bytesPerElement: BYTES_FP16 } as const;

export interface GpuSpec {
  readonly name: string;
  readonly sms: number;
  readonly fp32CoresPerSm: number;
  /** Combined on-chip L1 + shared memory per SM, as the source writes it ("KB" = KiB). */
  readonly l1SharedPerSmKiB: number;
  /** Maximum shared memory per SM, as the source writes it ("KB" = KiB). */
  readonly maxSharedPerSmKiB: number;
  /** The same, in bytes. */
  readonly maxSharedPerSmBytes: number;
  /** HBM capacity in bytes (SI). */
  readonly hbmBytes: number;
  /** HBM bandwidth in bytes per second (SI). */
  readonly hbmBytesPerSecond: number;
  /** Dense FP16/BF16 tensor throughput, FLOP/s. */
  readonly peakFlops: number;
  /** Fields whose values FACTS.md marks as secondary or unverified (§6, §9): say so when shown. */
  readonly hedged: readonly (keyof GpuSpec)[];
}

/**
 * NVIDIA V100 (FACTS.md §6): 80 SMs × 64 FP32 cores, 128 KB L1 + shared, up to 96 KB shared per
 * SM, 16 GB HBM2 at 900 GB/s (a 32 GB card also exists), 125 TFLOPS FP16 tensor (SXM2; no BF16).
 */
export const V100: GpuSpec = {
  name: "V100 (16 GB)",
  sms: 80,
  fp32CoresPerSm: 64,
  l1SharedPerSmKiB: 128,
  maxSharedPerSmKiB: 96,
  maxSharedPerSmBytes: 96 * KIB,
  hbmBytes: 16 * GB,
  hbmBytesPerSecond: 900 * GB,
  peakFlops: 125 * TB,
  hedged: [],
};

/**
 * NVIDIA A100 40 GB (FACTS.md §6): 108 SMs × 64 FP32 cores, 192 KB L1 + shared, up to 164 KB shared
 * per SM, 40 GB HBM2 at 1,555 GB/s, 312 TFLOPS dense FP16/BF16.
 */
export const A100_40GB: GpuSpec = {
  name: "A100 40 GB",
  sms: 108,
  fp32CoresPerSm: 64,
  l1SharedPerSmKiB: 192,
  maxSharedPerSmKiB: 164,
  maxSharedPerSmBytes: 164 * KIB,
  hbmBytes: 40 * GB,
  hbmBytesPerSecond: 1555 * GB,
  peakFlops: 312 * TB,
  hedged: [],
};

/**
 * NVIDIA A100 80 GB PCIe, the card of every Mamba benchmark (FACTS.md §2.10, §6): as the A100 40 GB
 * but 80 GB HBM2e at 1,935 GB/s (bandwidth from secondary spec tables).
 */
export const A100_80GB_PCIE: GpuSpec = {
  ...A100_40GB,
  name: "A100 80 GB PCIe",
  hbmBytes: 80 * GB,
  hbmBytesPerSecond: 1935 * GB,
  hedged: ["hbmBytesPerSecond"],
};

/** NVIDIA A100 80 GB SXM (FACTS.md §6): 80 GB HBM2e at 2,039 GB/s (secondary spec tables). */
export const A100_80GB_SXM: GpuSpec = {
  ...A100_80GB_PCIE,
  name: "A100 80 GB SXM",
  hbmBytesPerSecond: 2039 * GB,
};

/**
 * NVIDIA H100 SXM5 (FACTS.md §6): 132 SMs × 128 FP32 cores, 256 KB L1 + shared, up to 228 KB shared
 * per SM, 80 GB HBM3. 3.35 TB/s (datasheet, secondary) and 989 TFLOPS dense BF16 (unverified) are
 * hedged (FACTS.md §9).
 */
export const H100_SXM: GpuSpec = {
  name: "H100 SXM5",
  sms: 132,
  fp32CoresPerSm: 128,
  l1SharedPerSmKiB: 256,
  maxSharedPerSmKiB: 228,
  maxSharedPerSmBytes: 228 * KIB,
  hbmBytes: 80 * GB,
  hbmBytesPerSecond: 3.35e12,
  peakFlops: 989 * TB,
  hedged: ["hbmBytesPerSecond", "peakFlops"],
};

/** All GPUs above, in generation order. */
export const GPUS: readonly GpuSpec[] = [V100, A100_40GB, A100_80GB_PCIE, A100_80GB_SXM, H100_SXM];

/**
 * The A100 memory pyramid of FlashAttention (2205.14135) Fig. 1 (FACTS.md §6): SRAM 19 TB/s
 * (20 MB total), HBM 1.5 TB/s (40 GB), CPU DRAM 12.8 GB/s (> 1 TB).
 */
export const A100_MEMORY_PYRAMID = {
  sramBytesPerSecond: 19 * TB,
  sramBytes: 20 * MB,
  hbmBytesPerSecond: 1.5 * TB,
  hbmBytes: 40 * GB,
  cpuDramBytesPerSecond: 12.8e9,
} as const;
