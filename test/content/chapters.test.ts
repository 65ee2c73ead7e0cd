// @vitest-environment node
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  CHAPTERS,
  CHAPTER_IDS,
  PAGES,
  PAGE_IDS,
  chapterInfo,
  isChapterId,
  isPageId,
  pageInfo,
} from "../../src/content/chapters";

describe("chapters", () => {
  it("lists CONTRACT.md's 14 ids in order", () => {
    expect(CHAPTER_IDS).toEqual([
      "beyond-transformers",
      "rainbow-test",
      "input-dependence",
      "price-of-attention",
      "the-state",
      "lti-bargain",
      "selection",
      "making-it-fast",
      "results",
      "length-wall",
      "what-the-state-forgets",
      "remixing",
      "portable-state",
      "transformer-era",
    ]);
  });

  it("numbers the chapters 1–14 and gives each a short title and a one-line summary", () => {
    expect(CHAPTERS.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    CHAPTERS.forEach((c, i) => {
      expect(c.number).toBe(i + 1);
      expect(c.title.length, c.id).toBeGreaterThan(3);
      expect(c.title.length, c.id).toBeLessThanOrEqual(48);
      expect(c.summary.length, c.id).toBeGreaterThan(30);
      expect(c.summary.length, c.id).toBeLessThanOrEqual(200);
      expect(c.summary, c.id).not.toMatch(/\n/);
      expect(chapterInfo(c.id)).toBe(c);
    });
    expect(new Set(CHAPTERS.map((c) => c.title)).size).toBe(14);
  });

  it("has the extra pages of CONTRACT.md", () => {
    expect(PAGE_IDS).toEqual([
      "playground",
      "verified",
      "benchmark",
      "fact-checks",
      "references",
      "about",
    ]);
    expect(PAGES.map((p) => p.id)).toEqual([...PAGE_IDS]);
    for (const p of PAGES) {
      expect(p.title.length).toBeGreaterThan(3);
      expect(pageInfo(p.id)).toBe(p);
    }
  });

  it("tells ids apart, including prototype names", () => {
    expect(isChapterId("selection")).toBe(true);
    expect(isChapterId("playground")).toBe(false);
    expect(isPageId("playground")).toBe(true);
    for (const s of ["", "constructor", "__proto__", "toString", "Selection"]) {
      expect(isChapterId(s), s).toBe(false);
      expect(isPageId(s), s).toBe(false);
    }
  });
});

const episodePath = resolve(process.cwd(), "../shared/EPISODE.md");

describe.skipIf(!existsSync(episodePath))("chapters against EPISODE.md", () => {
  it("has one chapter per EPISODE chapter, numbered alike", () => {
    const text = readFileSync(episodePath, "utf8");
    const numbers = [...text.matchAll(/^## Ch\. (\d+) /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(CHAPTERS.map((c) => c.number));
  });
});
