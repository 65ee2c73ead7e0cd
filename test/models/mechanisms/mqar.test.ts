// DESIGNS §e: the hand-built MQAR memory. The accuracy row N = 8 against the table, ±3 points at
// 400 sequences per point (DESIGNS' test band); sequences for `pairs` = p come from seed p.
// N = 16 is in mqarN16.test.ts, N = 32 and one-hot N = 64 in mqarWide.test.ts.
import { describe, expect, it } from "vitest";
import {
  createRng,
  mqarAccuracy,
  mqarAttention,
  mqarChannels,
  mqarInstance,
  mqarInstances,
  mqarKeyCodes,
  runMqar,
  seededUnitVector,
  silu,
} from "../../../src/models";

describe("the key codes", () => {
  it("are one-hot while the 64 keys fit in N, seeded unit vectors 'mqar-key-k' otherwise", () => {
    const hot = mqarKeyCodes(64);
    for (let k = 0; k < 64; k++)
      for (let n = 0; n < 64; n++) expect(hot[k * 64 + n]).toBe(k === n ? 1 : 0);
    const rnd = mqarKeyCodes(16);
    expect(Array.from(rnd.subarray(5 * 16, 6 * 16))).toEqual(
      Array.from(seededUnitVector("mqar-key-5", 16)),
    );
  });
});

describe("the channels and the state", () => {
  const inst = mqarInstance({ pairs: 6 }, createRng(3));
  const T = inst.length;
  const s1 = silu(1);

  it("prevkey is the previous token's key, curkey and curval the current token's, after SiLU", () => {
    const ch = mqarChannels(inst);
    for (let t = 0; t < T; t++) {
      for (let key = 0; key < 64; key++) {
        const prevIsKey = t > 0 && inst.kind[t - 1] !== 1 && inst.id[t - 1] === key;
        const curIsKey = inst.kind[t] !== 1 && inst.id[t] === key;
        expect(ch.prevkey[key * T + t]).toBe(prevIsKey ? s1 : 0);
        expect(ch.curkey[key * T + t]).toBe(curIsKey ? s1 : 0);
      }
      for (let v = 0; v < 16; v++) {
        expect(ch.curval[v * T + t]).toBe(inst.kind[t] === 1 && inst.id[t] === v ? s1 : 0);
      }
    }
  });

  it("ends in h = silu(1)²·Σ_pairs value ⊗ code(key) (A = 0, Δ = 1)", () => {
    const N = 16;
    const codes = mqarKeyCodes(N);
    const { lastState } = runMqar([inst], N);
    const want = new Float64Array(16 * N);
    for (let i = 0; i < inst.pairs; i++) {
      for (let n = 0; n < N; n++) {
        want[inst.pairValues[i] * N + n] += s1 * s1 * codes[inst.pairKeys[i] * N + n];
      }
    }
    lastState.forEach((v, i) => expect(v).toBeCloseTo(want[i], 14));
  });

  it("answers every query exactly with one-hot codes up to N pairs (key vocabulary ≤ N; N = 8, 16, 32)", () => {
    for (const N of [8, 16, 32]) {
      const insts = mqarInstances({ pairs: N, keys: N }, 50, N);
      expect(mqarAccuracy(insts, N, { codes: mqarKeyCodes(N, N, "one-hot") })).toBe(1);
    }
  });

  it("attention on the same channels (one-hot codes, d_k = 64, β = 16) is exact at 64 pairs", () => {
    for (const seq of mqarInstances({ pairs: 64 }, 10, 99)) {
      expect(Array.from(mqarAttention(seq).correct)).toEqual(new Array(64).fill(1));
    }
  });
});

const PAIRS = [1, 2, 4, 8, 16, 24, 32, 48, 64];
const N8 = [100, 100, 98.5, 94.7, 81.9, 69.4, 59.9, 47.1, 38.9];

describe(
  "accuracy against the number of pairs (400 sequences per point, ±3 points)",
  { timeout: 30_000 },
  () => {
    it("N = 8", () => {
      PAIRS.forEach((pairs, i) => {
        const acc = mqarAccuracy(mqarInstances({ pairs }, 400, pairs), 8);
        expect(Math.abs(100 * acc - N8[i])).toBeLessThanOrEqual(3);
      });
    });
  },
);
