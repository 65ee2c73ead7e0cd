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

const STEPS = ["one-step-at-a-time", "never-grows", "how-long-it-remembers", "long-range"];
const summary = (page: Page) => page.getByTestId("figure-summary").textContent();
const search = (page: Page) => new URL(page.url()).searchParams;

describe("chapter 5, the state, in Chromium", () => {
  it("lands on every step from a deep link, at desktop (light) and phone (dark) sizes", async () => {
    for (const [viewport, colorScheme, size] of [
      [DESKTOP, "light", "desktop-light"],
      [PHONE, "dark", "phone-dark"],
    ] as const) {
      for (const step of STEPS) {
        const s = await openPage(`#the-state/${step}`, { viewport, colorScheme });
        try {
          await waitForFigures(s.page);
          const section = s.page.locator(`[data-step-id="${step}"]`);
          await expect.poll(() => section.getAttribute("aria-current")).toBe("step");
          await expect.poll(() => section.isVisible()).toBe(true);
          expect(await s.page.locator(".katex-error").count()).toBe(0);
          if (size === "desktop-light" || step === STEPS[0]) {
            expect(await seriousAxeViolations(s.page)).toEqual([]);
          }
          await screenshot(s.page, `the-state-${step}-${size}`);
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      }
    }
  });

  it("changes the figure and the URL from every control, by keyboard alone", async () => {
    const s = await openPage("#the-state");
    try {
      await waitForFigures(s.page);
      const press = async (name: RegExp, key: string, role: "slider" | "combobox" = "slider") => {
        const before = await summary(s.page);
        const control = s.page.getByRole(role, { name });
        await control.focus();
        await control.press(key);
        await expect.poll(() => summary(s.page)).not.toBe(before);
      };
      await press(/Step size/, "ArrowLeft");
      await expect.poll(() => search(s.page).get("dt")).not.toBeNull();
      await press(/State size/, "ArrowRight");
      await expect.poll(() => search(s.page).get("N")).toBe("5");
      await press(/Length/, "ArrowRight");
      await expect.poll(() => search(s.page).get("L")).toBe("144");
      await press(/Input/, "ArrowDown", "combobox");
      await expect.poll(() => search(s.page).get("in")).toBe("step");
      const before = await summary(s.page);
      await s.page.getByRole("button", { name: "Previous step" }).focus();
      await s.page.keyboard.press("Enter");
      await expect.poll(() => summary(s.page)).not.toBe(before);
      expect(await summary(s.page)).toContain("At step t = 142");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("restores settings and step from a link, and scrolling moves the figure to the next step", async () => {
    const s = await openPage("?dt=0.5&N=8&in=sine#the-state/never-grows");
    try {
      await waitForFigures(s.page);
      expect(await summary(s.page)).toContain("Input: sine");
      expect(await summary(s.page)).toContain("Δ = 0.500, N = 8");
      await expect.poll(() => s.page.getByTestId("size-callout").count()).toBe(1);
      await s.page
        .locator('[data-step-id="how-long-it-remembers"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => s.page.locator("[data-focus]").getAttribute("data-focus")).toBe("dt");
      await expect.poll(() => new URL(s.page.url()).hash).toBe("#the-state/how-long-it-remembers");
      expect(search(s.page).get("N")).toBe("8");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("asks for a prediction before it reveals the model's answer, and keeps the guess beside it", async () => {
    const s = await openPage("#the-state/how-long-it-remembers");
    try {
      await waitForFigures(s.page);
      const reveal = s.page.getByRole("button", { name: /reveal the answer/i });
      expect(await reveal.isDisabled()).toBe(true);
      await s.page.getByRole("radio", { name: /Almost nothing/ }).check();
      await reveal.click();
      const result = s.page.locator(".predict-result");
      await expect.poll(() => result.textContent()).toContain("Your guess: Almost nothing");
      expect(await result.textContent()).toContain("A fair part");
      await expect.poll(() => search(s.page).get("dt")).toBe("0.01");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
