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
  "a-loop",
  "a-kernel",
  "same-output",
  "why-it-mattered",
  "what-it-cost",
  "no-single-kernel",
];
const summary = (page: Page) => page.getByTestId("figure-summary").textContent();
const search = (page: Page) => new URL(page.url()).searchParams;
const mode = (page: Page) => page.locator("[data-mode]").getAttribute("data-mode");

describe("chapter 6, the time-invariant bargain, in Chromium", () => {
  for (const [viewport, colorScheme, size] of [
    [DESKTOP, "light", "desktop-light"],
    [PHONE, "dark", "phone-dark"],
  ] as const) {
    it(`lands on every step from a deep link (${size})`, { timeout: 400_000 }, async () => {
      for (const step of STEPS) {
        const s = await openPage(`#lti-bargain/${step}`, { viewport, colorScheme });
        try {
          await waitForFigures(s.page);
          const section = s.page.locator(`[data-step-id="${step}"]`);
          await expect.poll(() => section.getAttribute("aria-current")).toBe("step");
          await expect.poll(() => section.isVisible()).toBe(true);
          await expect.poll(() => mode(s.page)).toBe(step === "no-single-kernel" ? "token" : "lti");
          expect(await s.page.locator(".katex-error").count()).toBe(0);
          // Axe on every desktop step; on the phone, on the views that differ most.
          const isKeyView = [STEPS[0], "what-it-cost", "no-single-kernel"].includes(step);
          if (size === "desktop-light" || isKeyView) {
            expect(await seriousAxeViolations(s.page)).toEqual([]);
          }
          await screenshot(s.page, `lti-bargain-${step}-${size}`);
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      }
    });
  }

  it("fits the chart and the controls on a phone, with and without a token-dependent Δ", async () => {
    for (const [query, name] of [
      ["", "lti"],
      ["?sel=on", "token"],
    ] as const) {
      const s = await openPage(`${query}#lti-bargain`, { viewport: PHONE, colorScheme: "dark" });
      try {
        await waitForFigures(s.page);
        expect(await mode(s.page)).toBe(name);
        for (const part of [".two-faces", ".lti-controls"]) {
          const el = s.page.locator(part);
          await el.evaluate((e) => e.scrollIntoView({ block: "center" }));
          const box = await el.boundingBox();
          // Nothing sticks out sideways: the page never scrolls horizontally.
          expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
          await screenshot(s.page, `lti-bargain-phone-${name}-${part.slice(1)}`);
        }
        expect(
          await s.page.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(PHONE.width);
        expect(s.problems).toEqual([]);
      } finally {
        await s.close();
      }
    }
  });

  it("changes the figure and the URL from every control, by keyboard alone", async () => {
    const s = await openPage("#lti-bargain");
    try {
      await waitForFigures(s.page);
      const badge = s.page.getByTestId("max-diff");
      expect(await badge.textContent()).toMatch(/max \|conv − rec\| = (0|\d\.\d × 10⁻¹[⁵⁶⁷⁸])$/);
      const press = async (
        name: RegExp,
        key: string,
        role: "slider" | "combobox" | "switch" = "slider",
      ) => {
        const before = await summary(s.page);
        const control = s.page.getByRole(role, { name });
        await control.focus();
        await control.press(key);
        await expect.poll(() => summary(s.page)).not.toBe(before);
      };
      await press(/Step size/, "ArrowLeft");
      await expect.poll(() => search(s.page).get("dt")).not.toBeNull();
      await press(/A₁/, "ArrowRight");
      await expect.poll(() => search(s.page).get("a1")).toBe("-0.45");
      await press(/A₂/, "ArrowLeft");
      await expect.poll(() => search(s.page).get("a2")).toBe("-1.55");
      await press(/B₁/, "ArrowLeft");
      await expect.poll(() => search(s.page).get("b1")).toBe("0.95");
      await press(/B₂/, "ArrowRight");
      await expect.poll(() => search(s.page).get("b2")).toBe("1.05");
      await press(/C₁/, "ArrowLeft");
      await expect.poll(() => search(s.page).get("c1")).toBe("0.95");
      await press(/C₂/, "ArrowRight");
      await expect.poll(() => search(s.page).get("c2")).toBe("-0.95");
      await press(/Length/, "ArrowRight");
      await expect.poll(() => search(s.page).get("L")).toBe("80");
      await press(/Input/, "ArrowDown", "combobox");
      await expect.poll(() => search(s.page).get("in")).toBe("impulse");
      // Still the same function: the badge stays at rounding level after all of that.
      expect(await badge.textContent()).toMatch(/max \|conv − rec\| = (0|\d\.\d × 10⁻¹[⁵⁶⁷⁸])$/);
      await press(/State size/, "ArrowLeft");
      await expect.poll(() => search(s.page).get("N")).toBe("1");
      await press(/Make Δ depend on the token/, "Space", "switch");
      await expect.poll(() => search(s.page).get("sel")).toBe("on");
      await expect.poll(() => mode(s.page)).toBe("token");
      expect(await badge.textContent()).toBe("no single kernel");
      const before = await summary(s.page);
      await s.page.getByRole("button", { name: "Previous step" }).focus();
      await s.page.keyboard.press("Enter");
      await expect.poll(() => summary(s.page)).not.toBe(before);
      expect(await summary(s.page)).toContain("At step t = 34");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("restores settings and step from a link, and scrolling moves the figure to the next step", async () => {
    const s = await openPage("?dt=0.5&a1=-1&in=noise#lti-bargain/what-it-cost");
    try {
      await waitForFigures(s.page);
      expect(await summary(s.page)).toContain("Input: noise");
      expect(await summary(s.page)).toContain("A = (−1.00, −1.50)");
      expect(await summary(s.page)).toContain("Δ = 0.500 for every token");
      await expect.poll(() => s.page.getByTestId("price-callout").count()).toBe(1);
      await s.page
        .locator('[data-step-id="no-single-kernel"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => mode(s.page)).toBe("token");
      await expect.poll(() => s.page.getByTestId("no-kernel-note").count()).toBe(1);
      await expect.poll(() => new URL(s.page.url()).hash).toBe("#lti-bargain/no-single-kernel");
      expect(search(s.page).get("a1")).toBe("-1");
      expect(search(s.page).get("sel")).toBeNull();
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("asks for a prediction before it reveals the model's answer, and keeps the guess beside it", async () => {
    const s = await openPage("#lti-bargain/what-it-cost");
    try {
      await waitForFigures(s.page);
      expect(await mode(s.page)).toBe("lti");
      const reveal = s.page.getByRole("button", { name: /reveal the answer/i });
      expect(await reveal.isDisabled()).toBe(true);
      await s.page.getByRole("radio", { name: /Both, and they still agree/ }).check();
      await reveal.click();
      const result = s.page.locator(".predict-result");
      await expect
        .poll(() => result.textContent())
        .toContain("Your guess: Both, and they still agree");
      expect(await result.textContent()).toContain("The model: Only the recurrence");
      await expect.poll(() => search(s.page).get("sel")).toBe("on");
      await expect.poll(() => mode(s.page)).toBe("token");
      await screenshot(s.page, "lti-bargain-prediction-revealed-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
