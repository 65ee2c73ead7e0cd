import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  facts,
  mambaConvFlopsPerToken,
  mambaProjectionFlopsPerToken,
  selectiveScanFlopCounts,
  ssmDecodeFlops,
  ssmPrefillFlops,
  ssmStateBytes,
  ssmStateValues,
} from "../../../src/models";

const { MAMBA_2_8B: M28, MAMBA_1_4B: M14 } = facts;
const MB = 1e6;

/**
 * A selective scan (one sequence, diagonal A) that counts its own operations as it runs, with the
 * counting rules of DESIGNS §k: a multiply-add is 2 FLOPs, exp is 1 (tallied separately).
 */
function countedScan(L: number, D: number, N: number): { flops: number; exps: number } {
  const out = new Float64Array(L * D);
  let flops = 0;
  let exps = 0;
  const h = new Float64Array(D * N);
  const mul = (a: number, b: number) => (flops++, a * b);
  const add = (a: number, b: number) => (flops++, a + b);
  const exp = (x: number) => (exps++, Math.exp(x));
  for (let t = 0; t < L; t++) {
    for (let d = 0; d < D; d++) {
      const u = Math.sin(t + d);
      const dt = 0.1;
      const du = mul(dt, u); // Δ·u, once per (t, d)
      let y = 0;
      for (let n = 0; n < N; n++) {
        const aBar = exp(mul(dt, -(n + 1))); // Δ·a, exp
        const i = d * N + n;
        h[i] = add(mul(aBar, h[i]), mul(du, 0.5)); // Ā·h, (Δu)·B, +
        y = add(y, mul(0.25, h[i])); // C·h as a multiply-add
      }
      out[t * D + d] = add(y, mul(1.5, u)); // D·u skip, a multiply-add
    }
  }
  return { flops, exps };
}

describe("selective-scan FLOPs (DESIGNS §k)", () => {
  it("are 6 FLOPs + 1 exp per (t, d, n) plus 3 per (t, d), as a counting scan finds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (L, D, N) => {
          const c = selectiveScanFlopCounts(L, D, N);
          const ref = countedScan(L, D, N);
          expect(c.arithmetic).toBe(ref.flops);
          expect(c.exps).toBe(ref.exps);
          expect(c.total).toBe(7 * L * D * N + 3 * L * D);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("per layer of Mamba-2.8B are 7LDN + 3LD with D = d_inner 5,120 and N 16", () => {
    expect(ssmPrefillFlops(M28, 2048)).toBe(7 * 2048 * 5120 * 16 + 3 * 2048 * 5120);
    expect(ssmDecodeFlops(M28)).toBe(7 * 5120 * 16 + 3 * 5120);
  });

  it("add the block's projections 12·d_model² and the conv 2·d_inner·d_conv per token", () => {
    expect(mambaProjectionFlopsPerToken(2560)).toBe(78_643_200);
    expect(mambaConvFlopsPerToken(5120, 4)).toBe(40_960);
    expect(ssmDecodeFlops(M28, 1, { projections: true })).toBe(
      7 * 5120 * 16 + 3 * 5120 + 12 * 2560 ** 2 + 2 * 5120 * 4,
    );
  });

  it("per model use Mamba-2.8B's own 64 layers × 5,120 channels: 4× the Transformer's 32 × 2,560", () => {
    const own = ssmPrefillFlops(M28, 4096, 1, { scope: "model" });
    expect(own).toBe(64 * ssmPrefillFlops(M28, 4096));
    const wrong = { ...M28, layers: 32, dInner: 2560 };
    expect(own / ssmPrefillFlops(wrong, 4096, 1, { scope: "model" })).toBe(4);
  });

  it("grow linearly in L (doubling L doubles them) and not at all per decoded token", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1 << 20 }),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        (L, batch, projections) => {
          const opts = { projections };
          expect(ssmPrefillFlops(M28, 2 * L, batch, opts)).toBe(
            2 * ssmPrefillFlops(M28, L, batch, opts),
          );
          expect(ssmPrefillFlops(M28, L, batch, opts)).toBe(L * ssmDecodeFlops(M28, batch, opts));
          expect(ssmPrefillFlops(M28, L + 1, batch, opts)).toBeGreaterThan(
            ssmPrefillFlops(M28, L, batch, opts),
          );
        },
      ),
    );
  });
});

describe("SSM state (FACTS §1.9, §8)", () => {
  it("of Mamba-2.8B is 5.24M + 1.31M values ≈ 13.1 MB at 2 bytes, 26.2 MB in fp32", () => {
    const v = ssmStateValues(M28);
    expect(v.ssm).toBe(64 * 5120 * 16);
    expect(v.conv).toBe(64 * 5120 * 4);
    expect(Number((v.ssm / 1e6).toFixed(2))).toBe(5.24);
    expect(Number((v.conv / 1e6).toFixed(2))).toBe(1.31);
    expect(Number((ssmStateBytes(M28) / MB).toFixed(1))).toBe(13.1);
    expect(Number((ssmStateBytes(M28, 1, 4) / MB).toFixed(1))).toBe(26.2);
  });

  it("of Mamba-1.4B is 3.15M + 0.79M values ≈ 7.9 MB", () => {
    const v = ssmStateValues(M14);
    expect(Number((v.ssm / 1e6).toFixed(2))).toBe(3.15);
    expect(Number((v.conv / 1e6).toFixed(2))).toBe(0.79);
    expect(Number((ssmStateBytes(M14) / MB).toFixed(1))).toBe(7.9);
  });

  it("scales with batch and bytes per element, and drops the conv state on request", () => {
    expect(ssmStateBytes(M28, 3, 4)).toBe(3 * 4 * 64 * 5120 * 20);
    expect(ssmStateBytes(M28, 1, 2, false)).toBe(2 * 64 * 5120 * 16);
  });

  it("rejects a bad batch or element size", () => {
    expect(() => ssmStateBytes(M28, -1)).toThrow(RangeError);
    expect(() => ssmStateBytes(M28, 1, 0)).toThrow(RangeError);
    expect(() => ssmPrefillFlops(M28, 0.5)).toThrow(RangeError);
  });
});
