import { mkdirSync } from "node:fs";
import { afterAll, inject } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
const OUT_DIR = "e2e-out";

let browser: Browser | undefined;

/** One connection per spec file to the one Chromium of the global setup. */
async function getBrowser(): Promise<Browser> {
  if (!browser) {
    browser = await chromium.connect(inject("wsEndpoint"));
    afterAll(async () => {
      await browser?.close();
      browser = undefined;
    });
  }
  return browser;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
}

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, page errors, and requests that left 127.0.0.1, in order. */
  problems: string[];
  close: () => Promise<void>;
}

const LOCAL_HOSTS = new Set(["127.0.0.1"]);
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);

/** Opens `path` (relative to the preview server) in a fresh context that records every problem. */
export async function openPage(path = "", opts: OpenOptions = {}): Promise<Session> {
  const b = await getBrowser();
  const context = await b.newContext({
    viewport: opts.viewport ?? DESKTOP,
    colorScheme: opts.colorScheme ?? "light",
    reducedMotion: opts.reducedMotion ?? "no-preference",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") {
      problems.push(`console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_SCHEMES.has(url.protocol) || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    problems.push(`request left 127.0.0.1: ${url.href}`);
    return route.abort();
  });
  await page.goto(new URL(path, inject("baseUrl")).href);
  return { page, context, problems, close: () => context.close() };
}

/** Waits until every figure on the page says it has drawn (`data-ready="true"`), never on sleeps. */
export async function waitForFigures(page: Page): Promise<void> {
  await page.waitForSelector('[data-ready="true"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-ready="false"]').length === 0);
}

/** Axe findings of serious or critical impact, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A viewport screenshot under e2e-out/ (git-ignored): for people to look at, not a golden. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: `${OUT_DIR}/${name}.png` });
}
