import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  MQAR_KEY,
  MQAR_QUERY,
  MQAR_VALUE,
  createRng,
  mqarInstance,
  mqarInstances,
  mqarKeyLabel,
} from "../../../src/models";

describe("mqarInstance", () => {
  it("lays out k v … k v | q … q with distinct keys and queries from the stored keys", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer(), (pairs, seed) => {
        const inst = mqarInstance({ pairs }, createRng(seed));
        expect(inst.length).toBe(3 * pairs);
        expect(new Set(inst.pairKeys).size).toBe(pairs);
        for (let i = 0; i < pairs; i++) {
          expect(inst.kind[2 * i]).toBe(MQAR_KEY);
          expect(inst.kind[2 * i + 1]).toBe(MQAR_VALUE);
          expect(inst.id[2 * i]).toBe(inst.pairKeys[i]);
          expect(inst.id[2 * i + 1]).toBe(inst.pairValues[i]);
          expect(inst.pairKeys[i]).toBeLessThan(64);
          expect(inst.pairValues[i]).toBeLessThan(16);
        }
        // One query per pair: the queries are the stored keys in some order.
        const queried = Array.from(inst.queryPositions, (p) => inst.id[p]);
        expect([...queried].sort((a, b) => a - b)).toEqual(
          Array.from(inst.pairKeys).sort((a, b) => a - b),
        );
        inst.queryPositions.forEach((p, q) => {
          expect(p).toBe(2 * pairs + q);
          expect(inst.kind[p]).toBe(MQAR_QUERY);
          const i = Array.from(inst.pairKeys).indexOf(inst.id[p]);
          expect(inst.answers[q]).toBe(inst.pairValues[i]);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("allows fewer queries than pairs, never more, and at most 64 pairs", () => {
    const inst = mqarInstance({ pairs: 10, queries: 3 }, createRng(1));
    expect(inst.length).toBe(23);
    expect(() => mqarInstance({ pairs: 3, queries: 4 }, createRng(1))).toThrow(RangeError);
    expect(() => mqarInstance({ pairs: 65 }, createRng(1))).toThrow(RangeError);
  });

  it("labels keys k00…k63 and reproduces sequences from a seed", () => {
    expect(mqarKeyLabel(0)).toBe("k00");
    expect(mqarKeyLabel(63)).toBe("k63");
    expect(mqarInstances({ pairs: 8 }, 4, 2)).toEqual(mqarInstances({ pairs: 8 }, 4, 2));
  });
});
