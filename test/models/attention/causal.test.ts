import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  causalAttention,
  createRng,
  embedText,
  projectedAttention,
  softmaxInto,
  typedTextAttention,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

/** Random array in [lo, hi) from a seeded generator. */
function randomArray(n: number, seed: number, lo = -2, hi = 2): Float64Array {
  const r = createRng(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * r.next());
}

/**
 * Slow reference: textbook masked softmax with −∞ scores for j > i, exp without subtracting the
 * max (fine at these magnitudes), nested arrays.
 */
function slowAttention(
  q: Float64Array,
  k: Float64Array,
  v: Float64Array,
  L: number,
  dk: number,
  dv: number,
  scale: number,
): { P: number[][]; O: number[][] } {
  const P: number[][] = [];
  const O: number[][] = [];
  for (let i = 0; i < L; i++) {
    const s: number[] = [];
    for (let j = 0; j < L; j++) {
      let dot = 0;
      for (let c = 0; c < dk; c++) dot += q[i * dk + c] * k[j * dk + c];
      s.push(j <= i ? scale * dot : -Infinity);
    }
    const e = s.map(Math.exp);
    const z = e.reduce((a, b) => a + b, 0);
    P.push(e.map((x) => x / z));
    O.push(
      Array.from({ length: dv }, (_, c) => P[i].reduce((acc, p, j) => acc + p * v[j * dv + c], 0)),
    );
  }
  return { P, O };
}

const sizes = fc.record({
  L: fc.integer({ min: 1, max: 7 }),
  dk: fc.integer({ min: 1, max: 5 }),
  dv: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe("softmaxInto", () => {
  it("subtracts the max, so huge scores stay finite and sum to one", () => {
    const out = new Float64Array(3);
    softmaxInto([1000, 1001, 999], 3, out, 0);
    const z = 1 + Math.E + 1 / Math.E;
    expectAllClose(out, [1 / z, Math.E / z, 1 / Math.E / z], { rtol: 1e-14, atol: 0 });
  });
});

describe("causalAttention", () => {
  it("matches a hand-computed two-token case", () => {
    // q = k = [1, 2] (dk 1), v = [10, 20], scale 1.
    // Row 0 sees only itself: P = [1, 0], o = 10.
    // Row 1: scores 2·1 = 2 and 2·2 = 4 → P = [1/(1+e²), e²/(1+e²)] = [0.119203, 0.880797].
    const r = causalAttention({
      q: Float64Array.of(1, 2),
      k: Float64Array.of(1, 2),
      v: Float64Array.of(10, 20),
      L: 2,
      dk: 1,
      dv: 1,
      scale: 1,
    });
    const p = 1 / (1 + Math.exp(2));
    expectAllClose(r.weights, [1, 0, p, 1 - p], { rtol: 1e-15, atol: 1e-16 });
    expect(r.weights[1]).toBe(0);
    expectAllClose(r.output, [10, 10 * p + 20 * (1 - p)], { rtol: 1e-15, atol: 0 });
    expect(p).toBeCloseTo(0.119203, 6);
  });

  it("has rows that sum to one and an upper triangle of exact zeros", () => {
    fc.assert(
      fc.property(sizes, ({ L, dk, dv, seed }) => {
        const { weights } = causalAttention({
          q: randomArray(L * dk, seed, -5, 5),
          k: randomArray(L * dk, seed + 1, -5, 5),
          v: randomArray(L * dv, seed + 2),
          L,
          dk,
          dv,
        });
        for (let i = 0; i < L; i++) {
          let sum = 0;
          for (let j = 0; j < L; j++) {
            const w = weights[i * L + j];
            if (j > i) expect(w).toBe(0);
            else expect(w).toBeGreaterThanOrEqual(0);
            sum += w;
          }
          expect(sum).toBeCloseTo(1, 14);
        }
      }),
    );
  });

  it("equals a slow masked-softmax reference", () => {
    fc.assert(
      fc.property(sizes, ({ L, dk, dv, seed }) => {
        const q = randomArray(L * dk, seed);
        const k = randomArray(L * dk, seed + 1);
        const v = randomArray(L * dv, seed + 2);
        const scale = 1 / Math.sqrt(dk);
        const got = causalAttention({ q, k, v, L, dk, dv });
        const ref = slowAttention(q, k, v, L, dk, dv, scale);
        expectAllClose(got.weights, ref.P, { rtol: 1e-12, atol: 1e-15 });
        expectAllClose(got.output, ref.O, { rtol: 1e-12, atol: 1e-14 });
      }),
    );
  });

  it("is causal: changing later tokens leaves earlier rows unchanged", () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 0, max: 6 }), ({ L, dk, dv, seed }, cut) => {
        const t = Math.min(cut, L - 1);
        const q = randomArray(L * dk, seed);
        const k = randomArray(L * dk, seed + 1);
        const v = randomArray(L * dv, seed + 2);
        const k2 = k.slice();
        const v2 = v.slice();
        for (let i = (t + 1) * dk; i < L * dk; i++) k2[i] += 1;
        for (let i = (t + 1) * dv; i < L * dv; i++) v2[i] -= 1;
        const a = causalAttention({ q, k, v, L, dk, dv });
        const b = causalAttention({ q, k: k2, v: v2, L, dk, dv });
        expect(Array.from(b.output.subarray(0, (t + 1) * dv))).toEqual(
          Array.from(a.output.subarray(0, (t + 1) * dv)),
        );
      }),
    );
  });

  it("rejects size mismatches and non-finite inputs", () => {
    const q = new Float64Array(4);
    expect(() => causalAttention({ q, k: q, v: new Float64Array(3), L: 2, dk: 2, dv: 2 })).toThrow(
      RangeError,
    );
    const bad = Float64Array.of(1, NaN, 0, 0);
    expect(() => causalAttention({ q: bad, k: q, v: q, L: 2, dk: 2, dv: 2 })).toThrow(RangeError);
  });
});

describe("typedTextAttention", () => {
  const sentence = "after the storm the rainbow showed red orange and yellow light";

  it("matches the row 'yellow' of DESIGNS §a.3", () => {
    const { tokens, embeddings } = embedText(sentence);
    expect(tokens.length).toBe(11);
    expect(tokens[9]).toBe("yellow");
    const { weights } = typedTextAttention(embeddings, 11, 16);
    expectAllClose(
      weights.subarray(9 * 11, 9 * 11 + 10),
      [0.0702, 0.0053, 0.0362, 0.0053, 0.0326, 0.0915, 0.2455, 0.2116, 0.0053, 0.2964],
      { rtol: 0, atol: 5.01e-5 },
    );
    expect(weights[9 * 11 + 10]).toBe(0);
  });

  it("has the flat maps of DESIGNS §a.3's other scales (max weight 0.103 and 0.112 of 0.100)", () => {
    const { embeddings } = embedText(sentence);
    const at = (scale: number) => {
      const { weights } = causalAttention({
        q: embeddings,
        k: embeddings,
        v: embeddings,
        L: 11,
        dk: 16,
        dv: 16,
        scale,
      });
      return Math.max(...weights.subarray(9 * 11, 9 * 11 + 10));
    };
    expect(at(1 / 16)).toBeCloseTo(0.103, 3); // cos/d
    expect(at(1 / 4)).toBeCloseTo(0.112, 3); // cos/√d
    expect(at(4)).toBeCloseTo(0.296, 3); // √d·cos, the chosen scale
  });

  it("outputs softmax(S)·Ê with S = √d·ÊÊᵀ, per the slow reference", () => {
    const { embeddings, tokens } = embedText("red orange anyway the sky, why?");
    const L = tokens.length;
    const got = typedTextAttention(embeddings, L, 16);
    const ref = slowAttention(embeddings, embeddings, embeddings, L, 16, 16, 4);
    expectAllClose(got.weights, ref.P, { rtol: 1e-12, atol: 1e-15 });
    expectAllClose(got.output, ref.O, { rtol: 1e-12, atol: 1e-15 });
  });
});

describe("projectedAttention", () => {
  it("equals attention on Q = XW_Q, K = XW_K, V = XW_V, then ·W_O", () => {
    fc.assert(
      fc.property(
        sizes,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        ({ L, dk, dv, seed }, dModel, dOut) => {
          const x = randomArray(L * dModel, seed);
          const wq = randomArray(dModel * dk, seed + 1);
          const wk = randomArray(dModel * dk, seed + 2);
          const wv = randomArray(dModel * dv, seed + 3);
          const wo = randomArray(dv * dOut, seed + 4);
          const mm = (
            a: Float64Array,
            w: Float64Array,
            rows: number,
            inner: number,
            cols: number,
          ) =>
            Float64Array.from({ length: rows * cols }, (_, idx) => {
              const r = Math.floor(idx / cols);
              const c = idx % cols;
              let s = 0;
              for (let m = 0; m < inner; m++) s += a[r * inner + m] * w[m * cols + c];
              return s;
            });
          const q = mm(x, wq, L, dModel, dk);
          const k = mm(x, wk, L, dModel, dk);
          const v = mm(x, wv, L, dModel, dv);
          const ref = slowAttention(q, k, v, L, dk, dv, 1 / Math.sqrt(dk));
          const plain = projectedAttention(x, L, { dModel, dk, dv, wq, wk, wv });
          expectAllClose(plain.weights, ref.P, { rtol: 1e-11, atol: 1e-14 });
          expectAllClose(plain.output, ref.O, { rtol: 1e-11, atol: 1e-13 });
          const withO = projectedAttention(x, L, { dModel, dk, dv, wq, wk, wv, wo, dOut });
          const refO = mm(Float64Array.from(ref.O.flat()), wo, L, dv, dOut);
          expectAllClose(withO.output, refO, { rtol: 1e-11, atol: 1e-13 });
        },
      ),
    );
  });
});
