import { describe, expect, it } from "vitest";
import { DESKTOP, openPage, PHONE, screenshot, seriousAxeViolations } from "../support/harness";

describe("the Verified page in Chromium", () => {
  for (const [viewport, colorScheme, name] of [
    [DESKTOP, "light", "verified-desktop-light"],
    [PHONE, "dark", "verified-phone-dark"],
  ] as const) {
    it(`runs every public golden case to a pass (${name})`, async () => {
      const s = await openPage("#verified", { viewport, colorScheme });
      try {
        await s.page.waitForSelector('.verified[data-ready="true"]');
        const status = await s.page.getByTestId("golden-status").textContent();
        expect(status).toMatch(/^verify: (\d+)\/\1 cases within tolerance$/);
        const rows = s.page.locator("tr[data-case]");
        const n = await rows.count();
        expect(n).toBeGreaterThanOrEqual(18);
        expect(await s.page.locator('tr[data-result="pass"]').count()).toBe(n);
        expect(await seriousAxeViolations(s.page)).toEqual([]);
        await screenshot(s.page, name);
        expect(s.problems).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }

  it("is reached from a verified badge link and runs again from the keyboard", async () => {
    const s = await openPage("#verified");
    try {
      await s.page.waitForSelector('.verified[data-ready="true"]');
      const again = s.page.getByRole("button", { name: "Run again" });
      await again.focus();
      await s.page.keyboard.press("Enter");
      await s.page.waitForSelector('.verified[data-ready="true"]');
      await expect
        .poll(() => s.page.getByTestId("golden-status").textContent())
        .toMatch(/cases within tolerance/);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
