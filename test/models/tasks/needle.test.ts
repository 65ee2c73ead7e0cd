import { describe, expect, it } from "vitest";
import {
  NEEDLE_FILLER_WORDS,
  needleHasKey,
  needleHaystack,
  needleValue,
} from "../../../src/models";

describe("the needle's vocabulary (DESIGNS §f)", () => {
  it("has exactly the 200 filler words w000 … w199", () => {
    expect(NEEDLE_FILLER_WORDS).toHaveLength(200);
    expect(NEEDLE_FILLER_WORDS[0]).toBe("w000");
    expect(NEEDLE_FILLER_WORDS[42]).toBe("w042");
    expect(NEEDLE_FILLER_WORDS[199]).toBe("w199");
    expect(new Set(NEEDLE_FILLER_WORDS).size).toBe(200);
  });

  it("gives the filler values FNV-1a mod 16 with DESIGNS' counts (10 words share the needle's 7)", () => {
    const counts = new Array<number>(16).fill(0);
    for (const w of NEEDLE_FILLER_WORDS) counts[needleValue(w) as number]++;
    expect(counts).toEqual([15, 11, 16, 15, 10, 16, 13, 10, 10, 13, 10, 10, 15, 10, 11, 15]);
  });

  it("gives 7 the value 7 and no key; magic a key and no value", () => {
    expect(needleValue("7")).toBe(7);
    expect(needleHasKey("7")).toBe(false);
    expect(needleValue("magic")).toBeNull();
    expect(needleHasKey("magic")).toBe(true);
    expect(needleHasKey("w123")).toBe(true);
    expect(needleValue("w200")).toBeNull();
  });
});

describe("needleHaystack", () => {
  it("draws haystack 0 from mulberry32(1): 0.6270739406, 0.0027357212, 0.5274470400 → w125 w000 w105", () => {
    const { tokens } = needleHaystack(0, 16);
    expect(tokens.slice(0, 3)).toEqual(["w125", "w000", "w105"]);
  });

  it("plants magic at L/2 and 7 after it, and asks magic at L", () => {
    for (const L of [16, 64, 256, 4096]) {
      const h = needleHaystack(5, L);
      expect(h.tokens).toHaveLength(L + 1);
      expect(h.needlePos).toBe(L / 2);
      expect(h.tokens[L / 2]).toBe("magic");
      expect(h.tokens[L / 2 + 1]).toBe("7");
      expect(h.tokens[L]).toBe("magic");
      const others = h.tokens.filter((_, t) => t !== L / 2 && t !== L / 2 + 1 && t !== L);
      for (const w of others) expect(NEEDLE_FILLER_WORDS).toContain(w);
    }
  });

  it("keeps the filler of a planted haystack identical to the unplanted one", () => {
    const a = needleHaystack(7, 64);
    const b = needleHaystack(7, 64, false);
    expect(b.needlePos).toBe(-1);
    a.tokens.forEach((w, t) => {
      if (t !== 32 && t !== 33) expect(b.tokens[t]).toBe(w);
    });
  });

  it("rejects lengths too short for the needle and the question", () => {
    expect(() => needleHaystack(0, 2)).toThrow(RangeError);
    expect(() => needleHaystack(-1, 16)).toThrow(RangeError);
  });
});
