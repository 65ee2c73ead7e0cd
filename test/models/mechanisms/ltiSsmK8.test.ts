// DESIGNS §d: the constant-Δ SSM baseline at k = 8 (see ltiSsm.test.ts for the setting and the
// band: fit on 2,000 instances, seed 1; held out on 2,000, seed 2; ±1.5 points).
import { describe, expect, it } from "vitest";
import { fitLtiSsm, ltiSsmAccuracy, selectiveCopyingInstances } from "../../../src/models";

const BAND = 0.015;

describe("the constant-Δ SSM baseline, k = 8", { timeout: 30_000 }, () => {
  it("k = 8: 34.2% at Δ = 0.03 and 24.4% at Δ = 1", () => {
    const train = selectiveCopyingInstances({ L: 64, k: 8 }, 2000, 1);
    const test = selectiveCopyingInstances({ L: 64, k: 8 }, 2000, 2);
    const a = ltiSsmAccuracy(fitLtiSsm(train, { dt: 0.03 }), test);
    const b = ltiSsmAccuracy(fitLtiSsm(train, { dt: 1 }), test);
    expect(Math.abs(a.overall - 0.342)).toBeLessThanOrEqual(BAND);
    expect(Math.abs(b.overall - 0.244)).toBeLessThanOrEqual(BAND);
  });
});
