import { describe, expect, it } from "vitest";
import { buildRegistry, CHAPTER_ENTRIES } from "../../src/chapters/registry";
import { CHAPTER_IDS } from "../../src/content/chapters";

const loader = () => Promise.resolve({ default: () => null });

describe("chapter registry", () => {
  it("knows all 14 chapter ids in order, numbered 1 to 14", () => {
    expect(CHAPTER_ENTRIES.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    expect(CHAPTER_ENTRIES.map((c) => c.number)).toEqual(CHAPTER_IDS.map((_, i) => i + 1));
  });

  it("marks a chapter built exactly when its NN-<id>/Chapter.tsx folder exists", () => {
    const entries = buildRegistry({
      "./07-selection/Chapter.tsx": loader,
      "./05-the-state/Chapter.tsx": loader,
      "./99-not-a-chapter/Chapter.tsx": loader,
      "./selection/Chapter.tsx": loader,
      "./06-lti-bargain/Other.tsx": loader,
    });
    expect(entries.filter((e) => e.isBuilt).map((e) => e.id)).toEqual(["the-state", "selection"]);
    expect(entries.find((e) => e.id === "selection")?.Component).toBeDefined();
    expect(entries.find((e) => e.id === "lti-bargain")?.Component).toBeUndefined();
    expect(entries).toHaveLength(14);
  });
});
