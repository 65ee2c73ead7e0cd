import { describe, expect, it } from "vitest";
import { DESKTOP, openPage, PHONE, screenshot, seriousAxeViolations } from "../support/harness";

describe("the Fact checks, References and About pages in Chromium", () => {
  for (const [page, title] of [
    ["fact-checks", "Fact checks"],
    ["references", "References"],
    ["about", "About"],
  ] as const) {
    for (const [viewport, colorScheme, size] of [
      [DESKTOP, "light", "desktop-light"],
      [PHONE, "dark", "phone-dark"],
    ] as const) {
      it(`${page} reads well (${size})`, async () => {
        const s = await openPage(`#${page}`, { viewport, colorScheme });
        try {
          await expect.poll(() => s.page.locator("h1").textContent()).toBe(title);
          const overflow = await s.page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expect(await seriousAxeViolations(s.page)).toEqual([]);
          await screenshot(s.page, `${page}-${size}`);
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      });
    }
  }

  it("takes the reader from a fact check to its place in the chapter", async () => {
    const s = await openPage("#fact-checks");
    try {
      await s.page.getByRole("link", { name: "See it in chapter 5" }).first().click();
      const check = s.page.locator('[data-fact-check="bracket-task-listops"]');
      await expect.poll(() => check.isVisible()).toBe(true);
      const step = s.page.locator('[data-step-id="long-range"]');
      await expect.poll(() => step.getAttribute("aria-current")).toBe("step");
      const box = await check.boundingBox();
      expect(box && box.y >= 0 && box.y < DESKTOP.height).toBe(true);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
