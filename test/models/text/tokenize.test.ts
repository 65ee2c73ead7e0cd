import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_TOKEN_CAP, TOKEN_CAPS, normalizeText, tokenize } from "../../../src/models";
import { PRESET_TEXT_MAX_TOKENS } from "../../../src/sizes";

describe("tokenize", () => {
  it("splits the example of DESIGNS §a.1 into its 11 tokens", () => {
    const t = tokenize("Don't stop: the RAINBOW's 7 colours, naïve café!");
    expect(t.tokens).toEqual([
      "don't",
      "stop",
      ":",
      "the",
      "rainbow's",
      "7",
      "colours",
      ",",
      "naïve",
      "café",
      "!",
    ]);
    expect(t.totalTokens).toBe(11);
    expect(t.isTruncated).toBe(false);
  });

  it("turns a typographic apostrophe into ' and composes to NFC before lower-casing", () => {
    expect(tokenize("Don\u2019t").tokens).toEqual(["don't"]);
    // "cafe" + combining acute accent is one NFC word, "café" (U+00E9).
    expect(tokenize("CAFE\u0301").tokens).toEqual(["caf\u00e9"]);
    expect(normalizeText("Ü\u2019")).toBe("ü'");
  });

  it("makes every other non-space character a token of its own", () => {
    expect(tokenize("a--b?!").tokens).toEqual(["a", "-", "-", "b", "?", "!"]);
    expect(tokenize("  \n\t ").tokens).toEqual([]);
  });

  it("keeps the first maxTokens tokens and counts the rest (showing the first 64 of 91)", () => {
    const text = Array.from({ length: 91 }, (_, i) => `w${i}`).join(" ");
    const t = tokenize(text);
    expect(t.tokens.length).toBe(64);
    expect(t.tokens[63]).toBe("w63");
    expect(t.totalTokens).toBe(91);
    expect(t.isTruncated).toBe(true);
    expect(tokenize(text, 0)).toEqual({ tokens: [], totalTokens: 91, isTruncated: true });
    expect(tokenize(text, 91).isTruncated).toBe(false);
  });

  it("rejects a cap that is not a whole number ≥ 0", () => {
    expect(() => tokenize("a", -1)).toThrow(RangeError);
    expect(() => tokenize("a", 1.5)).toThrow(RangeError);
  });

  it("has the caps of DESIGNS §a.1, and the sizes table uses only those", () => {
    expect(TOKEN_CAPS).toEqual({ chapter: 64, playground: 256, conversation: 512 });
    expect(DEFAULT_TOKEN_CAP).toBe(64);
    const caps: number[] = Object.values(TOKEN_CAPS);
    for (const cap of Object.values(PRESET_TEXT_MAX_TOKENS)) expect(caps).toContain(cap);
  });

  it("returns a prefix of the uncapped tokens, none holding whitespace, none empty", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (text, cap) => {
          const all = tokenize(text, 10_000);
          const some = tokenize(text, cap);
          expect(some.tokens).toEqual(all.tokens.slice(0, cap));
          expect(some.totalTokens).toBe(all.tokens.length);
          for (const tok of all.tokens) {
            expect(tok.length).toBeGreaterThan(0);
            expect(/\s/u.test(tok)).toBe(false);
          }
          // Tokenising is idempotent on its own output.
          expect(tokenize(all.tokens.join(" "), 10_000).tokens).toEqual(all.tokens);
        },
      ),
    );
  });
});
