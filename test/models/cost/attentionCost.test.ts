import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  attentionCrossoverLength,
  attentionDecodeFlops,
  attentionFlopShare,
  attentionPrefillFlops,
  attentionWeightFlopsPerToken,
  facts,
  kvCacheBytes,
  kvCacheBytesPerToken,
  kvCacheMaxContext,
} from "../../../src/models";

const { TRANSFORMER_2_7B: T27, TRANSFORMER_1_3B: T13 } = facts;
const GB = 1e9;

/** Rounds to `digits` significant digits, as FACTS prints its derived numbers. */
const sig = (x: number, digits: number) => Number(x.toPrecision(digits));

describe("KV cache (FACTS §1.8, §8)", () => {
  it("is 327,680 B = 320 KiB per token for the 2.7B shape and 196,608 B ≈ 192 KiB for 1.3B", () => {
    expect(kvCacheBytesPerToken(T27)).toBe(327_680);
    expect(kvCacheBytesPerToken(T27)).toBe(320 * 1024);
    expect(kvCacheBytesPerToken(T13)).toBe(196_608);
    expect(kvCacheBytesPerToken(T13)).toBe(192 * 1024);
    expect(kvCacheBytesPerToken(T27, 4)).toBe(2 * 327_680);
  });

  it("of the 2.7B shape is 0.67 GB at 2,048 tokens (= 0.625 GiB), 2.7, 32.8, 65.5 and 328 GB beyond", () => {
    expect(kvCacheBytes(T27, 2048)).toBe(0.625 * 2 ** 30);
    expect(sig(kvCacheBytes(T27, 2048) / GB, 3)).toBe(0.671);
    expect(sig(kvCacheBytes(T27, 8192) / GB, 2)).toBe(2.7);
    expect(sig(kvCacheBytes(T27, 100_000) / GB, 3)).toBe(32.8);
    expect(sig(kvCacheBytes(T27, 200_000) / GB, 3)).toBe(65.5);
    expect(sig(kvCacheBytes(T27, 1_000_000) / GB, 3)).toBe(328);
  });

  it("of the 1.3B shape at Fig. 8's 2,176 tokens is 0.43 GB per sequence, 13.7/27.4/54.8 GB at batch 32/64/128", () => {
    expect(sig(kvCacheBytes(T13, 2176) / GB, 2)).toBe(0.43);
    expect(sig(kvCacheBytes(T13, 2176, 32) / GB, 3)).toBe(13.7);
    expect(sig(kvCacheBytes(T13, 2176, 64) / GB, 3)).toBe(27.4);
    expect(sig(kvCacheBytes(T13, 2176, 128) / GB, 3)).toBe(54.8);
  });

  it("fills an 80 GB card less ≈ 2.6 GB of weights beyond ≈ 6,150 tokens at batch 64 (FACTS §2.10)", () => {
    const weights = 1.3e9 * 2; // 1.3B parameters in fp16
    const L = kvCacheMaxContext(T13, facts.A100_80GB_PCIE.hbmBytes, 64, 2, weights);
    expect(Math.round(L / 10) * 10).toBe(6150);
    expect(kvCacheBytes(T13, L, 64) + weights).toBeLessThanOrEqual(80e9);
    expect(kvCacheBytes(T13, L + 1, 64) + weights).toBeGreaterThan(80e9);
    expect(kvCacheMaxContext(T13, 1e9, 1, 2, 2e9)).toBe(0);
  });

  it("grows linearly in L and in batch", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 << 20 }),
        fc.integer({ min: 1, max: 128 }),
        (L, batch) => {
          expect(kvCacheBytes(T27, L, batch)).toBe(L * batch * 327_680);
          expect(kvCacheBytes(T27, L + 1, batch)).toBeGreaterThan(kvCacheBytes(T27, L, batch));
        },
      ),
    );
  });
});

describe("attention FLOPs (DESIGNS §k)", () => {
  const layer = { layers: 1, dModel: 8 };

  it("count QKᵀ + PV: 4L²d unmasked, ≈ 2L²d causal, exactly 2dL(L+1) for the kept half", () => {
    // d = 8, L = 3: unmasked 4·9·8 = 288; causal 144; exact 2·8·3·4 = 192.
    expect(attentionPrefillFlops(layer, 3, 1, { mask: "none" })).toBe(288);
    expect(attentionPrefillFlops(layer, 3)).toBe(144);
    expect(attentionPrefillFlops(layer, 3, 1, { exactCausal: true })).toBe(192);
    // Exact count by enumeration: each kept (i, j ≤ i) pair costs d multiply-adds in QKᵀ and d in PV.
    let pairs = 0;
    for (let i = 0; i < 3; i++) for (let j = 0; j <= i; j++) pairs++;
    expect(pairs * 2 * (2 * 8)).toBe(192);
  });

  it("add 24Ld² with projections (QKV+O 8Ld², MLP 16Ld²; FACTS §1.8)", () => {
    expect(attentionWeightFlopsPerToken(2560)).toBe(24 * 2560 * 2560);
    const L = 1000;
    const d = 2560;
    expect(attentionPrefillFlops(T27, L, 1, { projections: true })).toBe(
      2 * L * L * d + 24 * L * d * d,
    );
    expect(attentionDecodeFlops(T27, L, 1, { projections: true })).toBe(4 * L * d + 24 * d * d);
  });

  it("decode one token at context L for ≈ 4Ld per layer", () => {
    expect(attentionDecodeFlops(T27, 2048)).toBe(4 * 2048 * 2560);
  });

  it("scale per model by the model's own layer count, and by batch", () => {
    const perLayer = attentionPrefillFlops(T27, 4096);
    expect(attentionPrefillFlops(T27, 4096, 1, { scope: "model" })).toBe(32 * perLayer);
    expect(attentionPrefillFlops(T27, 4096, 8, { scope: "model" })).toBe(8 * 32 * perLayer);
    expect(attentionDecodeFlops(T13, 100, 2, { scope: "model" })).toBe(2 * 24 * 4 * 100 * 2048);
  });

  it("grow as L² (prefill) and L (decode): doubling L multiplies by 4 and 2", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1 << 19 }),
        fc.integer({ min: 1, max: 4096 }),
        (L, d) => {
          const m = { layers: 1, dModel: d };
          expect(attentionPrefillFlops(m, 2 * L)).toBe(4 * attentionPrefillFlops(m, L));
          expect(attentionPrefillFlops(m, 2 * L, 1, { mask: "none" })).toBe(
            4 * attentionPrefillFlops(m, L, 1, { mask: "none" }),
          );
          expect(attentionDecodeFlops(m, 2 * L)).toBe(2 * attentionDecodeFlops(m, L));
          // With projections the growth lies between linear and quadratic.
          const r =
            attentionPrefillFlops(m, 2 * L, 1, { projections: true }) /
            attentionPrefillFlops(m, L, 1, { projections: true });
          expect(r).toBeGreaterThan(2);
          expect(r).toBeLessThan(4);
        },
      ),
    );
  });

  it("increase strictly with L", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 << 20 }), (L) => {
        for (const opts of [{}, { projections: true }, { mask: "none" as const }]) {
          expect(attentionPrefillFlops(T27, L + 1, 1, opts)).toBeGreaterThan(
            attentionPrefillFlops(T27, L, 1, opts),
          );
        }
        expect(attentionDecodeFlops(T27, L + 1)).toBeGreaterThan(attentionDecodeFlops(T27, L));
      }),
    );
  });
});

describe("attention against weight FLOPs (FACTS §1.8, §8)", () => {
  it("cross at L* = 12d = 30,720 for d = 2,560, where 2L²d = 24Ld²", () => {
    expect(attentionCrossoverLength(2560)).toBe(30_720);
    const L = attentionCrossoverLength(2560);
    const core = attentionPrefillFlops(T27, L);
    const withWeights = attentionPrefillFlops(T27, L, 1, { projections: true });
    expect(withWeights - core).toBe(core);
  });

  it("put the share at 100,000 tokens at 76.5%, which FACTS rounds via r ≈ 3.3 to 77%", () => {
    expect(100 * attentionFlopShare(2560, 100_000)).toBeCloseTo(76.5, 1);
    expect(Math.round((100 * 3.3) / 4.3)).toBe(77);
  });

  it("give the ratio L/(12d): 0.067, 0.27, 1.07, 3.3, i.e. 6%, 21%, 52%, 77% of forward FLOPs", () => {
    const rows: [number, number, number][] = [
      [2048, 0.067, 6],
      [8192, 0.27, 21],
      [32_768, 1.07, 52],
      [100_000, 3.3, 77],
    ];
    for (const [L, ratio, percent] of rows) {
      const core = attentionPrefillFlops(T27, L);
      const weights = attentionPrefillFlops(T27, L, 1, { projections: true }) - core;
      expect(sig(core / weights, 2)).toBe(sig(ratio, 2));
      // FACTS rounds the ratio first: at 100,000 tokens r = 3.255 gives 76.5% (76.499…), and
      // FACTS' 77% is 3.3/4.3. So the share is checked to within half a percentage point.
      expect(Math.abs(100 * attentionFlopShare(2560, L) - percent)).toBeLessThan(0.51);
      expect(attentionFlopShare(2560, L)).toBeCloseTo(core / (core + weights), 14);
    }
  });
});

describe("argument checks", () => {
  it("reject negative or fractional sizes", () => {
    expect(() => attentionPrefillFlops(T27, -1)).toThrow(RangeError);
    expect(() => attentionPrefillFlops(T27, 1.5)).toThrow(RangeError);
    expect(() => kvCacheBytes(T27, 10, -2)).toThrow(RangeError);
    expect(() => kvCacheBytesPerToken(T27, 0)).toThrow(RangeError);
  });
});
