import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { BUILT_CHAPTERS } from "../../src/chapters/registry";
import { factChecksFor } from "../../src/content/factChecks";
import { appStore } from "../../src/state/store";

// Loading a chapter lazily can take seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

/* CHAPTERS.md, Tests: every built chapter renders, each step id appears exactly once, no KaTeX
   errors, every control has a label, and every fact check registered for it is shown. */
describe.each(BUILT_CHAPTERS.map((c) => [c.id, c] as const))("built chapter %s", (id, entry) => {
  const renderChapter = async () => {
    appStore.getState().setRoute({ kind: "chapter", id });
    const Component = entry.Component!;
    render(
      <Suspense fallback={<p>loading</p>}>
        <Component />
      </Suspense>,
    );
    await screen.findByRole("heading", { level: 1 }, { timeout: 15_000 });
  };

  it("renders its steps once each, with no KaTeX errors", async () => {
    await renderChapter();
    const ids = appStore.getState().stepIds;
    expect(ids.length).toBeGreaterThan(0);
    for (const stepId of ids) {
      expect(document.querySelectorAll(`[data-step-id="${stepId}"]`)).toHaveLength(1);
    }
    expect(document.querySelectorAll("[data-step-id]")).toHaveLength(ids.length);
    expect(document.querySelector(".katex-error")).toBeNull();
  });

  it("labels every control", async () => {
    await renderChapter();
    const controls = document.querySelectorAll("input, select, button, textarea");
    expect(controls.length).toBeGreaterThan(0);
    for (const el of controls) {
      const name = (el as HTMLElement).getAttribute("aria-label") ?? "";
      const labelled =
        name.trim() !== "" ||
        (el as HTMLInputElement).labels?.length ||
        (el.tagName === "BUTTON" && el.textContent?.trim());
      expect(labelled, el.outerHTML.slice(0, 120)).toBeTruthy();
    }
  });

  it("shows every fact check registered for it", async () => {
    await renderChapter();
    for (const fc of factChecksFor(id)) {
      expect(document.querySelector(`[data-fact-check="${fc.id}"]`), fc.id).not.toBeNull();
    }
  });
});

describe("built chapters", () => {
  it("include the state (the first chapter built)", () => {
    expect(BUILT_CHAPTERS.map((c) => c.id)).toContain("the-state");
  });
});
