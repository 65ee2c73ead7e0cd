import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import RainbowTestChapter from "../../../src/chapters/02-rainbow-test/Chapter";
import { RainbowFigure, VIEW_ID } from "../../../src/chapters/02-rainbow-test/Figure";
import { WORD_CLASSES, embedToken, FEATURE_INDEX } from "../../../src/models";
import { appStore } from "../../../src/state/store";

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    blobs.push(b as Blob);
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  appStore.getState().setRoute({ kind: "chapter", id: "rainbow-test" });
});
afterEach(() => vi.restoreAllMocks());

async function exported() {
  fireEvent.click(screen.getByRole("button", { name: "Download data" }));
  return JSON.parse(await blobs[blobs.length - 1].text());
}
const summary = () => screen.getByTestId("figure-summary").textContent ?? "";
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

describe("the lens picker", () => {
  it("starts with no lens: every content word scores ê(rainbow)·ê(v), about 0.47", async () => {
    render(<RainbowFigure />);
    const d = await exported();
    expect(d.word).toBe("rainbow");
    expect(d.lens).toBe("none");
    expect(d.associations).toHaveLength(33);
    const e = embedToken("rainbow").vector;
    for (const a of d.associations) {
      expect(a.score).toBeCloseTo(dot(e, embedToken(a.word).vector), 12);
      expect(a.score).toBeGreaterThan(0.4);
      expect(a.score).toBeLessThan(0.55);
    }
    expect(d.lit).toEqual(d.associations.slice(0, 5).map((a: { word: string }) => a.word));
    expect(summary()).toContain("“rainbow” read with no lens");
  });

  it("lights the myth words through the myth lens, with the closed-form score, in data and text", async () => {
    render(<RainbowFigure />);
    const before = summary();
    fireEvent.click(screen.getByRole("radio", { name: "Myth" }));
    const d = await exported();
    expect(d.lens).toBe("myth");
    for (const w of d.lit) expect(WORD_CLASSES.myth.words).toContain(w);
    // λ = 1: q·ê(v) = (ê(w)·ê(v) + ê(v)[myth]) / √2, since ê(rainbow) has no myth feature.
    const e = embedToken("rainbow").vector;
    for (const a of d.associations) {
      const f = embedToken(a.word).vector;
      expect(a.score).toBeCloseTo((dot(e, f) + f[FEATURE_INDEX.myth]) / Math.SQRT2, 12);
    }
    expect(summary()).not.toBe(before);
    expect(summary()).toContain("through the myth lens");
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({ lens: "myth" });
    expect(document.querySelectorAll(".assoc-row.is-lit")).toHaveLength(5);
    expect(document.querySelector(".katex-error")).toBeNull();
  });

  it("follows the word and the lens strength", async () => {
    render(<RainbowFigure />);
    fireEvent.change(screen.getByRole("combobox", { name: "Word" }), {
      target: { value: "light" },
    });
    let d = await exported();
    expect(d.word).toBe("light");
    // With no lens a word's own class comes first: light's fellow optics words.
    expect(d.associations[0].cls).toBe("optics");
    expect(d.associations.map((a: { word: string }) => a.word)).not.toContain("light");
    expect(d.associations.map((a: { word: string }) => a.word)).toContain("rainbow");
    fireEvent.click(screen.getByRole("radio", { name: "Myth" }));
    fireEvent.change(screen.getByRole("slider", { name: /Lens strength/ }), {
      target: { value: "0" },
    });
    d = await exported();
    expect(d.strength).toBe(0);
    expect(d.associations[0].cls).toBe("optics"); // λ = 0: the lens does nothing
    fireEvent.change(screen.getByRole("slider", { name: /Lens strength/ }), {
      target: { value: "2" },
    });
    d = await exported();
    expect(d.associations[0].cls).toBe("myth");
    expect(summary()).toContain("λ = 2.0");
  });
});

describe("chapter 2", () => {
  it("asks how many associations survive a new lens before revealing none, then shows optics", () => {
    render(<RainbowTestChapter />);
    const reveal = screen.getByRole("button", { name: /reveal the answer/i });
    expect(reveal).toBeDisabled();
    fireEvent.click(screen.getByRole("radio", { name: /Some of them/ }));
    fireEvent.click(screen.getByRole("button", { name: "Reveal the answer" }));
    const result = document.querySelector(".predict-result")?.textContent ?? "";
    expect(result).toContain("Your guess: Some of them");
    expect(result).toContain("The model: None of them");
    expect(result).toContain("0 of 5 stay lit");
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({ lens: "optics" });
  });

  it("is a short hook: 200 to 500 words of prose", () => {
    render(<RainbowTestChapter />);
    expect(proseWords()).toBeGreaterThanOrEqual(200);
    expect(proseWords()).toBeLessThanOrEqual(500);
  });
});

/** Words in the steps' prose (headings and paragraphs), without the prediction and fact-check boxes. */
function proseWords(): number {
  const parts = [...document.querySelectorAll(".scrolly-steps [data-step-id] > :is(h2, p)")];
  return parts
    .map((p) => p.textContent ?? "")
    .join(" ")
    .split(/\s+/)
    .filter(Boolean).length;
}
