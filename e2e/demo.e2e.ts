import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../config/csp";
import {
  DESKTOP,
  openPage,
  PHONE,
  screenshot,
  seriousAxeViolations,
  waitForFigures,
} from "./support/harness";

describe("the skeleton page in Chromium", () => {
  it("moves the slider with the keyboard and redraws the chart, cleanly and accessibly", async () => {
    const s = await openPage("", { viewport: DESKTOP });
    try {
      await waitForFigures(s.page);
      const line = s.page.getByTestId("line");
      const before = await line.getAttribute("d");
      const summaryBefore = await s.page.getByTestId("summary").textContent();
      const slider = s.page.getByRole("slider", { name: /step size/i });
      await slider.focus();
      await slider.press("ArrowRight");
      await slider.press("ArrowRight");
      await expect.poll(() => slider.inputValue()).toBe("0.22");
      expect(await line.getAttribute("d")).not.toBe(before);
      expect(await s.page.getByTestId("summary").textContent()).not.toBe(summaryBefore);
      expect(await s.page.locator(".katex").count()).toBeGreaterThan(0);
      expect(await s.page.locator(".katex-error").count()).toBe(0);
      expect(await seriousAxeViolations(s.page)).toEqual([]);
      await screenshot(s.page, "skeleton-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("reads well at phone width in the dark theme", async () => {
    const s = await openPage("", { viewport: PHONE, colorScheme: "dark" });
    try {
      await waitForFigures(s.page);
      const overflow = await s.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(s.page)).toEqual([]);
      await screenshot(s.page, "skeleton-phone-dark");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("works under the production Content Security Policy, which blocks inline script", async () => {
    const s = await openPage("");
    try {
      await waitForFigures(s.page);
      const meta = await s.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute("content");
      expect(meta).toBe(CONTENT_SECURITY_POLICY);
      // KaTeX's fonts are same-origin and allowed by font-src 'self'.
      const fontsLoaded = await s.page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check("16px KaTeX_Main");
      });
      expect(fontsLoaded).toBe(true);
      expect(s.problems).toEqual([]);
      const ranInline = await s.page.evaluate(() => {
        const el = document.createElement("script");
        el.textContent = "document.body.dataset.inline = 'ran'";
        document.head.appendChild(el);
        return document.body.dataset.inline === "ran";
      });
      expect(ranInline).toBe(false);
      await expect
        .poll(() => s.problems.some((p) => p.includes("Content Security Policy")))
        .toBe(true);
    } finally {
      await s.close();
    }
  });
});
