import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import TheStateChapter from "../../../src/chapters/05-the-state/Chapter";
import { STEP_IDS } from "../../../src/chapters/05-the-state/steps";
import { appStore } from "../../../src/state/store";

const words = (el: Element | null) =>
  (el?.textContent ?? "").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe("chapter 5, the state", { timeout: 20_000 }, () => {
  it("keeps its prose between 400 and 900 words (CHAPTERS.md), widgets and fact check included", () => {
    appStore.getState().setRoute({ kind: "chapter", id: "the-state" });
    render(<TheStateChapter />);
    const header = document.querySelector(".chapter-header");
    const steps = document.querySelector(".scrolly-steps");
    const total = words(header) + words(steps);
    expect(total).toBeGreaterThanOrEqual(400);
    expect(total).toBeLessThanOrEqual(900);
  });

  it("switches its one figure by step: LTI state, HiPPO compressor, Long Range Arena", () => {
    appStore.getState().setRoute({ kind: "chapter", id: "the-state" });
    render(<TheStateChapter />);
    const shown = () => screen.getByRole("figure").getAttribute("data-figure");
    expect(STEP_IDS).toContain("which-numbers-to-keep");
    expect(shown()).toBe("the-state/lti-state");
    act(() => appStore.getState().setStep("which-numbers-to-keep"));
    expect(shown()).toBe("the-state/hippo");
    act(() => appStore.getState().setStep("why-the-step-rule-matters"));
    expect(shown()).toBe("the-state/hippo");
    act(() => appStore.getState().setStep("long-range"));
    expect(shown()).toBe("the-state/lra");
    act(() => appStore.getState().setStep("never-grows"));
    expect(shown()).toBe("the-state/lti-state");
  });

  it("names the authors with the affiliations of the NVIDIA study, and hedges the title", () => {
    appStore.getState().setRoute({ kind: "chapter", id: "the-state" });
    render(<TheStateChapter />);
    const header = document.querySelector(".chapter-header")?.textContent ?? "";
    expect(header).toMatch(/Albert Gu \(Carnegie Mellon University and Cartesia AI\)/);
    expect(header).toMatch(/Tri\s+Dao \(Princeton University and Together AI/);
    expect(header).toMatch(/chief scientist, a title that source does not give/);
  });
});
