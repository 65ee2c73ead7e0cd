import { describe, expect, it } from "vitest";
import { facts, memoryHierarchy } from "../../../src/models";

describe("the memory hierarchy of a GPU (FACTS §6)", () => {
  it("puts 164 KiB of shared memory on each of the A100's 108 SMs, ≈ 18 MB in all (≈ 21 MB with L1)", () => {
    const m = memoryHierarchy(facts.A100_40GB);
    expect(m.sms).toBe(108);
    expect(m.fp32Cores).toBe(6912);
    expect(m.sharedPerSmBytes).toBe(164 * 1024);
    expect(m.sharedTotalBytes).toBe(108 * 164 * 1024);
    expect(Math.round(m.sharedTotalBytes / 1e6)).toBe(18);
    expect(Math.round(m.l1SharedTotalBytes / 1e6)).toBe(21);
  });

  it("makes HBM ≈ 2×10³ times all the shared memory but ≈ 2.4×10⁵ times one SM's (the correction)", () => {
    const m = memoryHierarchy(facts.A100_40GB);
    // FACTS §6: 40 GB / ~20 MB ≈ 2×10³ chip-wide; 40 GB / 164 KB ≈ 2.4×10⁵.
    expect(m.hbmOverSharedTotal).toBeGreaterThan(1.9e3);
    expect(m.hbmOverSharedTotal).toBeLessThan(2.3e3);
    expect(Number(m.hbmOverSharedPerSm.toPrecision(2))).toBe(2.4e5);
    // The ratio against one SM is exactly the SM count times the chip-wide one.
    expect(m.hbmOverSharedPerSm / m.hbmOverSharedTotal).toBeCloseTo(108, 10);
  });

  it("follows each GPU's own numbers (V100 96 KB × 80, H100 228 KB × 132)", () => {
    const v = memoryHierarchy(facts.V100);
    expect(v.sharedTotalBytes).toBe(80 * 96 * 1024);
    expect(v.fp32Cores).toBe(5120);
    const h = memoryHierarchy(facts.H100_SXM);
    expect(h.sharedTotalBytes).toBe(132 * 228 * 1024);
    expect(h.fp32Cores).toBe(16896);
    expect(h.hbmBytes).toBe(80e9);
    for (const gpu of facts.GPUS) {
      const m = memoryHierarchy(gpu);
      expect(m.l1SharedPerSmBytes).toBeGreaterThanOrEqual(m.sharedPerSmBytes);
      expect(m.hbmOverSharedTotal).toBeGreaterThan(500);
    }
  });

  it("rejects a GPU without SMs", () => {
    expect(() => memoryHierarchy({ ...facts.A100_40GB, sms: 0 })).toThrow(RangeError);
  });
});
