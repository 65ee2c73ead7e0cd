import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  attentionDecodeStep,
  causalAttention,
  createRng,
  embedText,
  emptyKvCache,
  kvCacheAppend,
  projectedAttention,
  projectedAttentionDecodeStep,
  typedTextAttention,
  typedTextDecodeStep,
  type KvCache,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

function randomArray(n: number, seed: number): Float64Array {
  const r = createRng(seed);
  return Float64Array.from({ length: n }, () => 4 * r.next() - 2);
}

const TIGHT = { rtol: 1e-13, atol: 1e-15 };

const sizes = fc.record({
  L: fc.integer({ min: 1, max: 9 }),
  dk: fc.integer({ min: 1, max: 5 }),
  dv: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe("decoding with a KV cache", () => {
  it("equals the full causal computation (prefill), token by token", () => {
    fc.assert(
      fc.property(sizes, ({ L, dk, dv, seed }) => {
        const q = randomArray(L * dk, seed);
        const k = randomArray(L * dk, seed + 1);
        const v = randomArray(L * dv, seed + 2);
        const full = causalAttention({ q, k, v, L, dk, dv });
        let cache: KvCache = emptyKvCache(dk, dv);
        for (let t = 0; t < L; t++) {
          const step = attentionDecodeStep(
            cache,
            q.subarray(t * dk, (t + 1) * dk),
            k.subarray(t * dk, (t + 1) * dk),
            v.subarray(t * dv, (t + 1) * dv),
          );
          expect(step.weights.length).toBe(t + 1);
          expectAllClose(step.weights, full.weights.subarray(t * L, t * L + t + 1), TIGHT);
          expectAllClose(step.output, full.output.subarray(t * dv, (t + 1) * dv), TIGHT);
          expect(step.cache.length).toBe(t + 1);
          cache = step.cache;
        }
        expect(Array.from(cache.keys)).toEqual(Array.from(k));
        expect(Array.from(cache.values)).toEqual(Array.from(v));
      }),
    );
  });

  it("equals the typed-text attention of a sentence", () => {
    const { tokens, embeddings } = embedText("after the storm the rainbow showed red orange");
    const L = tokens.length;
    const full = typedTextAttention(embeddings, L, 16);
    let cache = emptyKvCache(16, 16);
    for (let t = 0; t < L; t++) {
      const step = typedTextDecodeStep(cache, embeddings.subarray(16 * t, 16 * t + 16));
      expectAllClose(step.weights, full.weights.subarray(t * L, t * L + t + 1), TIGHT);
      expectAllClose(step.output, full.output.subarray(16 * t, 16 * t + 16), TIGHT);
      cache = step.cache;
    }
  });

  it("equals projected attention, with and without an output projection", () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 4 }), ({ L, dk, dv, seed }, dModel) => {
        const x = randomArray(L * dModel, seed);
        const p = {
          dModel,
          dk,
          dv,
          wq: randomArray(dModel * dk, seed + 1),
          wk: randomArray(dModel * dk, seed + 2),
          wv: randomArray(dModel * dv, seed + 3),
        };
        const pO = { ...p, wo: randomArray(dv * 2, seed + 4), dOut: 2 };
        for (const params of [p, pO]) {
          const full = projectedAttention(x, L, params);
          const width = full.output.length / L;
          let cache = emptyKvCache(dk, dv);
          for (let t = 0; t < L; t++) {
            const step = projectedAttentionDecodeStep(
              params,
              cache,
              x.subarray(t * dModel, (t + 1) * dModel),
            );
            expectAllClose(step.output, full.output.subarray(t * width, (t + 1) * width), {
              rtol: 1e-12,
              atol: 1e-13,
            });
            cache = step.cache;
          }
        }
      }),
    );
  });

  it("never modifies a cache it was given, so caches can be forked", () => {
    const c0 = emptyKvCache(2, 1);
    const c1 = kvCacheAppend(c0, Float64Array.of(1, 2), Float64Array.of(3));
    const a = attentionDecodeStep(
      c1,
      Float64Array.of(1, 0),
      Float64Array.of(0, 1),
      Float64Array.of(5),
    );
    const b = attentionDecodeStep(
      c1,
      Float64Array.of(0, 1),
      Float64Array.of(1, 1),
      Float64Array.of(7),
    );
    expect(c0.length).toBe(0);
    expect(Array.from(c1.keys)).toEqual([1, 2]);
    expect(Array.from(c1.values)).toEqual([3]);
    expect(Array.from(a.cache.values)).toEqual([3, 5]);
    expect(Array.from(b.cache.values)).toEqual([3, 7]);
  });

  it("rejects keys of the wrong width and a cache that does not fit the projections", () => {
    const c = emptyKvCache(2, 2);
    expect(() => kvCacheAppend(c, new Float64Array(3), new Float64Array(2))).toThrow(RangeError);
    const p = {
      dModel: 1,
      dk: 3,
      dv: 2,
      wq: new Float64Array(3),
      wk: new Float64Array(3),
      wv: new Float64Array(2),
    };
    expect(() => projectedAttentionDecodeStep(p, c, new Float64Array(1))).toThrow(RangeError);
  });
});
