/** Loads the committed public golden file for model tests (Node only: tests, not src). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const publicGoldenPath = path.join(repoRoot, "public/golden/golden-public.json");
export const sharedGoldenPath = path.resolve(repoRoot, "../shared/golden/golden-public.json");

export interface GoldenCase {
  name: string;
  fn: string;
  tags: string[];
  dims: Record<string, number>;
  args: Record<string, unknown>;
  expected: Record<string, unknown>;
  tolerance: { rtol: number; atol: number };
  expected_f64?: Record<string, unknown>;
  tolerance_f64?: { rtol: number; atol: number };
}

export interface GoldenFile {
  format: string;
  cases: GoldenCase[];
}

export const goldenText = readFileSync(publicGoldenPath, "utf8");

/** A fresh deep copy each call, so a test may mutate it. */
export function loadGolden(): GoldenFile {
  return JSON.parse(goldenText) as GoldenFile;
}

/** Expected values and tolerance as the verifier picks them: f64 when present. */
export function bestExpected(c: GoldenCase): {
  expected: Record<string, unknown>;
  tol: { rtol: number; atol: number };
} {
  return c.expected_f64 && c.tolerance_f64
    ? { expected: c.expected_f64, tol: c.tolerance_f64 }
    : { expected: c.expected, tol: c.tolerance };
}
