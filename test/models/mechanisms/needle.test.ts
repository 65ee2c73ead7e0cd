// DESIGNS §f: the needle model through the verified scan (the closed-form cross-check, the
// observer's per-slot norms, the verdicts) and attention's answer.
import { describe, expect, it } from "vitest";
import {
  needleAttention,
  needleAttentionCodes,
  needleClosedForm,
  needleCodes,
  needleHaystack,
  needleVerdict,
  runNeedle,
  seededUnitVector,
  type Haystack,
} from "../../../src/models";

describe("the needle model through the scan", { timeout: 30_000 }, () => {
  it("agrees with the closed form to 10⁻¹³, with the same verdict (160 runs)", () => {
    let runs = 0;
    for (const N of [16, 64]) {
      const codes = needleCodes(N);
      for (let s = 0; s < 20; s++) {
        const h = needleHaystack(s, s % 2 ? 64 : 256);
        for (const opts of [
          { N, gate: "uniform" as const },
          { N, gate: "selective" as const },
          { N, gate: "selective" as const, needleSalient: false },
          { N, gate: "uniform" as const, needleSalient: false },
        ]) {
          const a = runNeedle(h, opts, { codes });
          const b = needleClosedForm(h, opts, codes);
          for (let c = 0; c < 16; c++) expect(Math.abs(a.y[c] - b.y[c])).toBeLessThan(1e-13);
          expect(a.verdict).toBe(b.verdict);
          runs++;
        }
      }
    }
    expect(runs).toBe(160);
  });

  it("writes the needle as e₇ ⊗ code(magic) with a salient needle: the slot norms jump by |code(magic)_n| at p + 1", () => {
    const N = 16;
    const L = 64;
    const h = needleHaystack(3, L);
    const run = runNeedle(h, { N, gate: "selective" }, { slotNorms: true });
    const norms = run.slotNorms as Float64Array;
    const magic = seededUnitVector("needle-key-magic", N);
    const p = h.needlePos;
    for (let n = 0; n < N; n++) {
      expect(norms[p * N + n]).toBeLessThan(1e-7); // only closed-gate writes before
      expect(norms[(p + 1) * N + n]).toBeCloseTo(Math.abs(magic[n]), 7);
    }
    expect(run.verdict).toBe("recoverable");
    expect(run.y[7]).toBeCloseTo(1, 7);
    expect(run.margin).toBeGreaterThan(0.99);
  });

  it("reduces the final state to the same per-slot norms the observer reported last", () => {
    const N = 32;
    const run = runNeedle(needleHaystack(1, 128), { N, gate: "uniform" }, { slotNorms: true });
    const norms = run.slotNorms as Float64Array;
    for (let n = 0; n < N; n++) {
      let ss = 0;
      for (let c = 0; c < 16; c++) ss += run.lastState[c * N + n] ** 2;
      expect(norms[128 * N + n]).toBeCloseTo(Math.sqrt(ss), 14);
    }
  });

  it("opens the selective gate only after a salient magic", () => {
    const h = needleHaystack(0, 16);
    const on = runNeedle(h, { N: 16, gate: "selective" }).deltas;
    on.forEach((d, t) => {
      if (t === h.needlePos + 1) expect(d).toBe(1);
      else expect(d).toBeCloseTo(2.06e-9, 11);
    });
    expect(Array.from(runNeedle(h, { N: 16, gate: "uniform" }).deltas)).toEqual(
      new Array(17).fill(1),
    );
  });

  it("calls max|y| < 10⁻⁴ 'no answer' and reports the margin (y₇ − max_{c≠7} y_c)/max|y|", () => {
    expect(needleVerdict(new Float64Array(16).fill(1e-5)).verdict).toBe("no answer");
    const y = new Float64Array(16);
    y[7] = 2;
    y[3] = 1;
    y[5] = -4;
    const r = needleVerdict(y);
    expect(r.verdict).toBe("recoverable");
    expect(r.margin).toBeCloseTo(0.25, 15);
    y[3] = 3;
    expect(needleVerdict(y).verdict).toBe("lost");
  });
});

describe("attention at the question", { timeout: 30_000 }, () => {
  it("answers 7 in every haystack with a needle weight ≥ 0.99; mean weights 1.0000 … 0.9978 (1,000 haystacks)", () => {
    const acodes = needleAttentionCodes();
    const means: Record<number, number> = {
      16: 1.0,
      64: 1.0,
      256: 0.9999,
      1024: 0.9995,
      4096: 0.9978,
    };
    for (const L of [16, 64, 256, 1024, 4096]) {
      let sum = 0;
      for (let s = 0; s < 1000; s++) {
        const a = needleAttention(needleHaystack(s, L), acodes);
        expect(a.answer).toBe(7);
        expect(a.needleWeight).toBeGreaterThanOrEqual(0.99);
        sum += a.needleWeight;
      }
      expect(Math.abs(sum / 1000 - means[L])).toBeLessThanOrEqual(0.00005);
    }
  });

  it("puts no weight on token 0 or on the question, and its weights sum to 1", () => {
    const h: Haystack = needleHaystack(2, 32);
    const a = needleAttention(h);
    expect(a.weights[0]).toBe(0);
    expect(a.weights[32]).toBe(0);
    expect(a.weights.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 14);
  });
});
