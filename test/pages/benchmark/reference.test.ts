import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReference } from "../../../src/pages/benchmark/benchPlan";

describe("the committed 2-core benchmark reference", () => {
  it("gives the Benchmark page Chromium points for each of its kernels", () => {
    const ref = parseReference(
      JSON.parse(readFileSync("public/bench/reference-2core.json", "utf8")),
    );
    for (const kernel of ["selective-scan", "parallel-scan", "attention"]) {
      const pts = ref.points.filter((p) => p.kernel === kernel);
      expect(pts.length, kernel).toBeGreaterThanOrEqual(6);
      for (const p of pts) expect(p.ms > 0 && Number.isFinite(p.ms)).toBe(true);
    }
    expect(ref.machine).toMatch(/2-core/);
  });
});
