/**
 * The suite in headless Chromium: bundles bench/browserEntry.ts with Vite's library mode (an IIFE
 * into a temporary directory, offline), opens a blank page in the system Chromium with
 * playwright-core, injects the bundle and evaluates the suite on the page's main thread.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium";
import type { SuiteOptions, SuiteResult } from "./suite";

const ROOT = resolve(import.meta.dirname, "..");

/** Builds the browser bundle and returns its source. */
export async function buildBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "ssm-bench-"));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: "warn",
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: join(ROOT, "bench/browserEntry.ts"),
          formats: ["iife"],
          name: "__ssmBench",
          fileName: () => "bench.js",
        },
      },
    });
    return readFileSync(join(outDir, "bench.js"), "utf8");
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export interface ChromiumRun {
  version: string;
  result: SuiteResult;
}

/** Runs the suite in headless Chromium; progress lines are passed to `log`. */
export async function runInChromium(
  opts: SuiteOptions,
  log: (line: string) => void,
): Promise<ChromiumRun> {
  assertChromium();
  const bundle = await buildBundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on("console", (m) => {
      const t = m.text();
      if (t.startsWith("[bench] ")) log(t.slice(8));
    });
    page.on("pageerror", (e) => log(`page error: ${e.message}`));
    await page.setContent("<!doctype html><title>ssm bench</title>");
    await page.addScriptTag({ content: bundle });
    const result = (await page.evaluate(
      (o) =>
        (globalThis as unknown as { __ssmBench: { run: (o: unknown) => unknown } }).__ssmBench.run(
          o,
        ),
      opts as unknown,
    )) as SuiteResult;
    return { version: browser.version(), result };
  } finally {
    await browser.close();
  }
}
