import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ASSOCIATION_WORDS,
  FEATURE_INDEX,
  LENSES,
  WORD_CLASSES,
  associationOverlap,
  embedToken,
  lensQuery,
  lensVector,
  readThroughLens,
  topAssociations,
  type Lens,
} from "../../../src/models";

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i], 0);

/** The closed form of the file comment, from the table rows alone. */
function closedForm(word: string, lens: Lens, lambda: number, v: string): number {
  const e = embedToken(word).vector;
  const f = embedToken(v).vector;
  if (lens === "none") return dot(e, f);
  const j = FEATURE_INDEX[lens];
  return (dot(e, f) + lambda * f[j]) / Math.sqrt(1 + lambda * lambda + 2 * lambda * e[j]);
}

describe("reading a word through a lens (rainbow-test)", () => {
  it("draws its candidates from the 34 content words of DESIGNS §a.2's table", () => {
    expect(ASSOCIATION_WORDS).toHaveLength(34);
    const classes = new Set(ASSOCIATION_WORDS.map((a) => a.cls));
    expect([...classes].sort()).toEqual(
      ["colour", "memory", "myth", "optics", "rainbow", "science", "weather"].sort(),
    );
    expect(ASSOCIATION_WORDS.map((a) => a.word)).not.toContain("the");
  });

  it("has unit lens vectors on the four lens features, and none for no lens", () => {
    expect(Array.from(lensVector("none")).every((v) => v === 0)).toBe(true);
    for (const lens of ["myth", "optics", "memory", "science"] as const) {
      const c = lensVector(lens);
      expect(c[FEATURE_INDEX[lens]]).toBe(1);
      expect(dot(c, c)).toBe(1);
    }
  });

  it("scores every candidate by the closed-form cosine, and never lists the word itself", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ASSOCIATION_WORDS.map((a) => a.word), "zebra"),
        fc.constantFrom(...LENSES),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (word, lens, lambda) => {
          const r = readThroughLens(word, lens, lambda);
          expect(Math.abs(dot(r.query, r.query) - 1)).toBeLessThan(1e-12);
          expect(r.associations.map((a) => a.word)).not.toContain(word);
          expect(r.associations).toHaveLength(word === "zebra" ? 34 : 33);
          r.associations.forEach((a, i) => {
            expect(a.rank).toBe(i + 1);
            expect(a.score).toBeCloseTo(closedForm(word, lens, lambda, a.word), 12);
            expect(Math.abs(a.score)).toBeLessThanOrEqual(1 + 1e-12);
            if (i > 0) expect(a.score).toBeLessThanOrEqual(r.associations[i - 1].score);
          });
        },
      ),
    );
  });

  it("lights the lens's own class: under each lens, rainbow's top associations are that class's words", () => {
    for (const lens of ["myth", "optics", "memory", "science"] as const) {
      const words = WORD_CLASSES[lens].words;
      const top = topAssociations(readThroughLens("rainbow", lens, 1), words.length);
      expect([...top].sort()).toEqual([...words].sort());
    }
    // Myth and optics share none of their top five: the same word, two different readings.
    const myth = topAssociations(readThroughLens("rainbow", "myth", 1), 5);
    const optics = topAssociations(readThroughLens("rainbow", "optics", 1), 5);
    expect(associationOverlap(myth, optics)).toBe(0);
  });

  it("without a lens lights every content word about equally: only the hashed identity separates them", () => {
    const r = readThroughLens("rainbow", "none", 1);
    // Every other content word shares only `content` with rainbow: 0.6864² ≈ 0.471, ± the id term.
    const c = 1 / Math.sqrt(2 + 0.35 ** 2);
    for (const a of r.associations) {
      expect(Math.abs(a.score - c * c)).toBeLessThan(0.35 ** 2 * c * c + 1e-12);
    }
    // λ = 0 is the same as no lens.
    expect(readThroughLens("rainbow", "myth", 0).associations).toEqual(
      r.associations.map((a) => a),
    );
  });

  it("pulls harder as the lens gets stronger: the lens class gains on every other word as λ grows", () => {
    // Both scores share the normaliser, so their ratio is (ê(w)·ê(v) + λ·ê(v)[myth]) / ê(w)·ê(u):
    // it rises with λ for a myth word v against any word u without the myth feature.
    const ratio = (lambda: number) => {
      const r = readThroughLens("light", "myth", lambda);
      const mean = (pick: (cls: string) => boolean) => {
        const s = r.associations.filter((a) => pick(a.cls)).map((a) => a.score);
        return s.reduce((x, y) => x + y, 0) / s.length;
      };
      return mean((c) => c === "myth") / mean((c) => c !== "myth");
    };
    for (let l = 0; l < 4; l += 0.5) expect(ratio(l + 0.5)).toBeGreaterThan(ratio(l));
    // A word's own class wins with no lens; a strong enough lens overrides it.
    expect(readThroughLens("light", "none", 0).associations[0].cls).toBe("optics");
    expect(readThroughLens("light", "myth", 1).associations[0].cls).toBe("myth");
  });

  it("rejects a negative or non-finite strength", () => {
    expect(() => lensQuery("rainbow", "myth", -1)).toThrow(RangeError);
    expect(() => lensQuery("rainbow", "myth", Number.NaN)).toThrow(RangeError);
  });

  it("counts the overlap of two lists as a set", () => {
    expect(associationOverlap(["a", "b", "c"], ["c", "d", "a"])).toBe(2);
    expect(associationOverlap([], ["a"])).toBe(0);
  });
});
