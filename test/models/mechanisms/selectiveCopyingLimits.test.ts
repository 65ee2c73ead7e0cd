// DESIGNS §c, the cells that are not a flat 100%: Δ_data = 1 at N = 16 (≥ 99.9%), the "over
// capacity" preset N < k (±1 point of the table), the long body L = 256, and the statements that
// hold at Δ = 10 in any float64 build. 2,000 instances per cell, seed 1 (L = 64 unless stated).
import { describe, expect, it } from "vitest";
import {
  buildCopySolver,
  copySolverAccuracy,
  selectiveCopyingInstances,
} from "../../../src/models";

const k8 = selectiveCopyingInstances({ L: 64, k: 8 }, 2000, 1);

describe("selective copying at its limits", { timeout: 30_000 }, () => {
  it("k = 8, N = 16, Δ_data = 1: at least 99.9%", () => {
    const acc = copySolverAccuracy(buildCopySolver({ k: 8, N: 16, deltaData: 1 }), k8);
    expect(acc.overall).toBeGreaterThanOrEqual(0.999);
  });

  it("over capacity (k = 8, N = 4): 67.8% at Δ = 0.5 and 65.2% at Δ = 1, ±1 point", () => {
    const a = copySolverAccuracy(buildCopySolver({ k: 8, N: 4, deltaData: 0.5 }), k8);
    const b = copySolverAccuracy(buildCopySolver({ k: 8, N: 4, deltaData: 1 }), k8);
    expect(Math.abs(a.overall - 0.678)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(b.overall - 0.652)).toBeLessThanOrEqual(0.01);
    // The newest token always fits: the last recall step stays exact.
    expect(a.perStep[7]).toBe(1);
  });

  it("Δ_data = 10 erases the past: below 50% overall, the oldest token at or below 15%, the newest at 100%", () => {
    const acc = copySolverAccuracy(buildCopySolver({ k: 8, N: 16, deltaData: 10 }), k8);
    expect(acc.overall).toBeLessThan(0.5);
    expect(acc.perStep[0]).toBeLessThanOrEqual(0.15);
    expect(acc.perStep[7]).toBe(1);
  });

  it("k = 4, N = 8 stays at 100% up to Δ_data = 4", () => {
    const k4 = selectiveCopyingInstances({ L: 64, k: 4 }, 2000, 1);
    expect(copySolverAccuracy(buildCopySolver({ k: 4, N: 8, deltaData: 4 }), k4).overall).toBe(1);
  });

  it("k = 8, N = 16, Δ = 0.5 is still 100% at L = 256 (1,000 instances)", () => {
    const long = selectiveCopyingInstances({ L: 256, k: 8 }, 1000, 1);
    expect(copySolverAccuracy(buildCopySolver({ k: 8, N: 16 }), long).overall).toBe(1);
  });
});
