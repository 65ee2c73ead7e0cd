import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRng, inductionHeadsInstance, inductionHeadsInstances } from "../../../src/models";

describe("inductionHeadsInstance", () => {
  it("has the trigger exactly twice, the answer after the first and the trigger last", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 300 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer(),
        (L, vocab, seed) => {
          const inst = inductionHeadsInstance({ L, vocab }, createRng(seed));
          const { tokens, trigger, triggerPos, answer } = inst;
          expect(tokens.length).toBe(L);
          expect(trigger).toBe(vocab);
          const at = Array.from(tokens.keys()).filter((t) => tokens[t] === trigger);
          expect(at).toEqual([triggerPos, L - 1]);
          expect(tokens[triggerPos + 1]).toBe(answer);
          expect(answer).toBeLessThan(vocab);
          for (const t of tokens) expect(t >= 0 && t <= vocab).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("defaults to the paper's 16 tokens and is reproducible from a seed", () => {
    const a = inductionHeadsInstances({ L: 256 }, 3, 5);
    expect(a[0].vocab).toBe(16);
    expect(inductionHeadsInstances({ L: 256 }, 3, 5)).toEqual(a);
  });

  it("needs room for the trigger, its answer and the final trigger", () => {
    expect(() => inductionHeadsInstance({ L: 2 }, createRng(1))).toThrow(RangeError);
  });
});
