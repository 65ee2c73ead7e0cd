import { describe, expect, it } from "vitest";
import {
  createHippoStepper,
  hippoReconstruct,
  hippoRun,
  hippoSignal,
  hippoSnapshot,
  hippoTestSignal,
  hippoTrajectory,
  startHippoTrajectory,
  type HippoConfig,
} from "../../../src/models";

const L = 2000;
const signal = hippoTestSignal(L);
const rel = (got: number, exp: number) => Math.abs(got / exp - 1);

describe("hippoTrajectory records the online stepper, step by step", () => {
  it("row k − 1 is c_k of an independent stepper run, and maxAbsPerStep its max |c|", () => {
    const f = hippoSignal("chirp", 300);
    for (const config of [
      { measure: "legs", N: 8 },
      { measure: "legt", N: 6, theta: 100 },
      { measure: "legs", N: 8, method: "euler" },
    ] satisfies HippoConfig[]) {
      const traj = hippoTrajectory({ ...config, signal: f });
      const st = createHippoStepper(config);
      expect(traj.L).toBe(300);
      expect(traj.coefficients).toHaveLength(300 * config.N);
      for (let k = 1; k <= 300; k++) {
        const c = st.step(f[k - 1]);
        expect(Array.from(traj.coefficients.subarray((k - 1) * config.N, k * config.N))).toEqual(
          Array.from(c),
        );
        expect(traj.maxAbsPerStep[k - 1]).toBe(Math.max(...Array.from(c, Math.abs)));
      }
    }
  });

  it("gives the same result in slices as in one go", () => {
    const config = { measure: "legs" as const, N: 12, signal };
    const whole = hippoTrajectory(config);
    const b = startHippoTrajectory(config);
    expect(() => b.result()).toThrow(RangeError);
    let guard = 0;
    while (!b.isDone() && guard++ < 1000) b.advance(37);
    expect(b.done()).toBe(L);
    expect(b.advance(10)).toBe(L);
    expect(Array.from(b.result().coefficients)).toEqual(Array.from(whole.coefficients));
  });
});

describe("hippoSnapshot at the last step reproduces DESIGNS §g", () => {
  it("LegS bilinear: final RMSE 0.0140 (N = 16) and 0.0045 (N = 32); max |c| 1.22", () => {
    for (const [N, exp] of [
      [16, 0.014],
      [32, 0.0045],
    ] as const) {
      const traj = hippoTrajectory({ measure: "legs", N, signal });
      const snap = hippoSnapshot(traj, signal, L);
      expect(rel(snap.rmse, exp)).toBeLessThan(0.05);
      expect(snap.signalRms).toBeCloseTo(0.871, 3);
      expect(snap.peak).toBeGreaterThan(1.2);
      expect(snap.peak).toBeLessThan(1.25);
      expect(snap.rmse).toBeCloseTo(hippoRun({ measure: "legs", N, signal }).rmse, 14);
    }
  });

  it("LegT θ = 1,000: window RMSE ≤ 1e-4 at N = 16, over exactly the 1,000-sample window", () => {
    const traj = hippoTrajectory({ measure: "legt", N: 16, theta: 1000, signal });
    const snap = hippoSnapshot(traj, signal, L);
    expect(snap.times).toHaveLength(1000);
    expect(snap.times[0]).toBe(L - 999);
    expect(rel(snap.rmse, 6.41e-5)).toBeLessThan(0.1);
  });

  it("forward Euler: the peak so far reaches 1.38e9 at step 11 (N = 16), gone by the end", () => {
    const traj = hippoTrajectory({ measure: "legs", N: 16, method: "euler", signal });
    const early = hippoSnapshot(traj, signal, 10);
    expect(early.peak).toBeLessThan(1.38e9);
    const at = hippoSnapshot(traj, signal, 11);
    expect(rel(at.peak, 1.38e9)).toBeLessThan(0.02);
    expect(at.peakStep).toBe(11);
    expect(at.maxAbs).toBe(at.peak);
    const end = hippoSnapshot(traj, signal, L);
    expect(end.peak).toBe(at.peak);
    expect(end.peakStep).toBe(11);
    expect(end.maxAbs).toBeLessThan(2);
    expect(rel(end.rmse, 0.0256)).toBeLessThan(0.05);
  });
});

describe("hippoSnapshot at intermediate times", () => {
  it("is the reconstruction from c_t over samples 1…t, against the signal there", () => {
    const traj = hippoTrajectory({ measure: "legs", N: 16, signal });
    const t = 700;
    const snap = hippoSnapshot(traj, signal, t);
    const c = traj.coefficients.slice((t - 1) * 16, t * 16);
    const { times, values } = hippoReconstruct("legs", c, t);
    expect(Array.from(snap.times)).toEqual(Array.from(times));
    expect(Array.from(snap.values)).toEqual(Array.from(values));
    expect(Array.from(snap.truth)).toEqual(Array.from(signal.subarray(0, t)));
    let s = 0;
    for (let i = 0; i < t; i++) s += (values[i] - signal[i]) ** 2;
    expect(snap.rmse).toBeCloseTo(Math.sqrt(s / t), 14);
  });

  it("LegT before a full window counts the memory's f = 0 before the first sample", () => {
    const traj = hippoTrajectory({ measure: "legt", N: 16, theta: 1000, signal });
    const snap = hippoSnapshot(traj, signal, 300);
    expect(snap.times[0]).toBe(-699);
    expect(snap.truth[0]).toBe(0);
    expect(snap.truth[999]).toBe(signal[299]);
  });

  it("rejects times outside 1…L and a signal of another length", () => {
    const traj = hippoTrajectory({ measure: "legs", N: 4, signal: signal.subarray(0, 10) });
    expect(() => hippoSnapshot(traj, signal.subarray(0, 10), 0)).toThrow(RangeError);
    expect(() => hippoSnapshot(traj, signal.subarray(0, 10), 11)).toThrow(RangeError);
    expect(() => hippoSnapshot(traj, signal, 5)).toThrow(RangeError);
  });
});
