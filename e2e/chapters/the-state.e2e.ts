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
  "one-step-at-a-time",
  "never-grows",
  "how-long-it-remembers",
  "which-numbers-to-keep",
  "fewer-numbers-blur",
  "all-history-or-a-window",
  "why-the-step-rule-matters",
  "long-range",
];
const summary = (page: Page) => page.getByTestId("figure-summary").textContent();
const search = (page: Page) => new URL(page.url()).searchParams;
const reconstruction = (page: Page) =>
  page.locator('path[data-series="reconstruction"]').getAttribute("d");
const figureKind = (page: Page) => page.getByRole("figure").getAttribute("data-figure");

describe("chapter 5, the state, in Chromium", () => {
  for (const [viewport, colorScheme, size] of [
    [DESKTOP, "light", "desktop-light"],
    [PHONE, "dark", "phone-dark"],
  ] as const) {
    for (const step of STEPS) {
      it(`lands on ${step} from a deep link (${size}), with a screenshot`, async () => {
        const s = await openPage(`#the-state/${step}`, { viewport, colorScheme });
        try {
          await waitForFigures(s.page);
          const section = s.page.locator(`[data-step-id="${step}"]`);
          await expect.poll(() => section.getAttribute("aria-current")).toBe("step");
          await expect.poll(() => section.isVisible()).toBe(true);
          expect(await s.page.locator(".katex-error").count()).toBe(0);
          if (size === "desktop-light" || step === STEPS[0] || step === STEPS[3]) {
            expect(await seriousAxeViolations(s.page)).toEqual([]);
          }
          await screenshot(s.page, `the-state-${step}-${size}`);
          // Below 800 px the figure sits above the prose: photograph it too.
          if (size === "phone-dark" && ["which-numbers-to-keep", "long-range"].includes(step)) {
            await s.page.locator("figure[data-figure]").evaluate((el) => el.scrollIntoView());
            await screenshot(s.page, `the-state-${step}-${size}-figure`);
          }
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      }, 120_000);
    }
  }

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

  it("HiPPO: drawing with a mouse changes the signal and the reconstruction", async () => {
    const s = await openPage("#the-state/which-numbers-to-keep");
    try {
      await waitForFigures(s.page);
      expect(await figureKind(s.page)).toBe("the-state/hippo");
      expect(await summary(s.page)).toContain("RMSE 0.014 over 2000 samples");
      const before = await reconstruction(s.page);
      const surface = s.page.getByTestId("draw-surface");
      await surface.scrollIntoViewIfNeeded();
      expect(await surface.evaluate((el) => getComputedStyle(el).touchAction)).toBe("none");
      const box = (await surface.boundingBox())!;
      await s.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2);
      await s.page.mouse.down();
      await s.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3, { steps: 12 });
      await s.page.mouse.up();
      await expect.poll(() => summary(s.page)).toContain("Signal: your drawing");
      await expect.poll(() => reconstruction(s.page)).not.toBe(before);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("HiPPO: a finger draws too (real touch input through the DevTools protocol)", async () => {
    const s = await openPage("#the-state/which-numbers-to-keep", { viewport: PHONE });
    try {
      await waitForFigures(s.page);
      const before = await reconstruction(s.page);
      const surface = s.page.getByTestId("draw-surface");
      await surface.scrollIntoViewIfNeeded();
      const box = (await surface.boundingBox())!;
      const at = (fx: number, fy: number) => [
        { x: box.x + box.width * fx, y: box.y + box.height * fy, id: 1 },
      ];
      const cdp = await s.context.newCDPSession(s.page);
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0.1, 0.8) });
      for (let k = 1; k <= 8; k++) {
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: at(0.1 + k * 0.08, 0.8),
        });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await expect.poll(() => summary(s.page)).toContain("Signal: your drawing");
      await expect.poll(() => reconstruction(s.page)).not.toBe(before);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("HiPPO by keyboard alone: control points, N, measure and the Euler toggle change figure and URL", async () => {
    const s = await openPage("#the-state/why-the-step-rule-matters");
    try {
      await waitForFigures(s.page);
      // The keyboard alternative to drawing: choose a point with ← →, nudge it with ↑ ↓.
      let before = await summary(s.page);
      const first = s.page.getByRole("slider", { name: /Point 1 of 16/ });
      await first.focus();
      await s.page.keyboard.press("ArrowRight");
      await s.page.keyboard.press("ArrowRight");
      const third = s.page.getByRole("slider", { name: /Point 3 of 16/ });
      await expect.poll(() => third.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await s.page.locator(".draw-handle-ring").count()).toBe(1);
      const value = Number(await third.getAttribute("aria-valuenow"));
      await s.page.keyboard.press("PageDown");
      await expect
        .poll(() => third.getAttribute("aria-valuenow"))
        .toBe(String(Number((value - 0.5).toFixed(2))));
      await expect.poll(() => summary(s.page)).not.toBe(before);
      expect(await summary(s.page)).toContain("your drawing");

      const press = async (name: RegExp, key: string, role: "slider" | "combobox" | "switch") => {
        const was = await summary(s.page);
        const control = s.page.getByRole(role, { name });
        await control.focus();
        await control.press(key);
        await expect.poll(() => summary(s.page)).not.toBe(was);
      };
      await press(/Coefficients N/, "ArrowLeft", "slider");
      await expect.poll(() => search(s.page).get("hN")).toBe("15");
      await press(/Measure/, "ArrowDown", "combobox");
      await expect.poll(() => search(s.page).get("hm")).toBe("legt");
      await press(/Measure/, "ArrowUp", "combobox");
      await expect.poll(() => search(s.page).get("hm")).toBeNull();
      await press(/Length L/, "ArrowRight", "slider");
      await expect.poll(() => search(s.page).get("hL")).toBe("2500");
      before = await summary(s.page);
      await press(/Forward Euler/, "Space", "switch");
      await expect.poll(() => search(s.page).get("euler")).toBe("1");
      expect(await summary(s.page)).toMatch(/clipped: \|c\| reached \d\.\d+×10/);
      await s.page.getByRole("button", { name: /Go to the peak/ }).focus();
      await s.page.keyboard.press("Enter");
      await expect.poll(() => s.page.locator(".coef-bar.is-clipped").count()).toBeGreaterThan(0);
      await screenshot(s.page, "the-state-hippo-euler-peak-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("HiPPO's step shortcuts: N = 8 blurs the past, LegT keeps a window", async () => {
    const s = await openPage("#the-state/fewer-numbers-blur");
    try {
      await waitForFigures(s.page);
      await s.page.getByRole("button", { name: "Try N = 8" }).click();
      await expect.poll(() => search(s.page).get("hN")).toBe("8");
      await expect.poll(() => summary(s.page)).toContain("RMSE 0.616");
      await screenshot(s.page, "the-state-hippo-n8-desktop-light");
      await s.page
        .locator('[data-step-id="all-history-or-a-window"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await s.page.getByRole("button", { name: /Try LegT/ }).click();
      await expect.poll(() => search(s.page).get("hm")).toBe("legt");
      await expect.poll(() => summary(s.page)).toContain("LegT");
      await screenshot(s.page, "the-state-hippo-legt-n8-desktop-light");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("HiPPO above N = 32: the worker answers and the figure says where it ran", async () => {
    const s = await openPage("?hN=48&hL=4000#the-state/which-numbers-to-keep");
    try {
      await waitForFigures(s.page);
      const body = s.page.locator("[data-computed-in]");
      expect(await body.getAttribute("data-computed-in")).toBe("worker");
      await expect.poll(() => summary(s.page)).toContain("computed in a background worker");
      expect(await summary(s.page)).toContain("N = 48 coefficients");
      expect(await s.page.locator(".coef-bar").count()).toBe(48);
      // A change at max N goes to the worker again, and the answer replaces the dimmed picture.
      const slider = s.page.getByRole("slider", { name: /Coefficients N/ });
      await slider.focus();
      await s.page.keyboard.press("End");
      await expect.poll(() => search(s.page).get("hN")).toBe("64");
      await waitForFigures(s.page);
      await expect.poll(() => s.page.locator(".coef-bar").count()).toBe(64);
      expect(await summary(s.page)).toContain("N = 64 coefficients");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("the Long Range Arena strip sits beside the ListOps fact check", async () => {
    const s = await openPage("#the-state/long-range");
    try {
      await waitForFigures(s.page);
      expect(await figureKind(s.page)).toBe("the-state/lra");
      expect(await summary(s.page)).toContain(
        "Path-X (2 classes, chance 50): every Transformer fails",
      );
      expect(await s.page.locator('[data-fact-check="bracket-task-listops"]').count()).toBe(1);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
