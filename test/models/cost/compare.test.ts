import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  attentionDecodeFlops,
  attentionPrefillFlops,
  decodeFlopCrossover,
  facts,
  hybridDecodeFlops,
  hybridMemoryBytes,
  hybridPrefillFlops,
  hybridStack,
  kvCacheBytes,
  kvStateCrossoverTokens,
  prefillFlopCrossover,
  ssmDecodeFlops,
  ssmPrefillFlops,
  ssmStateBytes,
} from "../../../src/models";

const { TRANSFORMER_2_7B: T27, MAMBA_2_8B: M28, MAMBA_370M: M370 } = facts;

describe("KV cache against the SSM state (FACTS §8)", () => {
  it("overtakes Mamba-2.8B's whole state after ≈ 40 tokens in fp16, ≈ 80 with the state in fp32", () => {
    expect(kvStateCrossoverTokens(T27, M28)).toBe(40); // 13,107,200 B / 327,680 B per token
    expect(kvStateCrossoverTokens(T27, M28, 2, 4)).toBe(80);
    expect(kvCacheBytes(T27, 40)).toBe(ssmStateBytes(M28));
    expect(kvCacheBytes(T27, 41)).toBeGreaterThan(ssmStateBytes(M28));
  });
});

describe("FLOP crossovers", () => {
  it("per layer (d 2,560 against D 5,120, N 16): 2L²d = 7LDN + 3LD at L = 115", () => {
    // (7·5120·16 + 3·5120) / (2·2560) = 588,800 / 5,120 = 115.
    expect(prefillFlopCrossover(T27, M28)).toBe(115);
  });

  it("per model (32 × 2,560 against 64 × 5,120): at L = 230", () => {
    // 64·588,800 / (2·2560·32) = 37,683,200 / 163,840 = 230.
    expect(prefillFlopCrossover(T27, M28, { scope: "model" })).toBe(230);
  });

  it("is where the two prefill costs (and the two decode costs) are equal", () => {
    const shapes = fc.record({
      layersA: fc.integer({ min: 1, max: 96 }),
      d: fc.integer({ min: 16, max: 8192 }),
      layersS: fc.integer({ min: 1, max: 96 }),
      dInner: fc.integer({ min: 16, max: 16384 }),
      dState: fc.integer({ min: 1, max: 256 }),
      scope: fc.constantFrom("layer" as const, "model" as const),
      projections: fc.boolean(),
    });
    fc.assert(
      fc.property(shapes, (s) => {
        const t = { layers: s.layersA, dModel: s.d };
        const m = {
          layers: s.layersS,
          dModel: s.dInner / 2,
          dInner: s.dInner,
          dState: s.dState,
          dConv: 4,
        };
        const opts = { scope: s.scope, projections: s.projections };
        const L = prefillFlopCrossover(t, m, opts);
        // The cost functions evaluated at a real L (they are polynomials in L).
        const attn = (x: number) =>
          (s.scope === "model" ? s.layersA : 1) *
          (2 * x * x * s.d + (s.projections ? 24 * x * s.d * s.d : 0));
        const ssm = (x: number) => x * ssmPrefillFlops(m, 1, 1, opts);
        if (L > 0) {
          expect(attn(L)).toBeCloseTo(ssm(L), -Math.ceil(Math.log10(ssm(L))) + 10);
        } else {
          expect(attn(1)).toBeGreaterThanOrEqual(ssm(1));
        }
        // Integer lengths on either side are ordered accordingly.
        const below = Math.floor(L);
        const above = Math.floor(L) + 1;
        if (below >= 1 && below < L) {
          expect(attentionPrefillFlops(t, below, 1, opts)).toBeLessThan(
            ssmPrefillFlops(m, below, 1, opts),
          );
        }
        expect(attentionPrefillFlops(t, above, 1, opts)).toBeGreaterThan(
          ssmPrefillFlops(m, above, 1, opts),
        );

        const Ld = decodeFlopCrossover(t, m, opts);
        const aboveD = Math.floor(Ld) + 1;
        expect(attentionDecodeFlops(t, aboveD, 1, opts)).toBeGreaterThan(
          ssmDecodeFlops(m, 1, opts),
        );
        if (Ld > 0) {
          const a =
            (s.scope === "model" ? s.layersA : 1) *
            (4 * Ld * s.d + (s.projections ? 24 * s.d * s.d : 0));
          expect(a / ssmDecodeFlops(m, 1, opts)).toBeCloseTo(1, 10);
        }
      }),
    );
  });

  it("decode: one token costs attention 4Ld, so the per-layer crossover is (7DN + 3D)/(4d) = 57.5", () => {
    expect(decodeFlopCrossover(T27, M28)).toBe(57.5);
  });
});

describe("hybrid stacks over the 48-layer Mamba-370M shape", () => {
  it("with no attention layer is Mamba-370M: no KV cache, its whole state", () => {
    const s = hybridStack(M370, 0);
    const mem = hybridMemoryBytes(s, 2048);
    expect(mem.kvBytes).toBe(0);
    expect(mem.stateBytes).toBe(ssmStateBytes(M370));
    expect(mem.stateBytes).toBe(48 * 2048 * 20 * 2);
    expect(hybridPrefillFlops(s, 2048).totalFlops).toBe(
      ssmPrefillFlops(M370, 2048, 1, { scope: "model" }),
    );
  });

  it("with 6 of 48 attention layers keeps 2·6·L·1,024 KV values and 42 layers of state", () => {
    const s = hybridStack(M370, 6);
    const L = 2048;
    const mem = hybridMemoryBytes(s, L, 1, 2);
    expect(mem.kvBytes).toBe(2 * 6 * L * 1024 * 2);
    expect(mem.stateBytes).toBe(42 * 2048 * (16 + 4) * 2);
    expect(mem.totalBytes).toBe(mem.kvBytes + mem.stateBytes);
    const f = hybridPrefillFlops(s, L);
    expect(f.attentionFlops).toBe(6 * 2 * L * L * 1024);
    expect(f.ssmFlops).toBe(42 * (7 * L * 2048 * 16 + 3 * L * 2048));
    const dec = hybridDecodeFlops(s, L);
    expect(dec.attentionFlops).toBe(6 * 4 * L * 1024);
    expect(dec.ssmFlops).toBe(42 * (7 * 2048 * 16 + 3 * 2048));
  });

  it("needs more memory at long context with every extra attention layer", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 47 }),
        fc.integer({ min: 64, max: 1 << 20 }),
        (k, L) => {
          const a = hybridMemoryBytes(hybridStack(M370, k), L).totalBytes;
          const b = hybridMemoryBytes(hybridStack(M370, k + 1), L).totalBytes;
          // One attention layer holds 2·L·1,024 values; one Mamba layer 2,048·20 = 40,960.
          expect(b - a).toBe((2 * L * 1024 - 2048 * 20) * 2);
          expect(b).toBeGreaterThan(a);
        },
      ),
    );
  });

  it("rejects more attention layers than layers", () => {
    expect(() => hybridStack(M370, 49)).toThrow(RangeError);
    expect(() => hybridStack(M370, -1)).toThrow(RangeError);
  });
});
