// DESIGNS §e: the wide rows. N = 32 at 16, 32, 48 and 64 pairs (the points that are not a flat
// 100%), ±3 points at 400 sequences (seed = pairs, as in mqar.test.ts); N = 64 (one-hot for all 64
// keys) exact at 64 pairs (a statement, so 100 sequences suffice).
import { describe, expect, it } from "vitest";
import { mqarAccuracy, mqarInstances } from "../../../src/models";

describe("the wide rows of §e's table", { timeout: 30_000 }, () => {
  it("N = 32: 99.5, 95.9, 89.3 and 81.8% at 16, 32, 48 and 64 pairs", () => {
    for (const [pairs, want] of [
      [16, 99.5],
      [32, 95.9],
      [48, 89.3],
      [64, 81.8],
    ]) {
      const acc = mqarAccuracy(mqarInstances({ pairs }, 400, pairs), 32);
      expect(Math.abs(100 * acc - want)).toBeLessThanOrEqual(3);
    }
  });

  it("N = 64 (one-hot): 100% at 64 pairs", () => {
    expect(mqarAccuracy(mqarInstances({ pairs: 64 }, 100, 64), 64)).toBe(1);
  });
});
