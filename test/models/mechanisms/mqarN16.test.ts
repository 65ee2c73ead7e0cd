// DESIGNS §e: the row N = 16 (seeded unit-vector codes), ±3 points at 400 sequences per point,
// sequences for `pairs` = p from seed p (as mqar.test.ts). DESIGNS' own FNV/mulberry codes gave
// 99.9, 99.3, 94.8, 80.6 and 57.7% at 4, 8, 16, 32 and 64 pairs, within 1.5 points of the row.
import { describe, expect, it } from "vitest";
import { mqarAccuracy, mqarInstances } from "../../../src/models";

const PAIRS = [1, 2, 4, 8, 16, 24, 32, 48, 64];
const N16 = [100, 100, 99.8, 99.2, 94.8, 87.0, 80.3, 67.0, 57.0];

describe("accuracy against the number of pairs, N = 16", { timeout: 30_000 }, () => {
  it("follows §e's row within ±3 points", () => {
    PAIRS.forEach((pairs, i) => {
      const acc = mqarAccuracy(mqarInstances({ pairs }, 400, pairs), 16);
      expect(Math.abs(100 * acc - N16[i])).toBeLessThanOrEqual(3);
    });
  });
});
