import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

const VITE = "node_modules/.bin/vite";

/** A free loopback port (the preview script keeps 4173 for people; CONTRACT.md, Tests). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, proc: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`vite preview stopped (${proc.exitCode ?? proc.signalCode})`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Builds the app, serves it with one `vite preview`, and starts one Chromium for every spec. */
export default async function setup(project: TestProject) {
  assertChromium();
  // A private output folder, so test runs side by side never serve each other's half-written build.
  const outDir = mkdtempSync(join(tmpdir(), "ssm-e2e-dist-"));
  // Vitest sets NODE_ENV=test, which would make the build ship React's development bundle.
  const build = spawnSync(
    VITE,
    ["build", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"],
    {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`vite build failed (exit ${build.status})`);
  }

  const port = await freePort();
  const previewArgs = ["preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"];
  const preview = spawn(VITE, [...previewArgs, "--outDir", outDir], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  let browser: BrowserServer | undefined;
  try {
    const baseUrl = `http://127.0.0.1:${port}/`;
    await waitForServer(baseUrl, preview, 120_000);
    browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    project.provide("baseUrl", baseUrl);
    project.provide("wsEndpoint", browser.wsEndpoint());
  } catch (err) {
    preview.kill("SIGTERM");
    await browser?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw err;
  }
  return async () => {
    await browser?.close();
    preview.kill("SIGTERM");
    rmSync(outDir, { recursive: true, force: true });
  };
}
