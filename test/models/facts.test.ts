import { describe, expect, it } from "vitest";
import { facts } from "../../src/models";

const {
  A100_40GB,
  A100_80GB_PCIE,
  A100_80GB_SXM,
  A100_MEMORY_PYRAMID,
  GPUS,
  H100_SXM,
  MAMBA_1_4B,
  MAMBA_2_8B,
  MAMBA_370M,
  TRANSFORMER_1_3B,
  TRANSFORMER_2_7B,
  V100,
} = facts;

describe("units", () => {
  it("are SI for memory (GB = 10⁹ bytes), with KiB only where a source uses it", () => {
    expect([facts.KB, facts.MB, facts.GB, facts.TB]).toEqual([1e3, 1e6, 1e9, 1e12]);
    expect(facts.KIB).toBe(1024);
    expect([facts.BYTES_FP16, facts.BYTES_FP32]).toEqual([2, 4]);
  });
});

describe("model shapes (FACTS §2.3, §7, §8)", () => {
  it("give the Transformers' layers × width", () => {
    expect([TRANSFORMER_2_7B.layers, TRANSFORMER_2_7B.dModel]).toEqual([32, 2560]);
    expect((TRANSFORMER_2_7B.heads ?? 0) * (TRANSFORMER_2_7B.dHead ?? 0)).toBe(2560); // 32 × 80
    expect([TRANSFORMER_1_3B.layers, TRANSFORMER_1_3B.dModel]).toEqual([24, 2048]);
  });

  it("give the Mamba models' layers, d_model, d_inner = 2·d_model, N 16 and d_conv 4", () => {
    const rows = [
      [MAMBA_2_8B, 64, 2560, 5120],
      [MAMBA_1_4B, 48, 2048, 4096],
      [MAMBA_370M, 48, 1024, 2048],
    ] as const;
    for (const [m, layers, dModel, dInner] of rows) {
      expect([m.layers, m.dModel, m.dInner, m.dState, m.dConv]).toEqual([
        layers,
        dModel,
        dInner,
        16,
        4,
      ]);
      expect(m.dInner).toBe(facts.MAMBA_EXPAND * m.dModel);
    }
  });

  it("pin the benchmark settings of FACTS §2.10 and the 2K context of §7", () => {
    expect(facts.GPT3_CONTEXT_TOKENS).toBe(2048);
    expect(facts.FIG8_PROMPT_TOKENS + facts.FIG8_GENERATED_TOKENS).toBe(2176);
    expect(facts.SCAN_BENCHMARK).toEqual({ batch: 1, D: 1024, N: 16, bytesPerElement: 2 });
  });
});

describe("GPU facts (FACTS §6)", () => {
  it("have the table's SMs, FP32 cores, shared memory, HBM and throughput", () => {
    const row = (g: facts.GpuSpec) => [
      g.sms,
      g.sms * g.fp32CoresPerSm,
      g.l1SharedPerSmKiB,
      g.maxSharedPerSmKiB,
      g.hbmBytes,
      g.hbmBytesPerSecond,
      g.peakFlops,
    ];
    expect(row(V100)).toEqual([80, 5120, 128, 96, 16e9, 900e9, 125e12]);
    expect(row(A100_40GB)).toEqual([108, 6912, 192, 164, 40e9, 1555e9, 312e12]);
    expect(row(A100_80GB_PCIE)).toEqual([108, 6912, 192, 164, 80e9, 1935e9, 312e12]);
    expect(row(A100_80GB_SXM)).toEqual([108, 6912, 192, 164, 80e9, 2039e9, 312e12]);
    expect(row(H100_SXM)).toEqual([132, 16896, 256, 228, 80e9, 3.35e12, 989e12]);
    for (const g of GPUS) expect(g.maxSharedPerSmBytes).toBe(g.maxSharedPerSmKiB * 1024);
  });

  it("mark H100's throughput and bandwidth, and the A100 80 GB bandwidths, as hedged", () => {
    expect([...H100_SXM.hedged].sort()).toEqual(["hbmBytesPerSecond", "peakFlops"]);
    expect(A100_80GB_PCIE.hedged).toContain("hbmBytesPerSecond");
    expect(A100_80GB_SXM.hedged).toContain("hbmBytesPerSecond");
    expect(A100_40GB.hedged).toEqual([]);
  });

  it("reproduce FACTS §6's derived numbers", () => {
    // 164 KB (KiB) per SM × 108 SMs ≈ 18 MB; ≈ 21 MB counting the full 192 KB.
    expect(Math.round((A100_40GB.sms * A100_40GB.maxSharedPerSmBytes) / 1e6)).toBe(18);
    expect(Math.round((A100_40GB.sms * A100_40GB.l1SharedPerSmKiB * 1024) / 1e6)).toBe(21);
    // 40 GB / 164 KB ≈ 2.4×10⁵; 40 GB / ~20 MB ≈ 2×10³.
    const perSm = A100_40GB.hbmBytes / A100_40GB.maxSharedPerSmBytes;
    expect(perSm / 1e5).toBeCloseTo(2.4, 1);
    expect(A100_MEMORY_PYRAMID.hbmBytes / A100_MEMORY_PYRAMID.sramBytes).toBe(2000);
    // FlashAttention's pyramid: SRAM 19 TB/s, HBM 1.5 TB/s, CPU DRAM 12.8 GB/s.
    expect(A100_MEMORY_PYRAMID.sramBytesPerSecond).toBe(19e12);
    expect(A100_MEMORY_PYRAMID.hbmBytesPerSecond).toBe(1.5e12);
    expect(A100_MEMORY_PYRAMID.cpuDramBytesPerSecond).toBe(12.8e9);
  });
});
