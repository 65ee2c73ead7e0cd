import { describe, expect, it } from "vitest";
import { DESKTOP, openPage, PHONE, screenshot, seriousAxeViolations } from "../support/harness";

describe("the Benchmark page in Chromium", () => {
  it("runs a short benchmark in a worker and plots finite slopes", async () => {
    const s = await openPage("#benchmark", { viewport: DESKTOP });
    try {
      const workers: string[] = [];
      s.page.on("worker", (w) => workers.push(w.url()));
      const quick = s.page.getByRole("button", { name: /Quick run/ });
      await quick.focus();
      await s.page.keyboard.press("Enter");
      await expect
        .poll(() => s.page.getByTestId("bench-status").textContent(), { timeout: 60_000 })
        .toMatch(/^Done: \d+ points measured/);
      expect(workers.some((u) => /bench\.worker/.test(u))).toBe(true);
      for (const kernel of ["selective-scan", "parallel-scan", "attention"]) {
        const text = (await s.page.getByTestId(`slope-${kernel}`).textContent()) ?? "";
        expect(Number.isFinite(Number.parseFloat(text)), `${kernel}: ${text}`).toBe(true);
        expect(await s.page.locator(`[data-series="${kernel}"] .marker`).count()).toBeGreaterThan(
          2,
        );
      }
      expect(await seriousAxeViolations(s.page)).toEqual([]);
      await screenshot(s.page, "benchmark-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("can be cancelled, and reads well on a phone in the dark theme", async () => {
    const s = await openPage("#benchmark", { viewport: PHONE, colorScheme: "dark" });
    try {
      await s.page.getByRole("button", { name: /Full run/ }).click();
      await s.page.getByRole("button", { name: "Cancel" }).click();
      await expect
        .poll(() => s.page.getByTestId("bench-status").textContent())
        .toMatch(/^Cancelled after/);
      expect(await seriousAxeViolations(s.page)).toEqual([]);
      await screenshot(s.page, "benchmark-phone-dark");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
