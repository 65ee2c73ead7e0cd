import { describe, expect, it } from "vitest";
import { memoryLayout } from "../../../src/viz/memory/memoryLayout";

const A100 = {
  sms: 108,
  sharedPerSmBytes: 164 * 1024,
  sharedTotalBytes: 108 * 164 * 1024,
  hbmBytes: 40e9,
};

describe("memoryLayout", () => {
  it("draws one cell per SM, in about six rows, inside the chip", () => {
    for (const w of [330, 540]) {
      const lay = memoryLayout(A100, w);
      expect(lay.cells).toHaveLength(108);
      expect(lay.rows).toBe(6);
      for (const c of lay.cells) {
        expect(c.x).toBeGreaterThanOrEqual(lay.chip.x);
        expect(c.x + c.w).toBeLessThanOrEqual(lay.chip.x + lay.chip.w);
        expect(c.y + c.h).toBeLessThanOrEqual(lay.chip.y + lay.chip.h);
      }
      // The inset stays inside the chip and clear of the grid.
      expect(lay.inset.x + lay.inset.w).toBeLessThanOrEqual(lay.chip.x + lay.chip.w);
      expect(lay.inset.y + lay.inset.h).toBeLessThanOrEqual(lay.chip.y + lay.chip.h);
      expect(lay.heightPx).toBeGreaterThan(lay.axisY);
    }
    expect(memoryLayout(A100, 540).isInsetBeside).toBe(true);
    expect(memoryLayout(A100, 330).isInsetBeside).toBe(false);
  });

  it("puts capacities on a log axis: equal ratios are equal distances", () => {
    const lay = memoryLayout(A100, 540);
    const [sm, chip, hbm] = lay.bars;
    const px = (b: number) => lay.x(b);
    // ×108 from one SM to the chip, ×2,205 from the chip to HBM: distances ∝ log of the ratios.
    const d1 = px(chip.bytes) - px(sm.bytes);
    const d2 = px(hbm.bytes) - px(chip.bytes);
    expect(d2 / d1).toBeCloseTo(Math.log(40e9 / A100.sharedTotalBytes) / Math.log(108), 9);
    expect(sm.w).toBeLessThan(chip.w);
    expect(chip.w).toBeLessThan(hbm.w);
    expect(lay.x.domain()[0]).toBeLessThanOrEqual(sm.bytes);
    expect(lay.x.domain()[1]).toBeGreaterThanOrEqual(hbm.bytes);
    expect(lay.ticks.map((t) => t.bytes)).toEqual([1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11]);
  });
});
