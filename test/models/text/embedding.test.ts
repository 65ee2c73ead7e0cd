import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  EMBED_DIM,
  FEATURE_INDEX,
  FEATURE_NAMES,
  WORD_CLASSES,
  embedText,
  embedToken,
  embedTokens,
  hashedUnitVector,
  wordClassOf,
  type FeatureName,
  type WordClass,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

const TOL4 = { rtol: 0, atol: 5.01e-5 };
const ids = (v: Float64Array) => Array.from(v.subarray(12, 16));

/** The design table of DESIGNS §a.2, typed in again here: class → (features, words). */
const DESIGN_TABLE: [WordClass, Partial<Record<FeatureName, number>>, string][] = [
  ["filler", { filler: 1 }, "the a of and to in is was it that um uh well so like you know i"],
  ["punct", { punct: 1 }, ". , !"],
  ["questionMark", { punct: 1, question: 1 }, "?"],
  ["reset", { reset: 1 }, "anyway meanwhile forget reset"],
  ["colour", { content: 1, colour: 1 }, "red orange yellow green blue indigo violet"],
  ["rainbow", { content: 1, rainbow: 1 }, "rainbow"],
  ["myth", { content: 1, myth: 1 }, "myth legend god goddess iris bridge gold"],
  ["optics", { content: 1, optics: 1 }, "light prism refraction spectrum wavelength droplet"],
  ["memory", { content: 1, memory: 1 }, "remember childhood grandmother summer once"],
  ["science", { content: 1, science: 1 }, "physics newton experiment theory"],
  ["weather", { content: 1, weather: 1 }, "rain storm sun sky"],
  ["question", { filler: 0.5, question: 1 }, "what why how where"],
];

/** ê = normalise(f + 0.35·u), built independently of the model's loop. */
function expectedRow(f: Partial<Record<FeatureName, number>>, word: string): number[] {
  const u = hashedUnitVector(word);
  const raw = FEATURE_NAMES.map((name, i) => (i >= 12 ? 0.35 * u[i - 12] : (f[name] ?? 0)));
  const norm = Math.sqrt(raw.reduce((s, x) => s + x * x, 0));
  return raw.map((x) => x / norm);
}

describe("the feature names", () => {
  it("are the 16 dims of DESIGNS §a.2, in order", () => {
    expect(EMBED_DIM).toBe(16);
    expect([...FEATURE_NAMES]).toEqual(
      "content filler punct reset colour myth optics memory science rainbow weather question id0 id1 id2 id3".split(
        " ",
      ),
    );
    expect(FEATURE_INDEX.reset).toBe(3);
    expect(FEATURE_INDEX.question).toBe(11);
  });
});

describe("the curated table", () => {
  it("holds the 64 words of DESIGNS §a.2 in 12 classes, each word once", () => {
    const all = Object.values(WORD_CLASSES).flatMap((c) => c.words);
    expect(all.length).toBe(64);
    expect(new Set(all).size).toBe(64);
    expect(Object.keys(WORD_CLASSES).length).toBe(12);
    for (const [cls, features, words] of DESIGN_TABLE) {
      expect(WORD_CLASSES[cls].features).toEqual(features);
      expect([...WORD_CLASSES[cls].words]).toEqual(words.split(" "));
      for (const w of words.split(" ")) expect(wordClassOf(w)).toBe(cls);
    }
  });

  it("gives every curated word the row normalise(f + 0.35·u(w))", () => {
    for (const [, features, words] of DESIGN_TABLE) {
      for (const w of words.split(" ")) {
        const e = embedToken(w);
        expect(e.isKnown).toBe(true);
        expectAllClose(e.vector, expectedRow(features, w), { rtol: 0, atol: 1e-15 });
      }
    }
  });
});

describe("embedToken", () => {
  it("matches ê('rainbow'), ê('the') and ê('zebra') of DESIGNS §a.2", () => {
    const rainbow = embedToken("rainbow").vector;
    expectAllClose([rainbow[0], rainbow[9]], [0.6864, 0.6864], TOL4);
    expectAllClose(ids(rainbow), [0.0346, 0.0645, 0.1998, 0.1115], TOL4);

    const the = embedToken("the").vector;
    expectAllClose([the[1]], [0.9439], TOL4);
    expectAllClose(ids(the), [-0.0561, -0.1024, -0.2904, 0.1055], TOL4);

    const zebra = embedToken("zebra");
    expect(zebra.isKnown).toBe(false);
    expect(zebra.kind).toBe("unknownWord");
    expectAllClose([zebra.vector[0]], [0.9439], TOL4);
    expectAllClose(ids(zebra.vector), [-0.1064, 0.0304, -0.1742, 0.258], TOL4);
    // All other named dims are exactly zero.
    for (const [i, v] of [rainbow, the, zebra.vector].entries()) {
      const named = Array.from(v.subarray(0, 12)).filter((x) => x !== 0).length;
      expect(named).toBe(i === 0 ? 2 : 1);
    }
  });

  it("gives a one-feature word its feature 1/√1.1225 = 0.943858 (DESIGNS §l's reset weight)", () => {
    // DESIGNS §l prints 0.943880; 1/√1.1225 is 0.9438583…, which is what §l's formula uses.
    for (const w of WORD_CLASSES.reset.words) {
      expect(embedToken(w).vector[FEATURE_INDEX.reset]).toBeCloseTo(1 / Math.sqrt(1.1225), 15);
      expect(embedToken(w).vector[FEATURE_INDEX.reset]).toBeCloseTo(0.943858, 6);
    }
  });

  it("treats an unknown word as content and an unknown symbol as punctuation", () => {
    const word = embedToken("rainbow's");
    expect(word.kind).toBe("unknownWord");
    expectAllClose(word.vector, expectedRow({ content: 1 }, "rainbow's"), { rtol: 0, atol: 1e-15 });
    expect(embedToken("7").kind).toBe("unknownWord");
    const colon = embedToken(":");
    expect(colon.kind).toBe("unknownSymbol");
    expect(colon.isKnown).toBe(false);
    expectAllClose(colon.vector, expectedRow({ punct: 1 }, ":"), { rtol: 0, atol: 1e-15 });
    expect(embedToken("'").kind).toBe("unknownSymbol");
  });

  it("normalises the token first, so case and ’ do not matter", () => {
    expect(Array.from(embedToken("RainBow").vector)).toEqual(
      Array.from(embedToken("rainbow").vector),
    );
    expect(embedToken("Don\u2019t").token).toBe("don't");
  });

  it("has unit length for any token", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), (w) => {
        const v = embedToken(w).vector;
        expect(v.length).toBe(16);
        expect(Math.hypot(...v)).toBeCloseTo(1, 14);
      }),
    );
  });
});

describe("embedTokens and embedText", () => {
  it("stack the rows [L×16] and carry the cap", () => {
    const tokens = ["the", "rainbow", "zebra"];
    const E = embedTokens(tokens);
    expect(E.length).toBe(48);
    tokens.forEach((t, i) =>
      expect(Array.from(E.subarray(16 * i, 16 * i + 16))).toEqual(Array.from(embedToken(t).vector)),
    );
    const text = embedText("The rainbow, zebra!", 3);
    expect(text.tokens).toEqual(["the", "rainbow", ","]);
    expect(text.isKnown).toEqual([true, true, true]);
    expect(text.totalTokens).toBe(5);
    expect(text.isTruncated).toBe(true);
    expect(Array.from(text.embeddings)).toEqual(Array.from(embedTokens(text.tokens)));
  });
});
