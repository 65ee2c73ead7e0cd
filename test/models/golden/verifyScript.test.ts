import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { goldenText, publicGoldenPath, repoRoot } from "./goldenFile";

const dir = mkdtempSync(path.join(tmpdir(), "verify-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs scripts/verify.ts the way `npm run verify -- FILE` does (tsx under this Node). */
function runVerify(...args: string[]) {
  const tsx = path.join(repoRoot, "node_modules/tsx/dist/cli.mjs");
  const r = spawnSync(process.execPath, [tsx, "scripts/verify.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, lines: r.stdout.trim().split("\n"), stderr: r.stderr };
}

describe("npm run verify", { timeout: 60_000 }, () => {
  it("prints one line per case and `verify: 18/18 cases within tolerance` for the public file", () => {
    const r = runVerify(publicGoldenPath);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(19);
    expect(r.lines[18]).toBe("verify: 18/18 cases within tolerance");
    for (const line of r.lines.slice(0, 18)) expect(line).toMatch(/^\S+\s+\S+ of tol {2}pass$/);
  });

  it("exits 1 with a message for a missing or unparsable file, or without an argument", () => {
    const missing = runVerify("/nonexistent/golden.json");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
    const junk = path.join(dir, "junk.json");
    writeFileSync(junk, "{ not json");
    const bad = runVerify(junk);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot parse/);
    expect(runVerify().code).toBe(1);
  });

  it("exits 1 and counts the failure when one case is out of tolerance", () => {
    const file = JSON.parse(goldenText) as { cases: { expected_f64?: { out: number[][][] } }[] };
    const out = file.cases[0].expected_f64!.out;
    out[0][0][0] += 1;
    const p = path.join(dir, "perturbed.json");
    writeFileSync(p, JSON.stringify(file));
    const r = runVerify(p);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/FAIL/);
    expect(r.lines.at(-1)).toBe("verify: 17/18 cases within tolerance");
  });
});
