// The bench's pure parts (no timing here: CONTRACT.md, Tests): the plain reference loop does the
// verified scan's work, every figure case names a figure of src/sizes.ts and runs at its default
// size, and the committed reference parses on the Benchmark page.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeBenchCase } from "../../src/models";
import { SIZES_BY_ID } from "../../src/sizes";
import { parseReference } from "../../src/pages/benchmark/benchPlan";
import { figureCases } from "../../bench/cases/figures";
import { sweepSpecs } from "../../bench/cases/kernels";
import { plainScanLoop } from "../../bench/cases/reference";
import { median, pow2 } from "../../bench/harness";

describe("the plain reference loop", () => {
  it("computes what the verified selective scan computes on the same inputs", () => {
    for (const L of [1, 7, 64]) {
      expect(plainScanLoop(L, 16, 16)()).toBeCloseTo(makeBenchCase("selective-scan", L).run(), 12);
    }
  });
});

describe("the sweeps", () => {
  it("cover at least six lengths spanning at least 16× each", () => {
    for (const quick of [false, true]) {
      for (const s of sweepSpecs(quick)) {
        expect(s.lengths.length).toBeGreaterThanOrEqual(6);
        expect(s.lengths[s.lengths.length - 1] / s.lengths[0]).toBeGreaterThanOrEqual(16);
      }
    }
  });

  it("median and pow2 are the usual ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(pow2(2, 5)).toEqual([4, 8, 16, 32]);
  });
});

describe("the figure cases", () => {
  const cases = figureCases();

  it("name figures of src/sizes.ts", () => {
    for (const c of cases) expect(SIZES_BY_ID[c.figureId]).toBeDefined();
  });

  it(
    "run at their default sizes on the main thread and return a finite number",
    { timeout: 30_000 },
    () => {
      for (const c of cases) {
        if (c.where.default !== "main") continue;
        const { run, sizes } = c.make("default");
        expect(Object.keys(sizes).length).toBeGreaterThan(0);
        expect(Number.isFinite(run())).toBe(true);
      }
    },
  );
});

describe("the committed reference", () => {
  const file = "public/bench/reference-2core.json";
  it.runIf(existsSync(file))("has Chromium points for every kernel of the Benchmark page", () => {
    const json: unknown = JSON.parse(readFileSync(file, "utf8"));
    const { points, machine } = parseReference(json);
    expect(machine).toMatch(/2-core/);
    for (const k of ["selective-scan", "parallel-scan", "attention"]) {
      const ls = points.filter((p) => p.kernel === k).map((p) => p.L);
      expect(ls.length).toBeGreaterThanOrEqual(6);
      expect(Math.max(...ls) / Math.min(...ls)).toBeGreaterThanOrEqual(16);
    }
    // Node's points are not mistaken for Chromium's: one point per kernel and length.
    expect(new Set(points.map((p) => `${p.kernel}@${p.L}`)).size).toBe(points.length);
  });
});
