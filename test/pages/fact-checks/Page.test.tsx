import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import FactChecksPage from "../../../src/pages/fact-checks/Page";
import { FACT_CHECKS } from "../../../src/content/factChecks";
import { CHAPTER_ENTRIES } from "../../../src/chapters/registry";

describe("the Fact checks page", () => {
  it("lists every registered fact check under each chapter that shows it", () => {
    render(<FactChecksPage />);
    for (const f of FACT_CHECKS) {
      const shown = document.querySelectorAll(`[data-entry="${f.id}"]`);
      expect(shown.length, f.id).toBe(f.chapters.length);
    }
  });

  it("links each check in a built chapter to its place there", () => {
    render(<FactChecksPage />);
    for (const f of FACT_CHECKS) {
      for (const chapter of f.chapters) {
        const entry = CHAPTER_ENTRIES.find((c) => c.id === chapter)!;
        const group = screen.getByRole("region", { name: new RegExp(`^${entry.number}\\. `) });
        const link = group.querySelector(
          `[data-entry="${f.id}"] a[href="#${chapter}/fact-${f.id}"]`,
        );
        expect(Boolean(link), `${f.id} in ${chapter}`).toBe(entry.isBuilt);
      }
    }
  });

  it("filters by verdict", () => {
    render(<FactChecksPage />);
    fireEvent.change(screen.getByRole("combobox", { name: "Show" }), {
      target: { value: "incorrect" },
    });
    const shown = [...document.querySelectorAll("[data-entry]")].map((e) =>
      e.getAttribute("data-entry"),
    );
    const expected = FACT_CHECKS.filter((f) => f.verdict === "incorrect").flatMap((f) =>
      f.chapters.map(() => f.id),
    );
    expect(shown.sort()).toEqual(expected.sort());
  });
});
