// @vitest-environment node
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SOURCES, SOURCE_IDS, isSourceId } from "../../src/content/sources";

describe("SOURCES", () => {
  it("keys every source by its own kebab-case id", () => {
    expect(SOURCE_IDS.length).toBeGreaterThanOrEqual(30);
    for (const id of SOURCE_IDS) {
      expect(SOURCES[id].id).toBe(id);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("gives each source a short form, title, authors and a plausible year", () => {
    for (const s of Object.values(SOURCES)) {
      expect(s.short.length, s.id).toBeGreaterThan(2);
      expect(s.short.length, s.id).toBeLessThanOrEqual(40);
      expect(s.title.length, s.id).toBeGreaterThan(5);
      expect(s.authors.length, s.id).toBeGreaterThan(2);
      expect(Number.isInteger(s.year) && s.year >= 1990 && s.year <= 2025, s.id).toBe(true);
      if (s.url !== undefined) expect(s.url, s.id).toMatch(/^https:\/\/[^\s<>"]+$/);
    }
  });

  it("has distinct short forms, so inline citations are unambiguous", () => {
    const shorts = Object.values(SOURCES).map((s) => s.short);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it("links arXiv papers to the ids FACTS.md gives", () => {
    const expected: Record<string, string> = {
      mamba: "2312.00752",
      mamba2: "2405.21060",
      hippo: "2008.07669",
      s4: "2111.00396",
      s4d: "2206.11893",
      retnet: "2307.08621",
      transformer: "1706.03762",
      bst: "2306.09539",
      jamba: "2403.19887",
      "nvidia-hybrid": "2406.07887",
      zoology: "2312.04927",
      "repeat-after-me": "2402.01032",
      marconi: "2411.19379",
      "stuffed-mamba": "2410.07145",
    };
    for (const [id, arxiv] of Object.entries(expected)) {
      expect(isSourceId(id), id).toBe(true);
      if (isSourceId(id)) expect(SOURCES[id].url).toBe(`https://arxiv.org/abs/${arxiv}`);
    }
    // The arXiv id's year is the source's year.
    for (const s of Object.values(SOURCES)) {
      const m = /arxiv\.org\/abs\/(\d\d)(\d\d)\./.exec(s.url ?? "");
      if (m) expect(s.year, s.id).toBe(2000 + Number(m[1]));
    }
  });

  it("rejects ids it does not have, including prototype names", () => {
    for (const s of ["", "constructor", "__proto__", "toString", "Mamba"]) {
      expect(isSourceId(s), s).toBe(false);
    }
  });
});

const factsPath = resolve(process.cwd(), "../shared/FACTS.md");

describe.skipIf(!existsSync(factsPath))("SOURCES against FACTS.md", () => {
  it("cites only arXiv papers that FACTS.md names", () => {
    const facts = readFileSync(factsPath, "utf8");
    for (const s of Object.values(SOURCES)) {
      const m = /arxiv\.org\/abs\/(\d{4}\.\d{5})/.exec(s.url ?? "");
      if (m) expect(facts, s.id).toContain(m[1]);
    }
  });
});
