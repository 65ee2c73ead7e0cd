import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  DESKTOP,
  openPage,
  PHONE,
  screenshot,
  seriousAxeViolations,
  waitForFigures,
} from "./harness";

export const SIZES = [
  { viewport: DESKTOP, colorScheme: "light", name: "desktop-light" },
  { viewport: PHONE, colorScheme: "dark", name: "phone-dark" },
] as const;

export interface SweepOptions {
  /** Extra checks once a step has landed (the figure state the step should show). */
  check?: (page: Page, step: string) => Promise<void>;
  /** Which (step, size) pairs run axe; by default every step at desktop and the first at phone. */
  axe?: (step: string, size: (typeof SIZES)[number]["name"], index: number) => boolean;
}

/**
 * CHAPTERS.md's browser checks for a chapter: a deep link to each step lands on it (the step is
 * current and visible), no KaTeX errors, axe finds nothing serious, no console errors or stray
 * requests, and a viewport screenshot of every step at desktop (light) and phone (dark) sizes.
 * Registers one test per size.
 */
export function itLandsOnEveryStep(
  chapter: string,
  steps: readonly string[],
  opts: SweepOptions = {},
) {
  const axeFor = opts.axe ?? ((_s, size, i) => size === "desktop-light" || i === 0);
  for (const size of SIZES) {
    it(`lands on every step from a deep link (${size.name}), with screenshots`, async () => {
      for (const [i, step] of steps.entries()) {
        const s = await openPage(`#${chapter}/${step}`, {
          viewport: size.viewport,
          colorScheme: size.colorScheme,
        });
        try {
          await waitForFigures(s.page);
          const section = s.page.locator(`[data-step-id="${step}"]`);
          await expect.poll(() => section.getAttribute("aria-current")).toBe("step");
          await expect.poll(() => section.isVisible()).toBe(true);
          expect(await s.page.locator(".katex-error").count()).toBe(0);
          await opts.check?.(s.page, step);
          if (axeFor(step, size.name, i)) expect(await seriousAxeViolations(s.page)).toEqual([]);
          await screenshot(s.page, `${chapter}-${step}-${size.name}`);
          expect(s.problems).toEqual([]);
        } finally {
          await s.close();
        }
      }
    });
  }
}
