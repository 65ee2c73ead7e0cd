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

describe("contents page in Chromium", () => {
  it("moves the hero slider with the keyboard: the chart, its text and the URL follow", async () => {
    const s = await openPage("", { viewport: DESKTOP });
    try {
      await waitForFigures(s.page);
      const line = s.page.getByTestId("line");
      const before = await line.getAttribute("d");
      const summary = s.page.getByTestId("figure-summary");
      const summaryBefore = await summary.textContent();
      const slider = s.page.getByRole("slider", { name: /step size/i });
      await slider.focus();
      await slider.press("ArrowRight");
      await slider.press("ArrowRight");
      await expect.poll(() => slider.inputValue()).toBe("0.22");
      expect(await line.getAttribute("d")).not.toBe(before);
      expect(await summary.textContent()).not.toBe(summaryBefore);
      await expect.poll(() => new URL(s.page.url()).search).toBe("?dt=0.22");
      expect(await s.page.locator(".katex-error").count()).toBe(0);
      expect(await seriousAxeViolations(s.page)).toEqual([]);
      await screenshot(s.page, "contents-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("restores the hero setting from a link and reads well on a phone in the dark theme", async () => {
    const s = await openPage("?dt=1.5", { viewport: PHONE, colorScheme: "dark" });
    try {
      await waitForFigures(s.page);
      expect(await s.page.getByRole("slider", { name: /step size/i }).inputValue()).toBe("1.5");
      const overflow = await s.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(s.page)).toEqual([]);
      await screenshot(s.page, "contents-phone-dark");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("downloads the figure as SVG, PNG and data", async () => {
    const s = await openPage("");
    try {
      await waitForFigures(s.page);
      for (const [button, file] of [
        ["Download SVG", "contents-kernel.svg"],
        ["Download PNG", "contents-kernel.png"],
        ["Download data", "contents-kernel.json"],
      ] as const) {
        const [download] = await Promise.all([
          s.page.waitForEvent("download"),
          s.page.getByRole("button", { name: button }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(file);
        const stream = await download.createReadStream();
        let bytes = 0;
        for await (const chunk of stream) bytes += (chunk as Buffer).length;
        expect(bytes).toBeGreaterThan(100);
      }
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
