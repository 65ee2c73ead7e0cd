import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  COPY_DATA,
  COPY_NOISE,
  COPY_RECALL,
  createRng,
  fixedSpacingPositions,
  selectiveCopyingInstance,
  selectiveCopyingInstances,
} from "../../../src/models";

describe("selectiveCopyingInstance", () => {
  it("holds k data tokens at distinct body positions, then the k recall markers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (k, extra, symbols, noise, seed) => {
          const L = k + extra;
          const inst = selectiveCopyingInstance({ L, k, symbols, noise }, createRng(seed));
          expect(inst.length).toBe(L + k);
          const pos = Array.from(inst.positions);
          expect(new Set(pos).size).toBe(k);
          expect([...pos].sort((a, b) => a - b)).toEqual(pos);
          for (let t = 0; t < L; t++) {
            const isData = pos.includes(t);
            expect(inst.kind[t]).toBe(isData ? COPY_DATA : COPY_NOISE);
            expect(inst.value[t]).toBeLessThan(isData ? symbols : noise);
            expect(inst.value[t]).toBeGreaterThanOrEqual(0);
          }
          pos.forEach((p, i) => expect(inst.value[p]).toBe(inst.data[i]));
          for (let j = 0; j < k; j++) {
            expect(inst.kind[L + j]).toBe(COPY_RECALL);
            expect(inst.value[L + j]).toBe(j);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("puts the fixed-spacing control at every (L/k)-th position, ending at L − 1 (DESIGNS §d)", () => {
    expect(Array.from(fixedSpacingPositions(64, 4))).toEqual([15, 31, 47, 63]);
    expect(Array.from(fixedSpacingPositions(64, 8))).toEqual([7, 15, 23, 31, 39, 47, 55, 63]);
    const inst = selectiveCopyingInstance({ L: 64, k: 4, spacing: "fixed" }, createRng(3));
    expect(Array.from(inst.positions)).toEqual([15, 31, 47, 63]);
  });

  it("reproduces an instance from its seed and draws another from another seed", () => {
    const a = selectiveCopyingInstances({ L: 64, k: 8 }, 5, 42);
    const b = selectiveCopyingInstances({ L: 64, k: 8 }, 5, 42);
    const c = selectiveCopyingInstances({ L: 64, k: 8 }, 5, 43);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("draws positions and symbols uniformly (means within 4 standard errors)", () => {
    const L = 64;
    const insts = selectiveCopyingInstances({ L, k: 4 }, 4000, 9);
    let sumPos = 0;
    const counts = new Array<number>(8).fill(0);
    for (const inst of insts) {
      for (const p of inst.positions) sumPos += p;
      for (const s of inst.data) counts[s]++;
    }
    const n = 4 * insts.length;
    // Uniform on 0…63: mean 31.5, variance (64² − 1)/12.
    const se = Math.sqrt((L * L - 1) / 12 / n);
    expect(Math.abs(sumPos / n - 31.5)).toBeLessThan(4 * se);
    for (const c of counts)
      expect(Math.abs(c / n - 1 / 8)).toBeLessThan(4 * Math.sqrt(((1 / 8) * (7 / 8)) / n));
  });

  it("rejects k > L, k = 0 and unknown spacing", () => {
    const r = createRng(1);
    expect(() => selectiveCopyingInstance({ L: 3, k: 4 }, r)).toThrow(RangeError);
    expect(() => selectiveCopyingInstance({ L: 3, k: 0 }, r)).toThrow(RangeError);
    expect(() => selectiveCopyingInstance({ L: 8, k: 2, spacing: "odd" as "fixed" }, r)).toThrow(
      RangeError,
    );
  });
});
