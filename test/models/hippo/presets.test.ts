import { describe, expect, it } from "vitest";
import {
  HIPPO_SIGNAL_LIMIT,
  HIPPO_SIGNALS,
  hippoSignal,
  hippoTestSignal,
  rmse,
} from "../../../src/models";

const L = 2000;

describe("the HiPPO compressor's preset signals", () => {
  it("test is DESIGNS §g's signal", () => {
    expect(Array.from(hippoSignal("test", L))).toEqual(Array.from(hippoTestSignal(L)));
  });

  it("step is 0 before s = ½ and 1 from it on (s_k = k/L)", () => {
    const f = hippoSignal("step", L);
    expect(f[L / 2 - 2]).toBe(0); // k = 999, s < ½
    expect(f[L / 2 - 1]).toBe(1); // k = 1000, s = ½
    expect(f.reduce((a, b) => a + b, 0)).toBe(L / 2 + 1);
  });

  it("chirp is sin 2π(2s + 6s²): 2 + 6 = 8 whole cycles over (0, 1], zero at s = 1", () => {
    const f = hippoSignal("chirp", L);
    const s = 0.3;
    expect(f[0.3 * L - 1]).toBeCloseTo(Math.sin(2 * Math.PI * (2 * s + 6 * s * s)), 12);
    expect(f[L - 1]).toBeCloseTo(0, 9);
    // Zero crossings: the phase 2(2s + 6s²) runs from ≈0 to 16 half-turns.
    let crossings = 0;
    for (let j = 1; j < L; j++) if (Math.sign(f[j]) !== Math.sign(f[j - 1])) crossings++;
    expect(crossings).toBeGreaterThanOrEqual(15);
    expect(crossings).toBeLessThanOrEqual(16);
  });

  it("noise is seeded, about 0.5 RMS with zero mean, and within the drawing limit", () => {
    const a = hippoSignal("noise", L, 7);
    expect(Array.from(hippoSignal("noise", L, 7))).toEqual(Array.from(a));
    expect(Array.from(hippoSignal("noise", L, 8))).not.toEqual(Array.from(a));
    const mean = a.reduce((x, y) => x + y, 0) / L;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(rmse(a, new Float64Array(L))).toBeGreaterThan(0.45);
    expect(rmse(a, new Float64Array(L))).toBeLessThan(0.55);
    expect(a.every((v) => Math.abs(v) <= HIPPO_SIGNAL_LIMIT)).toBe(true);
  });

  it("every preset has L finite samples, for any L including 0", () => {
    for (const kind of HIPPO_SIGNALS) {
      for (const n of [0, 1, 7, 4000]) {
        const f = hippoSignal(kind, n);
        expect(f).toHaveLength(n);
        expect(f.every(Number.isFinite)).toBe(true);
      }
    }
    expect(() => hippoSignal("test", -1)).toThrow(RangeError);
    expect(() => hippoSignal("test", 2.5)).toThrow(RangeError);
  });
});
