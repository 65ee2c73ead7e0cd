import { describe, expect, it } from "vitest";
import { CHAPTERS, PAGES } from "../src/content/chapters";
import { DESKTOP, openPage, PHONE, screenshot, seriousAxeViolations } from "./support/harness";

describe("navigation in Chromium", () => {
  it("reaches every chapter and page by its hash, built or in preparation", async () => {
    const s = await openPage("");
    try {
      for (const view of [...CHAPTERS, ...PAGES]) {
        await s.page.goto(new URL(`#${view.id}`, s.page.url()).href);
        await expect.poll(() => s.page.locator("h1").first().textContent()).toBe(view.title);
        const marker = s.page.locator("[data-view-state]");
        const state =
          (await marker.count()) > 0
            ? await marker.first().getAttribute("data-view-state")
            : "built";
        if (state === "in-preparation") {
          expect(await s.page.getByRole("link", { name: /contents/i }).count()).toBeGreaterThan(0);
        }
      }
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("shows a calm in-preparation view at desktop (light) and phone (dark) sizes", async () => {
    for (const [viewport, colorScheme, name] of [
      [DESKTOP, "light", "in-preparation-desktop-light"],
      [PHONE, "dark", "in-preparation-phone-dark"],
    ] as const) {
      const s = await openPage("#selection", { viewport, colorScheme });
      try {
        await expect.poll(() => s.page.locator("h1").textContent()).toContain("Selection");
        expect(await s.page.getByText(/in preparation/i).count()).toBeGreaterThan(0);
        expect(await seriousAxeViolations(s.page)).toEqual([]);
        await screenshot(s.page, name);
        expect(s.problems).toEqual([]);
      } finally {
        await s.close();
      }
    }
  });

  it("goes forward through links and back and forward through history", async () => {
    const s = await openPage("");
    try {
      const h1 = () => s.page.locator("h1").first().textContent();
      await s.page
        .getByRole("link", { name: new RegExp(CHAPTERS[2].title) })
        .first()
        .click();
      await expect.poll(h1).toBe(CHAPTERS[2].title);
      expect(new URL(s.page.url()).hash).toBe(`#${CHAPTERS[2].id}`);
      await s.page.getByRole("link", { name: /Next/ }).click();
      await expect.poll(h1).toBe(CHAPTERS[3].title);
      await s.page.goBack();
      await expect.poll(h1).toBe(CHAPTERS[2].title);
      await s.page.goForward();
      await expect.poll(h1).toBe(CHAPTERS[3].title);
      await s.page.goBack();
      await s.page.goBack();
      await expect.poll(() => s.page.getByRole("heading", { name: "Chapters" }).count()).toBe(1);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("moves between chapters with J and K and opens the help with ?", async () => {
    const s = await openPage("");
    try {
      const h1 = () => s.page.locator("h1").first().textContent();
      await s.page.locator("body").press("J");
      await expect.poll(h1).toBe(CHAPTERS[0].title);
      await s.page.locator("body").press("J");
      await expect.poll(h1).toBe(CHAPTERS[1].title);
      await s.page.locator("body").press("K");
      await expect.poll(h1).toBe(CHAPTERS[0].title);
      await s.page.locator("body").press("?");
      const dialog = s.page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await seriousAxeViolations(s.page)).toEqual([]);
      await s.page.getByRole("switch", { name: /shortcuts/i }).click();
      await s.page.keyboard.press("Escape");
      await expect.poll(() => dialog.count()).toBe(0);
      await s.page.locator("body").press("J");
      expect(await h1()).toBe(CHAPTERS[0].title);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("survives junk links: a view always renders, values clamp, nothing throws", async () => {
    const junk = [
      "?dt=NaN",
      "?dt=Infinity",
      "?dt=1e999",
      "?dt=-5",
      "?dt=99",
      "?dt=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
      "?__proto__%5Bpolluted%5D=1&constructor=1",
      "?dt=0.5&dt=abc&zz=1",
      "#__proto__",
      "#selection/Not%20A%20Step!",
      "#%E0%A4%A",
      `#${"x".repeat(5000)}`,
    ];
    for (const path of junk) {
      const s = await openPage(path);
      try {
        await expect.poll(() => s.page.locator("h1").count()).toBeGreaterThan(0);
        expect(await s.page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
        expect(
          await s.page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
        ).toBeUndefined();
        expect(s.problems, path).toEqual([]);
      } finally {
        await s.close();
      }
    }
    const s = await openPage("?dt=99");
    try {
      const slider = s.page.getByRole("slider", { name: /step size/i });
      await expect.poll(() => slider.inputValue()).toBe("2");
      await expect.poll(() => new URL(s.page.url()).search).toBe("?dt=2");
    } finally {
      await s.close();
    }
  });
});
