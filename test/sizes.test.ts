// @vitest-environment node
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  FIGURE_IDS,
  PRESET_TEXT_MAX_TOKENS,
  SIZES,
  SIZES_BY_ID,
  SIZE_KEYS,
  dimField,
  getDim,
  type Dim,
  type FigureId,
  type SizeKey,
} from "../src/sizes";
import { decodeParams, decodeParamsReport } from "../src/state/fields";
import { CHAPTER_IDS } from "../src/content/chapters";

const allDims = (): [FigureId, SizeKey, Dim][] =>
  FIGURE_IDS.flatMap((f) =>
    (Object.entries(SIZES_BY_ID[f]) as [SizeKey, Dim][]).map(([k, d]): [FigureId, SizeKey, Dim] => [
      f,
      k,
      d,
    ]),
  );

describe("SIZES", () => {
  it("has min ≤ default ≤ max, whole numbers, and a known scale for every Dim", () => {
    expect(allDims().length).toBeGreaterThan(50);
    for (const [f, k, d] of allDims()) {
      const where = `${f} ${k}`;
      expect(d.min, where).toBeLessThanOrEqual(d.default);
      expect(d.default, where).toBeLessThanOrEqual(d.max);
      for (const v of [d.min, d.default, d.max]) expect(Number.isInteger(v), where).toBe(true);
      expect(["int", "pow2", "log"], where).toContain(d.scale);
      expect(Object.keys(d).sort(), where).toEqual(["default", "max", "min", "scale"]);
    }
  });

  it("uses powers of two for every value of a pow2 Dim", () => {
    const pow2 = allDims().filter(([, , d]) => d.scale === "pow2");
    expect(pow2.length).toBeGreaterThanOrEqual(4);
    for (const [f, k, d] of pow2) {
      for (const v of [d.min, d.default, d.max]) {
        expect(v > 0 && 2 ** Math.round(Math.log2(v)) === v, `${f} ${k} ${v}`).toBe(true);
      }
    }
  });

  it("keeps log Dims positive", () => {
    for (const [f, k, d] of allDims())
      if (d.scale === "log") expect(d.min, `${f} ${k}`).toBeGreaterThan(0);
  });

  it("names every figure <chapter-id>/<name> or page/<name>, with known size keys only", () => {
    const chapters = new Set<string>(CHAPTER_IDS);
    for (const f of FIGURE_IDS) {
      const m = /^([a-z0-9-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(f);
      expect(m, f).not.toBeNull();
      expect(m![1] === "page" || chapters.has(m![1]), f).toBe(true);
      for (const k of Object.keys(SIZES_BY_ID[f])) expect(SIZE_KEYS, `${f} ${k}`).toContain(k);
    }
  });

  it("transcribes DESIGNS.md §j (spot checks from the table)", () => {
    expect(SIZES["the-state/hippo"].N).toEqual({ default: 16, max: 64, min: 4, scale: "int" });
    expect(SIZES["results/kv-card"].context).toEqual({
      default: 2176,
      max: 1_048_576,
      min: 128,
      scale: "log",
    });
    expect(SIZES["results/kv-card"].batch).toEqual({
      default: 64,
      max: 128,
      min: 1,
      scale: "pow2",
    });
    expect(SIZES["selection/selective-copying"].k).toMatchObject({ default: 8, max: 8, min: 1 });
    expect(SIZES["selection/selective-copying"].N).toMatchObject({ default: 16, max: 16, min: 4 });
    expect(SIZES["price-of-attention/amnesia"].window).toMatchObject({
      default: 64,
      max: 256,
      min: 16,
    });
    expect(SIZES["remixing/hybrid-builder"].attn).toMatchObject({ default: 6, max: 48, min: 0 });
    expect(SIZES["length-wall/stream"].rate).toEqual({
      default: 58,
      max: 2000,
      min: 1,
      scale: "log",
    });
    expect(SIZES["portable-state/snapshots"].forks).toMatchObject({ default: 3, max: 8, min: 1 });
    expect(SIZES["what-the-state-forgets/needle"].L).toMatchObject({ default: 256, max: 4096 });
    expect(SIZES["what-the-state-forgets/mqar"].pairs).toMatchObject({ default: 16, max: 64 });
    expect(SIZES["making-it-fast/parallel-scan"].L).toMatchObject({
      default: 16,
      max: 64,
      scale: "pow2",
    });
    expect(SIZES["page/benchmark"].L).toMatchObject({ min: 256, max: 65_536, scale: "pow2" });
    expect(SIZES["beyond-transformers/teaser"].L).toEqual({
      default: 4096,
      max: 1_048_576,
      min: 1,
      scale: "log",
    });
    // Values that are preset text or model shapes are left out, not invented.
    expect(getDim("beyond-transformers/teaser", "D")).toBeUndefined();
    expect(getDim("selection/live-dbc", "tokens")).toBeUndefined();
    expect(getDim("results/kv-card", "N")).toBeUndefined();
  });

  it("caps preset texts for known figures only", () => {
    const entries = Object.entries(PRESET_TEXT_MAX_TOKENS);
    expect(entries.length).toBe(7);
    for (const [f, n] of entries) {
      expect(FIGURE_IDS, f).toContain(f);
      expect(n).toBeGreaterThan(0);
    }
    expect(PRESET_TEXT_MAX_TOKENS["price-of-attention/amnesia"]).toBe(512);
    expect(PRESET_TEXT_MAX_TOKENS["selection/live-dbc"]).toBe(64);
  });
});

// When DESIGNS.md sits beside the repo, compare the figure ids and every plain "default / max"
// (and single-number) cell of its L, D and N columns with SIZES.
const designsPath = resolve(process.cwd(), "../shared/DESIGNS.md");
const haveDesigns = existsSync(designsPath);

describe.skipIf(!haveDesigns)("SIZES against DESIGNS.md §j", () => {
  const text = haveDesigns ? readFileSync(designsPath, "utf8") : "";
  const start = text.indexOf("## j. Per-figure sizes table");
  const end = text.indexOf("\n## ", start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const rows = section
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .map((l) => l.split("|").map((c) => c.trim()));
  const num = (s: string) => Number(s.replace(/,/g, ""));

  it("lists the same figures", () => {
    const ids = rows.map((cells) => /`([^`]+)`/.exec(cells[1])![1]);
    expect(ids.length).toBeGreaterThan(20);
    expect([...ids].sort()).toEqual([...FIGURE_IDS].sort());
  });

  it("has the table's default, max and min wherever a cell states them as plain numbers", () => {
    let checked = 0;
    for (const cells of rows) {
      const id = /`([^`]+)`/.exec(cells[1])![1] as FigureId;
      for (const [col, key] of [
        [3, "L"],
        [4, "D"],
        [5, "N"],
      ] as const) {
        const cell = cells[col];
        const dim = SIZES_BY_ID[id][key];
        const pair = /^([\d,]+) \/ ([\d,]+)(?=\s|$)/.exec(cell);
        const single = /^([\d,]+)$/.exec(cell);
        if (pair) {
          expect(dim, `${id} ${key}`).toMatchObject({ default: num(pair[1]), max: num(pair[2]) });
          const min = /min ([\d,]+)/.exec(cell);
          if (min) expect(dim!.min, `${id} ${key} min`).toBe(num(min[1]));
          if (cell.includes("(log")) expect(dim!.scale).toBe("log");
          if (cell.includes("pow2")) expect(dim!.scale).toBe("pow2");
          checked++;
        } else if (single) {
          const v = num(single[1]);
          expect(dim, `${id} ${key}`).toEqual({ default: v, max: v, min: v, scale: "int" });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(35);
  });
});

describe("dimField", () => {
  it("makes a URL field with the Dim's bounds", () => {
    const f = dimField("the-state/hippo", "N", "N");
    expect(f).toMatchObject({ key: "N", def: 16, min: 4, max: 64, digits: 0, pow2: false });
    const table = { N: f };
    expect(decodeParams(table, "N=999")).toEqual({ N: 64 });
    expect(decodeParams(table, "N=2")).toEqual({ N: 4 });
    expect(decodeParamsReport(table, "N=999").notes).toEqual([
      "N=999 is above the maximum 64: using 64",
    ]);
  });

  it("snaps a pow2 Dim to powers of two", () => {
    const f = dimField("results/kv-card", "batch", "b");
    expect(f.pow2).toBe(true);
    expect(decodeParams({ b: f }, "b=48")).toEqual({ b: 64 });
    expect(decodeParams({ b: f }, "b=3")).toEqual({ b: 4 });
  });

  it("agrees with SIZES for every Dim", () => {
    for (const [fig, k, d] of allDims()) {
      const f = dimField(fig, k as never, "x");
      expect([f.def, f.min, f.max, f.pow2], `${fig} ${k}`).toEqual([
        d.default,
        d.min,
        d.max,
        d.scale === "pow2",
      ]);
    }
  });
});
