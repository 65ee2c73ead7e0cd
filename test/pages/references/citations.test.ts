import { describe, expect, it } from "vitest";
import {
  citationIndex,
  citesInProse,
  unknownCitations,
} from "../../../src/pages/references/citations";
import { SOURCE_IDS } from "../../../src/content/sources";
import { FACT_CHECKS } from "../../../src/content/factChecks";
import { BUILT_CHAPTERS } from "../../../src/chapters/registry";

describe("citations", () => {
  it("finds <Cite id> in chapter and page sources and attributes them to their view", () => {
    const found = citesInProse({
      "../../chapters/07-selection/Chapter.tsx": `<Cite id="mamba" where="§3" /> and <Cite id="s4" />`,
      "../../chapters/07-selection/Figure.tsx": `<Cite id="mamba" />`,
      "../about/Page.tsx": `<Cite id="hippo" />`,
      "elsewhere.tsx": `<Cite id="ignored" />`,
    });
    expect(found.get("mamba")).toEqual([{ kind: "chapter", viewId: "selection" }]);
    expect(found.get("s4")).toEqual([{ kind: "chapter", viewId: "selection" }]);
    expect(found.get("hippo")).toEqual([{ kind: "page", viewId: "about" }]);
    expect(found.has("ignored")).toBe(false);
  });

  it("every id cited in the built chapters and pages exists in the registry", () => {
    expect(unknownCitations()).toEqual([]);
  });

  it("every cited source of a fact check is indexed with its chapters", () => {
    const index = citationIndex();
    for (const f of FACT_CHECKS) {
      for (const c of f.cite) {
        const places = index.get(c.source) ?? [];
        for (const chapter of f.chapters) {
          expect(places.some((p) => p.factCheckId === f.id && p.viewId === chapter)).toBe(true);
        }
      }
    }
  });

  it("cites at least one source from every built chapter", () => {
    const index = citationIndex();
    for (const c of BUILT_CHAPTERS) {
      const cited = SOURCE_IDS.some((id) => index.get(id)?.some((p) => p.viewId === c.id));
      expect(cited, c.id).toBe(true);
    }
  });

  // Holds once all fourteen chapters are built; until then some sources wait for their chapter.
  it.todo("every source of the registry is cited somewhere");
});
