import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { facts, streamCostAt, streamCostSeries, streamPositions } from "../../../src/models";

const { TRANSFORMER_2_7B: T27, MAMBA_2_8B: M28 } = facts;

describe("the teaser's stream (DESIGNS §j beyond-transformers/teaser, §k; FACTS §8)", () => {
  it("matches FACTS §8's KV cache of the 2.7B shape and Mamba-2.8B's 13.1 MB state", () => {
    // 2 · 32 layers · L · 2,560 · 2 bytes
    expect(streamCostAt(T27, M28, 2048).kvBytes).toBe(671_088_640); // 0.671 GB
    expect(streamCostAt(T27, M28, 8192).kvBytes / 1e9).toBeCloseTo(2.68, 2); // "2.7 GB"
    expect(streamCostAt(T27, M28, 100_000).kvBytes / 1e9).toBeCloseTo(32.8, 1);
    expect(streamCostAt(T27, M28, 1_000_000).kvBytes / 1e9).toBeCloseTo(327.7, 1); // "328 GB"
    // 64 layers · 5,120 · (16 + 4) values · 2 bytes
    expect(streamCostAt(T27, M28, 1).stateBytes).toBe(13_107_200);
    expect(streamCostAt(T27, M28, 1, { bytesPerElement: 4 }).stateBytes).toBe(26_214_400);
  });

  it("charges attention 4·t·d FLOPs per layer for token t, and the scan 7DN + 3D, whole model", () => {
    const at = (t: number) => streamCostAt(T27, M28, t);
    expect(at(1).attentionFlops).toBe(32 * 4 * 1 * 2560);
    expect(at(4096).attentionFlops).toBe(32 * 4 * 4096 * 2560); // 1.34 GFLOP
    expect(at(4096).ssmFlops).toBe(64 * (7 * 5120 * 16 + 3 * 5120)); // 37.7 MFLOP
    const w = streamCostAt(T27, M28, 4096, { projections: true });
    expect(w.attentionFlops).toBe(32 * (4 * 4096 * 2560 + 24 * 2560 ** 2));
    expect(w.ssmFlops).toBe(64 * (7 * 5120 * 16 + 3 * 5120 + 12 * 2560 ** 2 + 2 * 5120 * 4));
  });

  it("climbs linearly for attention and stays flat for the SSM, at every pair of positions", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1 << 20 }),
        fc.integer({ min: 1, max: 1 << 20 }),
        fc.boolean(),
        (s, t, projections) => {
          const a = streamCostAt(T27, M28, s, { projections });
          const b = streamCostAt(T27, M28, t, { projections });
          expect(b.ssmFlops).toBe(a.ssmFlops);
          expect(b.stateBytes).toBe(a.stateBytes);
          // Slopes: 32 · 4 · 2,560 FLOPs and 2 · 32 · 2,560 · 2 bytes per extra token.
          expect(b.attentionFlops - a.attentionFlops).toBe((t - s) * 327_680);
          expect(b.kvBytes - a.kvBytes).toBe((t - s) * 327_680);
        },
      ),
    );
  });

  it("lets the KV cache pass the whole state after 40 tokens, and the attention FLOPs the scan's after 115", () => {
    const first = (pick: (t: number) => boolean) => {
      let t = 1;
      while (!pick(t)) t++;
      return t;
    };
    const p = (t: number) => streamCostAt(T27, M28, t);
    expect(first((t) => p(t).kvBytes > p(t).stateBytes)).toBe(41);
    expect(p(40).kvBytes).toBe(p(40).stateBytes);
    // 37,683,200 / 327,680 = 115.0: equal at 115, larger from 116.
    expect(first((t) => p(t).attentionFlops > p(t).ssmFlops)).toBe(116);
  });

  it("samples at most `samples` increasing positions from 1 to L, both ends included", () => {
    expect(streamPositions(1)).toEqual([1]);
    expect(streamPositions(2)).toEqual([1, 2]);
    expect(streamPositions(5, 256)).toEqual([1, 2, 3, 4, 5]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1 << 20 }),
        fc.integer({ min: 2, max: 512 }),
        (L, samples) => {
          const p = streamPositions(L, samples);
          expect(p[0]).toBe(1);
          expect(p[p.length - 1]).toBe(L);
          expect(p.length).toBeLessThanOrEqual(Math.min(L, samples));
          for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThan(p[i - 1]);
        },
      ),
    );
    expect(() => streamPositions(0)).toThrow(RangeError);
  });

  it("returns the four curves at those positions", () => {
    const s = streamCostSeries(T27, M28, 4096, { samples: 64 });
    expect(s.positions).toEqual(streamPositions(4096, 64));
    s.positions.forEach((t, i) => {
      const p = streamCostAt(T27, M28, t);
      expect([s.attentionFlops[i], s.ssmFlops[i], s.kvBytes[i], s.stateBytes[i]]).toEqual([
        p.attentionFlops,
        p.ssmFlops,
        p.kvBytes,
        p.stateBytes,
      ]);
    });
  });
});
