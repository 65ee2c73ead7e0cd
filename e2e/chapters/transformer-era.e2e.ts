import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { itLandsOnEveryStep } from "../support/chapterSweep";
import { openPage, waitForFigures } from "../support/harness";

const STEPS = ["weirder-ahead", "what-happened", "what-partly-did", "end-of-an-era"];
const summary = (page: Page) => page.getByTestId("figure-summary").textContent();

describe("chapter 14, the end of the Transformer era, in Chromium", () => {
  itLandsOnEveryStep("transformer-era", STEPS);

  it("filters and flips cards with the keyboard; the figure and the URL follow", async () => {
    const s = await openPage("#transformer-era");
    try {
      await waitForFigures(s.page);
      const before = await summary(s.page);
      const show = s.page.getByRole("combobox", { name: "Show" });
      await show.focus();
      await show.press("ArrowDown");
      await expect.poll(() => summary(s.page)).not.toBe(before);
      await expect.poll(() => new URL(s.page.url()).searchParams.get("st")).toBe("happened");
      const flip = s.page.getByRole("button", { name: "Show the evidence" }).first();
      await flip.focus();
      await s.page.keyboard.press("Enter");
      await expect.poll(() => s.page.locator(".ledger-evidence:visible").count()).toBe(1);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("asks for a guess before the reveal, then shows the ones that happened", async () => {
    const s = await openPage("#transformer-era/end-of-an-era");
    try {
      await waitForFigures(s.page);
      const reveal = s.page.getByRole("button", { name: /reveal the answer/i });
      expect(await reveal.isDisabled()).toBe(true);
      await s.page.getByRole("radio", { name: "None yet" }).check();
      await reveal.click();
      await expect
        .poll(() => s.page.locator(".predict-result").textContent())
        .toContain("Your guess: None yet");
      await expect.poll(() => new URL(s.page.url()).searchParams.get("st")).toBe("happened");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
