// @vitest-environment node
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FACT_CHECKS, factCheck, factChecksFor } from "../../src/content/factChecks";
import { CHAPTER_IDS, type ChapterId } from "../../src/content/chapters";
import { isSourceId } from "../../src/content/sources";

type Mark = "❌" | "⚠️" | "❌/⚠️" | "✅/⚠️";

// Every ❌ / ⚠️ mark of EPISODE.md's chapters, in reading order: [EPISODE chapter, mark, entry].
// It mirrors the table at the top of src/content/factChecks.ts. The marks are counted by the test
// below, straight from EPISODE.md, so an edit there (a new mark, a removed one, a changed verdict)
// fails this test until the registry and this list follow it.
const MARKS: readonly [number, Mark, string][] = [
  [2, "⚠️", "interpretability-not-mamba"],
  [4, "⚠️", "quadratic-in-training"],
  [4, "⚠️", "quadratic-share-short-context"],
  [5, "⚠️", "bracket-task-listops"],
  [7, "❌", "selection-keeps-parallelism"],
  [7, "⚠️", "discretisation-in-code"],
  [8, "❌/⚠️", "sram-per-sm"],
  [8, "❌", "kernel-fusion"],
  [8, "⚠️", "state-leaves-sram"],
  [8, "❌", "selection-keeps-parallelism"], // "(from Ch. 7)": the same entry, shown in both
  [9, "⚠️", "scaling-curves-tokens"],
  [9, "⚠️", "dna-comparison"],
  [9, "⚠️", "throughput-batch"],
  [10, "⚠️", "ultrachat-statistic"],
  [10, "⚠️", "tokens-per-second"],
  [11, "⚠️", "state-can-keep-needle"],
  [12, "❌", "bst-predates-mamba"],
  [12, "❌", "state-size-studied"],
  [12, "⚠️", "state-decay-exists"],
  [13, "❌", "state-runtime-access"],
  [13, "✅/⚠️", "state-caching-exact-prefix"],
  [14, "⚠️", "assistants-api-conjecture"],
];
/** 22 marks, one of them a repeat: the count made by hand from EPISODE.md. */
const DISTINCT_MARKED_CLAIMS = 21;
/** Entries FACTS.md names no source for (see the note in factChecks.ts). */
const UNCITED = ["interpretability-not-mamba", "assistants-api-conjecture"];

const chapterOf = (n: number): ChapterId => CHAPTER_IDS[n - 1];
const verdictOf = (m: Mark) => (m === "❌" || m === "❌/⚠️" ? "incorrect" : "imprecise");

describe("FACT_CHECKS", () => {
  it("has one entry per distinct marked claim", () => {
    expect(new Set(MARKS.map((m) => m[2])).size).toBe(DISTINCT_MARKED_CLAIMS);
    expect(FACT_CHECKS.length).toBe(DISTINCT_MARKED_CLAIMS);
    expect(new Set(FACT_CHECKS.map((f) => f.id))).toEqual(new Set(MARKS.map((m) => m[2])));
  });

  it("has unique kebab-case ids", () => {
    const ids = FACT_CHECKS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("matches each mark's verdict and chapter, and shows each entry in exactly its marks' chapters", () => {
    for (const [n, mark, id] of MARKS) {
      const f = factCheck(id);
      expect(f, id).toBeDefined();
      expect(f!.verdict, id).toBe(verdictOf(mark));
      expect(f!.chapters, id).toContain(chapterOf(n));
    }
    for (const f of FACT_CHECKS) {
      const expected = [...new Set(MARKS.filter((m) => m[2] === f.id).map((m) => chapterOf(m[0])))];
      expect([...f.chapters].sort(), f.id).toEqual(expected.sort());
    }
    expect(factCheck("selection-keeps-parallelism")!.chapters).toEqual([
      "selection",
      "making-it-fast",
    ]);
  });

  it("uses valid chapter ids, no duplicates", () => {
    for (const f of FACT_CHECKS) {
      expect(f.chapters.length, f.id).toBeGreaterThan(0);
      expect(new Set(f.chapters).size, f.id).toBe(f.chapters.length);
      for (const c of f.chapters) expect(CHAPTER_IDS, f.id).toContain(c);
    }
  });

  it("cites only registered sources, and every entry but the documented ones cites something", () => {
    for (const f of FACT_CHECKS) {
      for (const c of f.cite) {
        expect(isSourceId(c.source), `${f.id} → ${c.source}`).toBe(true);
        if (c.where !== undefined) expect(c.where.length, f.id).toBeGreaterThan(0);
      }
      expect(f.cite.length > 0, f.id).toBe(!UNCITED.includes(f.id));
    }
  });

  it("keeps claims short paraphrases and evidence to one to three sentences", () => {
    const quoted = /["“”]([^"“”]*)["“”]/g;
    for (const f of FACT_CHECKS) {
      expect(f.claim.length, f.id).toBeLessThanOrEqual(280);
      expect(f.claim.length, f.id).toBeGreaterThan(20);
      for (const text of [f.claim, f.evidence]) {
        for (const m of text.matchAll(quoted)) {
          expect(m[1].trim().split(/\s+/).length, `${f.id}: ${m[0]}`).toBeLessThanOrEqual(12);
        }
      }
      const sentences = f.evidence
        .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
        .filter((s) => s.trim() !== "");
      expect(sentences.length, f.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, f.id).toBeLessThanOrEqual(3);
      expect(f.evidence.length, f.id).toBeLessThanOrEqual(480);
    }
  });

  it("finds a chapter's entries in registry order", () => {
    expect(factChecksFor("making-it-fast").map((f) => f.id)).toEqual([
      "selection-keeps-parallelism",
      "sram-per-sm",
      "kernel-fusion",
      "state-leaves-sram",
    ]);
    expect(factChecksFor("beyond-transformers")).toEqual([]);
    expect(factCheck("constructor")).toBeUndefined();
  });
});

// Re-count the marks from EPISODE.md itself when it sits beside the repo.
// Method: take the text from the first "## Ch. N" heading to the next heading that is not a
// chapter (the corrections list, which has no marks), so the legend and the counting note at the
// top are never counted. In each chapter, find every mark; a combined mark (❌/⚠️, ✅/⚠️) is one
// match. A mark followed by "(from Ch. M)" is a repeat of chapter M's correction.
const episodePath = resolve(process.cwd(), "../shared/EPISODE.md");

describe.skipIf(!existsSync(episodePath))("FACT_CHECKS against EPISODE.md", () => {
  const text = existsSync(episodePath) ? readFileSync(episodePath, "utf8") : "";
  const found: { chapter: number; mark: Mark; from?: number }[] = [];
  const headings = [...text.matchAll(/^## (.*)$/gm)];
  headings.forEach((h, i) => {
    const ch = /^Ch\. (\d+)\b/.exec(h[1]);
    if (!ch) return;
    const body = text.slice(h.index, headings[i + 1]?.index ?? text.length);
    for (const m of body.matchAll(
      /(✅\/⚠\uFE0F?|❌\/⚠\uFE0F?|❌|⚠\uFE0F?)(\s*\(from Ch\. (\d+)\))?/gu,
    )) {
      const mark = m[1].replace(/⚠\uFE0F?/, "⚠️") as Mark;
      found.push({ chapter: Number(ch[1]), mark, from: m[3] ? Number(m[3]) : undefined });
    }
  });

  it("finds the same marks, in the same chapters and order, as the mapping", () => {
    expect(found.map((f) => [f.chapter, f.mark])).toEqual(MARKS.map(([n, mark]) => [n, mark]));
  });

  it("counts marks minus repeats as the number of entries", () => {
    const repeats = found.filter((f) => f.from !== undefined);
    expect(repeats.length).toBe(1);
    expect(found.length - repeats.length).toBe(FACT_CHECKS.length);
    for (const r of repeats) {
      const i = found.indexOf(r);
      const original = MARKS.find(([n, , id]) => n === r.from && id === MARKS[i][2]);
      expect(original, `repeat in Ch. ${r.chapter} of Ch. ${r.from}`).toBeDefined();
    }
  });

  it("does not count the legend or the counting note", () => {
    const firstChapter = text.search(/^## Ch\. 1\b/m);
    const preamble = text.slice(0, firstChapter);
    expect(preamble).toMatch(/Legend:/);
    expect(found.every((f) => f.chapter >= 1)).toBe(true);
  });
});
