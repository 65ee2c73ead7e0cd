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
  "one-architecture",
  "quiet-lineage",
  "contenders",
  "the-alarm",
  "two-readers",
  "memory-climbs",
  "not-the-last-word",
];
/** The whole figure, for reviewing it at phone width, where it sits above the prose. */
async function figureShot(page: Page, name: string): Promise<void> {
  mkdirSync("e2e-out", { recursive: true });
  await page.locator("figure.figure-frame").screenshot({ path: `e2e-out/${name}.png` });
}
const summary = (page: Page) => page.getByTestId("figure-summary").textContent();
const search = (page: Page) => new URL(page.url()).searchParams;
const figureId = (page: Page) => page.getByRole("figure").getAttribute("data-figure");

describe("chapter 1, beyond the Transformer, in Chromium", () => {
  for (const [viewport, colorScheme, size] of [
    [DESKTOP, "light", "desktop-light"],
    [PHONE, "dark", "phone-dark"],
  ] as const) {
    it(`lands on every step from a deep link (${size}), with screenshots`, async () => {
      for (const step of STEPS) {
        const s = await openPage(`#beyond-transformers/${step}`, { viewport, colorScheme });
        try {
          await waitForFigures(s.page);
          const section = s.page.locator(`[data-step-id="${step}"]`);
          await expect.poll(() => section.getAttribute("aria-current")).toBe("step");
          await expect.poll(() => section.isVisible()).toBe(true);
          const kind = STEPS.indexOf(step) < 4 ? "timeline" : "teaser";
          await expect.poll(() => figureId(s.page)).toBe(`beyond-transformers/${kind}`);
          expect(await s.page.locator(".katex-error").count()).toBe(0);
          if (size === "desktop-light" || step === STEPS[0] || step === STEPS[4]) {
            expect(await seriousAxeViolations(s.page)).toEqual([]);
          }
          await screenshot(s.page, `beyond-transformers-${step}-${size}`);
          if (size === "phone-dark")
            await figureShot(s.page, `beyond-transformers-${step}-${size}-figure`);
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      }
    }, 240_000);
  }

  it("walks the timeline with the arrow keys, changing the card and the URL", async () => {
    const s = await openPage("#beyond-transformers/the-alarm");
    try {
      await waitForFigures(s.page);
      const card = s.page.getByTestId("timeline-card");
      await expect.poll(() => card.textContent()).toContain("Mamba");
      const checked = s.page.locator('[role="radio"][aria-checked="true"]');
      expect(await checked.getAttribute("data-entry")).toBe("mamba");
      await checked.focus();
      await s.page.keyboard.press("ArrowRight");
      await expect.poll(() => card.textContent()).toContain("StripedHyena-7B");
      await expect.poll(() => search(s.page).get("ev")).toBe("stripedhyena");
      await s.page.keyboard.press("Home");
      await expect.poll(() => card.textContent()).toContain("attention alone");
      await expect.poll(() => search(s.page).get("ev")).toBe("transformer");
      expect(
        await s.page.evaluate(() => document.activeElement?.getAttribute("data-entry") ?? null),
      ).toBe("transformer");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("changes the teaser and the URL from every control, by keyboard alone", async () => {
    const s = await openPage("#beyond-transformers/two-readers");
    try {
      await waitForFigures(s.page);
      expect(await summary(s.page)).toContain("Stream of 4,096 tokens; 4,096 read");
      const press = async (locator: ReturnType<Page["getByRole"]>, key: string) => {
        const before = await summary(s.page);
        await locator.focus();
        await locator.press(key);
        await expect.poll(() => summary(s.page)).not.toBe(before);
      };
      await press(s.page.getByRole("slider", { name: /Stream length/ }), "ArrowRight");
      await expect.poll(() => search(s.page).get("L")).toBe("8192");
      expect(await summary(s.page)).toContain("Stream of 8,192 tokens");
      await press(s.page.getByRole("switch", { name: /Count the weights too/ }), "Space");
      await expect.poll(() => search(s.page).get("w")).toBe("1");
      expect(await summary(s.page)).toContain("whole model");
      await press(s.page.getByRole("button", { name: "Back to the first token" }), "Enter");
      expect(await summary(s.page)).toContain("; 1 read");
      await press(s.page.getByRole("button", { name: "Play the stream" }), "Enter");
      await expect.poll(() => summary(s.page), { timeout: 15_000 }).toContain("8,192 read");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("snaps the stream to its end under reduced motion", async () => {
    const s = await openPage("#beyond-transformers/two-readers", { reducedMotion: "reduce" });
    try {
      await waitForFigures(s.page);
      await s.page.getByRole("button", { name: "Back to the first token" }).click();
      await expect.poll(() => summary(s.page)).toContain("; 1 read");
      await s.page.getByRole("button", { name: "Show end" }).click();
      expect(await summary(s.page)).toContain("4,096 read");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("restores settings from a link, and scrolling moves from the timeline to the teaser", async () => {
    const s = await openPage("?L=1024&w=1&ev=hyena#beyond-transformers/the-alarm");
    try {
      await waitForFigures(s.page);
      expect(await s.page.getByTestId("timeline-card").textContent()).toContain("Hyena");
      await s.page
        .locator('[data-step-id="two-readers"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => figureId(s.page)).toBe("beyond-transformers/teaser");
      await expect.poll(() => new URL(s.page.url()).hash).toBe("#beyond-transformers/two-readers");
      expect(await summary(s.page)).toContain("Stream of 1,024 tokens");
      expect(await summary(s.page)).toContain("whole model");
      await s.page
        .locator('[data-step-id="memory-climbs"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect
        .poll(() => s.page.locator("[data-figure-kind=teaser]").getAttribute("data-focus"))
        .toBe("memory");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("asks for a prediction before it reveals the model's answer, and keeps the guess beside it", async () => {
    const s = await openPage("#beyond-transformers/memory-climbs");
    try {
      await waitForFigures(s.page);
      const reveal = s.page.getByRole("button", { name: /reveal the answer/i });
      expect(await reveal.isDisabled()).toBe(true);
      await s.page.getByRole("radio", { name: /About 100,000 tokens/ }).check();
      await reveal.click();
      const result = s.page.locator(".predict-result");
      await expect.poll(() => result.textContent()).toContain("Your guess: About 100,000 tokens");
      expect(await result.textContent()).toContain("The model: About 40 tokens");
      await expect.poll(() => search(s.page).get("L")).toBe("64");
      await expect.poll(() => s.page.getByTestId("crossover-memory").count()).toBe(1);
      await screenshot(s.page, "beyond-transformers-prediction-revealed-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
