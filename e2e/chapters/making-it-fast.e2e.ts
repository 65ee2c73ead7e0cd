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

/** Each step and the figure it shows. */
const STEPS: readonly [string, string][] = [
  ["two-memories", "memory"],
  ["per-sm", "memory"],
  ["naive-pipeline", "bytes"],
  ["one-kernel", "bytes"],
  ["up-sweep", "scan"],
  ["down-sweep", "scan"],
  ["recompute", "recompute"],
  ["where-the-state-lives", "recompute"],
];
/** The first step of each figure: the full figure is shot there too. */
const FIRST_OF_KIND = new Set(["two-memories", "naive-pipeline", "up-sweep", "recompute"]);

const summary = (page: Page) => page.getByTestId("figure-summary").textContent();
const search = (page: Page) => new URL(page.url()).searchParams;
const kind = (page: Page) => page.locator("[data-kind]").getAttribute("data-kind");
const focus = (page: Page) => page.locator("[data-kind]").getAttribute("data-focus");

/** The whole figure as one image (taller than the viewport on a phone), for people to look at. */
async function figureShot(page: Page, name: string) {
  mkdirSync("e2e-out", { recursive: true });
  await page.locator("figure.figure-frame").screenshot({ path: `e2e-out/${name}.png` });
}

describe("chapter 8, making it fast, in Chromium", () => {
  for (const [viewport, colorScheme, size] of [
    [DESKTOP, "light", "desktop-light"],
    [PHONE, "dark", "phone-dark"],
  ] as const) {
    it(`lands on every step from a deep link (${size})`, { timeout: 600_000 }, async () => {
      for (const [step, figure] of STEPS) {
        const s = await openPage(`#making-it-fast/${step}`, { viewport, colorScheme });
        try {
          await waitForFigures(s.page);
          const section = s.page.locator(`[data-step-id="${step}"]`);
          await expect.poll(() => section.getAttribute("aria-current")).toBe("step");
          await expect.poll(() => section.isVisible()).toBe(true);
          await expect.poll(() => kind(s.page)).toBe(figure);
          expect(await s.page.locator(".katex-error").count()).toBe(0);
          if (size === "desktop-light" || FIRST_OF_KIND.has(step)) {
            expect(await seriousAxeViolations(s.page)).toEqual([]);
          }
          await screenshot(s.page, `making-it-fast-${step}-${size}`);
          if (FIRST_OF_KIND.has(step)) {
            await figureShot(s.page, `making-it-fast-figure-${figure}-${size}`);
          }
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      }
    });
  }

  it("changes the figure and the URL from every control, by keyboard alone", async () => {
    const s = await openPage("#making-it-fast/naive-pipeline");
    try {
      await waitForFigures(s.page);
      const press = async (name: RegExp, key: string, role: "slider" | "combobox" | "switch") => {
        const before = await summary(s.page);
        const control = s.page.getByRole(role, { name });
        await control.focus();
        await control.press(key);
        await expect.poll(() => summary(s.page)).not.toBe(before);
      };
      await press(/Batch B/, "ArrowRight", "slider");
      await expect.poll(() => search(s.page).get("B")).toBe("2");
      await press(/Length L/, "ArrowRight", "slider");
      await expect.poll(() => search(s.page).get("L")).toBe("4096");
      await press(/Channels D/, "ArrowLeft", "slider");
      await expect.poll(() => search(s.page).get("D")).toBe("512");
      await press(/State size N/, "ArrowRight", "slider");
      await expect.poll(() => search(s.page).get("N")).toBe("17");
      await press(/fp32 intermediates/, "Space", "switch");
      await expect.poll(() => search(s.page).get("f32")).toBe("1");
      await press(/Bytes per element/, "ArrowDown", "combobox");
      await expect.poll(() => search(s.page).get("by")).toBe("4");
      await press(/^GPU$/, "ArrowDown", "combobox");
      await expect.poll(() => search(s.page).get("gpu")).toBe("a100-80-pcie");
      expect(await summary(s.page)).toContain("B = 2, L = 4,096, D = 512, N = 17");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("steps through the parallel scan with the keyboard, and its controls rewrite the URL", async () => {
    const s = await openPage("#making-it-fast/up-sweep");
    try {
      await waitForFigures(s.page);
      const level = () => s.page.locator("[data-kind]").getAttribute("data-level");
      expect(await level()).toBe("4");
      const stage = s.page.getByRole("group", { name: /Scan levels/ });
      await stage.focus();
      await stage.press("ArrowRight");
      await expect.poll(level).toBe("5");
      expect(await s.page.getByTestId("scan-level").textContent()).toContain("clear");
      await stage.press("End");
      await expect.poll(level).toBe("10");
      expect(await summary(s.page)).toContain("largest difference");
      const before = await summary(s.page);
      await s.page.getByRole("button", { name: "Previous level" }).focus();
      await s.page.keyboard.press("Enter");
      await expect.poll(level).toBe("9");
      expect(await summary(s.page)).not.toBe(before);

      const tokens = s.page.getByRole("slider", { name: /Tokens n/ });
      await tokens.focus();
      await tokens.press("ArrowRight");
      await expect.poll(() => search(s.page).get("n")).toBe("32");
      await expect.poll(() => summary(s.page)).toContain("n = 32");
      const input = s.page.getByRole("combobox", { name: "Input x" });
      await input.focus();
      await input.press("ArrowDown");
      await expect.poll(() => search(s.page).get("in")).toBe("sine");
      await expect.poll(() => summary(s.page)).toContain("sine input");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("changes the memory figure with the GPU, and the recompute figure with the shape", async () => {
    const s = await openPage("#making-it-fast/two-memories");
    try {
      await waitForFigures(s.page);
      const gpu = s.page.getByRole("combobox", { name: /^GPU$/ });
      await gpu.focus();
      await gpu.press("ArrowUp");
      await expect.poll(() => search(s.page).get("gpu")).toBe("v100");
      await expect.poll(() => summary(s.page)).toContain("80 SMs");
    } finally {
      await s.close();
    }
    const r = await openPage("#making-it-fast/recompute");
    try {
      await waitForFigures(r.page);
      const before = await summary(r.page);
      const batch = r.page.getByRole("slider", { name: /Batch B/ });
      await batch.focus();
      await batch.press("ArrowRight");
      await expect.poll(() => search(r.page).get("B")).toBe("2");
      await expect.poll(() => summary(r.page)).not.toBe(before);
      const sw = r.page.getByRole("switch", { name: /fp32 stored states/ });
      await sw.focus();
      await sw.press("Space");
      await expect.poll(() => search(r.page).get("f32")).toBe("1");
      expect(r.problems).toEqual([]);
    } finally {
      await r.close();
    }
  });

  it("restores settings and step from a link, and scrolling moves the figure to the next step", async () => {
    const s = await openPage("?N=64&gpu=h100#making-it-fast/one-kernel");
    try {
      await waitForFigures(s.page);
      expect(await summary(s.page)).toContain("N = 64");
      expect(await summary(s.page)).toContain("H100");
      expect(await focus(s.page)).toBe("fused");
      await s.page
        .locator('[data-step-id="up-sweep"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => kind(s.page)).toBe("scan");
      await expect.poll(() => new URL(s.page.url()).hash).toBe("#making-it-fast/up-sweep");
      expect(search(s.page).get("N")).toBe("64");
      await s.page
        .locator('[data-step-id="recompute"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => kind(s.page)).toBe("recompute");
      expect(await summary(s.page)).toContain("N = 64");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("asks for a prediction before it reveals the model's answer, and keeps the guess beside it", async () => {
    const s = await openPage("?B=8#making-it-fast/one-kernel");
    try {
      await waitForFigures(s.page);
      const reveal = s.page.getByRole("button", { name: /reveal the answer/i });
      expect(await reveal.isDisabled()).toBe(true);
      await s.page.getByRole("radio", { name: /It stays exactly the same/ }).check();
      await reveal.click();
      const result = s.page.locator(".predict-result");
      await expect.poll(() => result.textContent()).toContain("Your guess: It stays exactly");
      expect(await result.textContent()).toContain("The model: It grows a little");
      expect(await result.textContent()).toContain("32.6× to 122.7×");
      await expect.poll(() => search(s.page).get("N")).toBe("64");
      expect(search(s.page).get("B")).toBeNull();
      await expect.poll(() => summary(s.page)).toContain("122.7× fewer bytes");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("jumps to the scan's last level at once under reduced motion", async () => {
    const s = await openPage("#making-it-fast/up-sweep", { reducedMotion: "reduce" });
    try {
      await waitForFigures(s.page);
      await s.page.getByRole("button", { name: "Show end" }).click();
      await expect.poll(() => s.page.locator("[data-kind]").getAttribute("data-level")).toBe("10");
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
