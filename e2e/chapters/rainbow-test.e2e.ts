import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  DESKTOP,
  openPage,
  PHONE,
  screenshot,
  seriousAxeViolations,
  waitForFigures,
} from "../support/harness";

const STEPS = [
  "seven-letters",
  "four-abilities",
  "same-word-new-lens",
  "transformers-already",
  "the-question",
];
/** The whole figure, for reviewing it at phone width, where it sits above the prose. */
async function figureShot(page: Page, name: string): Promise<void> {
  mkdirSync("e2e-out", { recursive: true });
  await page.locator("figure.figure-frame").screenshot({ path: `e2e-out/${name}.png` });
}
const summary = (page: Page) => page.getByTestId("figure-summary").textContent();
const search = (page: Page) => new URL(page.url()).searchParams;
const lensShown = (page: Page) => page.locator("[data-lens]").getAttribute("data-lens");

describe("chapter 2, the rainbow test, in Chromium", () => {
  for (const [viewport, colorScheme, size] of [
    [DESKTOP, "light", "desktop-light"],
    [PHONE, "dark", "phone-dark"],
  ] as const) {
    it(`lands on every step from a deep link (${size}), with screenshots`, async () => {
      for (const step of STEPS) {
        const s = await openPage(`#rainbow-test/${step}`, { viewport, colorScheme });
        try {
          await waitForFigures(s.page);
          const section = s.page.locator(`[data-step-id="${step}"]`);
          await expect.poll(() => section.getAttribute("aria-current")).toBe("step");
          await expect.poll(() => section.isVisible()).toBe(true);
          expect(await s.page.locator(".katex-error").count()).toBe(0);
          if (size === "desktop-light" || step === STEPS[0]) {
            expect(await seriousAxeViolations(s.page)).toEqual([]);
          }
          await screenshot(s.page, `rainbow-test-${step}-${size}`);
          if (size === "phone-dark")
            await figureShot(s.page, `rainbow-test-${step}-${size}-figure`);
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      }
    }, 240_000);
  }

  it("changes the figure and the URL from every control, by keyboard alone", async () => {
    const s = await openPage("#rainbow-test");
    try {
      await waitForFigures(s.page);
      expect(await summary(s.page)).toContain("“rainbow” read with no lens");
      const press = async (locator: ReturnType<Page["getByRole"]>, key: string) => {
        const before = await summary(s.page);
        await locator.focus();
        await locator.press(key);
        await expect.poll(() => summary(s.page)).not.toBe(before);
      };
      await press(s.page.getByRole("radio", { name: "No lens" }), "ArrowRight");
      await expect.poll(() => search(s.page).get("lens")).toBe("myth");
      expect(await summary(s.page)).toContain("through the myth lens");
      await press(s.page.getByRole("combobox", { name: "Word" }), "ArrowDown");
      await expect.poll(() => search(s.page).get("w")).toBe("light");
      await press(s.page.getByRole("slider", { name: /Lens strength/ }), "ArrowRight");
      await expect.poll(() => search(s.page).get("k")).toBe("1.1");
      expect(await summary(s.page)).toContain("λ = 1.1");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("restores settings from a link, and scrolling moves the figure to the next step", async () => {
    const s = await openPage("?w=storm&k=2#rainbow-test/seven-letters");
    try {
      await waitForFigures(s.page);
      expect(await summary(s.page)).toContain("“storm” read with no lens (strength λ = 2.0)");
      await s.page
        .locator('[data-step-id="four-abilities"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => lensShown(s.page)).toBe("myth");
      await expect.poll(() => new URL(s.page.url()).hash).toBe("#rainbow-test/four-abilities");
      expect(await summary(s.page)).toContain("“storm” read through the myth lens");
      expect(search(s.page).get("w")).toBe("storm");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("asks for a prediction before it reveals the model's answer, and keeps the guess beside it", async () => {
    const s = await openPage("#rainbow-test/same-word-new-lens");
    try {
      await waitForFigures(s.page);
      expect(await lensShown(s.page)).toBe("myth");
      const reveal = s.page.getByRole("button", { name: /reveal the answer/i });
      expect(await reveal.isDisabled()).toBe(true);
      await s.page.getByRole("radio", { name: /All 5/ }).check();
      await reveal.click();
      const result = s.page.locator(".predict-result");
      await expect.poll(() => result.textContent()).toContain("Your guess: All 5");
      expect(await result.textContent()).toContain("The model: None of them");
      await expect.poll(() => search(s.page).get("lens")).toBe("optics");
      await expect.poll(() => s.page.getByTestId("compare-callout").count()).toBe(1);
      await screenshot(s.page, "rainbow-test-prediction-revealed-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
