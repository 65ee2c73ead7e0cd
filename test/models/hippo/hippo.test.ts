import { describe, expect, it } from "vitest";
import {
  createHippoStepper,
  hippoReconstruct,
  hippoReconstructAt,
  hippoRun,
  hippoTestSignal,
  rmse,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

const NS = [4, 8, 16, 32, 64] as const;
const L = 2000;
const signal = hippoTestSignal(L);

/** Relative distance |got/exp − 1|. */
const rel = (got: number, exp: number) => Math.abs(got / exp - 1);

describe("the test signal of DESIGNS §g", () => {
  it("is f(s) = sin 8πs + 0.5 cos 3πs² at s_k = k/L, with RMS 0.871", () => {
    expect(signal).toHaveLength(L);
    expect(signal[0]).toBeCloseTo(
      Math.sin((8 * Math.PI) / L) + 0.5 * Math.cos((3 * Math.PI) / L ** 2),
      15,
    );
    expect(signal[L - 1]).toBeCloseTo(0.5 * Math.cos(3 * Math.PI), 12);
    expect(rmse(signal, new Float64Array(L))).toBeCloseTo(0.871, 3);
  });
});

describe("LegS, N = 1: the coefficient is a (weighted) running mean", () => {
  it("forward Euler gives exactly the running mean c_k = (f_1 + … + f_k)/k", () => {
    const st = createHippoStepper({ measure: "legs", N: 1, method: "euler" });
    const f = [3, -1, 4, 1, -5, 9];
    let sum = 0;
    f.forEach((v, j) => {
      sum += v;
      expect(st.step(v)[0]).toBeCloseTo(sum / (j + 1), 14);
    });
  });

  it("bilinear gives (2k+1)·c_k = (2k−1)·c_{k−1} + 2·f_k", () => {
    const st = createHippoStepper({ measure: "legs", N: 1 });
    const f = [3, -1, 4, 1, -5, 9];
    let c = 0;
    f.forEach((v, j) => {
      const k = j + 1;
      c = ((2 * k - 1) * c + 2 * v) / (2 * k + 1);
      expect(st.step(v)[0]).toBeCloseTo(c, 14);
    });
  });
});

describe("LegS on the test signal, L = 2,000 (DESIGNS §g table)", () => {
  const bil = NS.map((N) => hippoRun({ measure: "legs", N, method: "bilinear", signal }));
  const eul = NS.map((N) => hippoRun({ measure: "legs", N, method: "euler", signal }));

  it("bilinear: final RMSE within 5% of 0.761, 0.616, 0.0140, 0.0045, 0.0050", () => {
    const table = [0.761, 0.616, 0.014, 0.0045, 0.005];
    bil.forEach((r, i) => expect(rel(r.rmse, table[i])).toBeLessThan(0.05));
  });

  it("bilinear: RMSE non-increasing over N = 4…32, N = 64 within 1.2× of N = 32", () => {
    for (let i = 1; i < 4; i++) expect(bil[i].rmse).toBeLessThanOrEqual(bil[i - 1].rmse);
    expect(bil[4].rmse).toBeLessThanOrEqual(1.2 * bil[3].rmse);
  });

  it("bilinear keeps the coefficients bounded: max|c| ≤ 1.25 at every N ≤ 64 (table: 1.22)", () => {
    for (const r of bil) {
      expect(r.maxAbs).toBeLessThanOrEqual(1.25);
      expect(rel(r.maxAbs, 1.22)).toBeLessThan(0.05);
    }
  });

  it("forward Euler blows up early (max|c| 6.76, 2.94e3, 1.38e9, 8.41e20, 9.32e44 at steps 2, 5, 11, 22, 45)", () => {
    const peak = [6.76, 2.94e3, 1.38e9, 8.41e20, 9.32e44];
    const step = [2, 5, 11, 22, 45];
    eul.forEach((r, i) => {
      expect(rel(r.maxAbs, peak[i])).toBeLessThan(0.05);
      expect(r.maxAbsStep).toBe(step[i]);
    });
    expect(eul[2].maxAbs).toBeGreaterThan(1e6);
  });

  it("forward Euler recovers later, so its final RMSE hides the blow-up (0.761, 0.616, 0.0256, 0.0218, 0.0218)", () => {
    const table = [0.761, 0.616, 0.0256, 0.0218, 0.0218];
    eul.forEach((r, i) => expect(rel(r.rmse, table[i])).toBeLessThan(0.05));
  });

  it("takes the Euler step c_k = (I − A/k)·c_{k−1} + B·f_k/k (hand-checked, N = 2), whose diagonal 1 − (n+1)/k exceeds 1 in size while k < (n+1)/2", () => {
    // A = [[1, 0], [√3, 2]], B = [1, √3]. f = 1, 0, 0: c_1 = B; c_2 = (I − A/2)·c_1 = [0.5, −√3/2 + 0];
    // c_3 = (I − A/3)·c_2 = [0.5·2/3, −(√3/3)·0.5 + (1/3)·(−√3/2)].
    const st = createHippoStepper({ measure: "legs", N: 2, method: "euler" });
    const r3 = Math.sqrt(3);
    expectAllClose(st.step(1), [1, r3], { rtol: 1e-15, atol: 0 });
    expectAllClose(st.step(0), [0.5, -r3 / 2], { rtol: 1e-15, atol: 1e-15 });
    expectAllClose(st.step(0), [1 / 3, -r3 / 6 - r3 / 6], { rtol: 1e-15, atol: 1e-15 });
    // At N = 64 the top mode's factor at k = 1 is 1 − 64 = −63: the early steps amplify.
    const big = hippoRun({
      measure: "legs",
      N: 64,
      method: "euler",
      signal: signal.subarray(0, 3),
    });
    expect(big.maxAbs).toBeGreaterThan(100);
  });
});

describe("LegT on the test signal, θ = 1,000 samples (DESIGNS §g table)", () => {
  const runs = NS.map((N) => hippoRun({ measure: "legt", N, theta: 1000, signal }));

  it("final window RMSE within 5% of 0.766, 0.125, 6.41e-5, 6.87e-5, 6.89e-5 (and ≤ 1e-4 from N = 16)", () => {
    const table = [0.766, 0.125, 6.41e-5, 6.87e-5, 6.89e-5];
    runs.forEach((r, i) => {
      expect(rel(r.rmse, table[i])).toBeLessThan(0.05);
      if (i >= 2) expect(r.rmse).toBeLessThanOrEqual(1e-4);
      expect(r.times[0]).toBe(L - 1000 + 1);
      expect(r.times).toHaveLength(1000);
    });
  });

  it("max|c| ≤ 0.62 (0.51 at N = 4, 0.59 at N = 8, 0.62 from N = 16)", () => {
    const table = [0.51, 0.59, 0.62, 0.62, 0.62];
    runs.forEach((r, i) => {
      expect(r.maxAbs).toBeLessThanOrEqual(0.62 + 0.005);
      expect(rel(r.maxAbs, table[i])).toBeLessThan(0.02);
    });
  });

  it("needs bilinear's half-sample delay: without the −½ the floor is 0.0053 instead of 4e-5 (θ = 500)", () => {
    const r = hippoRun({ measure: "legt", N: 32, theta: 500, signal });
    expect(r.rmse).toBeLessThan(4.5e-5);
    const shifted: number[] = [];
    const truth: number[] = [];
    for (let i = L - 500 + 1; i <= L; i++) {
      // s = i + ½ evaluates the polynomial at x = 2(i − t)/θ + 1, i.e. with no delay.
      shifted.push(hippoReconstructAt("legt", r.coefficients, L, i + 0.5, 500));
      truth.push(signal[i - 1]);
    }
    expect(rel(rmse(shifted, truth), 0.0053)).toBeLessThan(0.05);
  });

  it("converges to c = e_0 on a constant input (f ≡ 1 = √1·P_0), under bilinear and Euler", () => {
    for (const method of ["bilinear", "euler"] as const) {
      const r = hippoRun({
        measure: "legt",
        N: 8,
        theta: 100,
        method,
        signal: new Float64Array(400).fill(1),
      });
      expectAllClose(r.coefficients, [1, 0, 0, 0, 0, 0, 0, 0], { rtol: 0, atol: 1e-4 });
      expectAllClose(r.reconstruction, new Float64Array(100).fill(1), { rtol: 0, atol: 1e-3 });
    }
  });
});

describe("createHippoStepper and hippoRun", () => {
  it("step online to the same coefficients as hippoRun, whose observer sees every step in a reused view", () => {
    for (const measure of ["legs", "legt"] as const) {
      const cfg = { measure, N: 12, theta: 300 };
      const sig = signal.subarray(0, 700);
      const seen: number[][] = [];
      const views = new Set<Float64Array>();
      const r = hippoRun({ ...cfg, signal: sig }, (k, c) => {
        expect(k).toBe(seen.length + 1);
        seen.push(Array.from(c));
        views.add(c);
      });
      expect(views.size).toBe(1);
      const st = createHippoStepper(cfg);
      sig.forEach((v, j) => expect(Array.from(st.step(v))).toEqual(seen[j]));
      expect(st.time()).toBe(700);
      expect(Array.from(st.coefficients())).toEqual(Array.from(r.coefficients));
      st.reset();
      expect(st.time()).toBe(0);
      expect(Array.from(st.step(sig[0]))).toEqual(seen[0]);
    }
  });

  it("reconstructs LegS over all t samples at x = 2i/t − 1 and LegT over the θ-sample window", () => {
    const c = Float64Array.of(0.5, -0.25, 0.125);
    const legs = hippoReconstruct("legs", c, 4);
    expect(Array.from(legs.times)).toEqual([1, 2, 3, 4]);
    // f̂(i) = 0.5 − 0.25·√3·x + 0.125·√5·(3x² − 1)/2, at x = 2i/4 − 1
    const f = (x: number) =>
      0.5 - 0.25 * Math.sqrt(3) * x + 0.125 * Math.sqrt(5) * ((3 * x * x - 1) / 2);
    expectAllClose(legs.values, [f(-0.5), f(0), f(0.5), f(1)], { rtol: 1e-14, atol: 1e-15 });
    const legt = hippoReconstruct("legt", c, 10, 4);
    expect(Array.from(legt.times)).toEqual([7, 8, 9, 10]);
    // x = 2(i − ½ − t)/θ + 1 for i = 7…10: −0.75, −0.25, 0.25, 0.75
    expectAllClose(legt.values, [f(-0.75), f(-0.25), f(0.25), f(0.75)], {
      rtol: 1e-14,
      atol: 1e-15,
    });
  });

  it("throws on a bad config or a non-finite sample", () => {
    expect(() => createHippoStepper({ measure: "legt", N: 4 })).toThrow(RangeError);
    expect(() => createHippoStepper({ measure: "legs", N: 0 })).toThrow(RangeError);
    expect(() => createHippoStepper({ measure: "legs", N: 4, method: "zoh" as "euler" })).toThrow(
      RangeError,
    );
    expect(() => createHippoStepper({ measure: "legs", N: 4 }).step(NaN)).toThrow(RangeError);
    expect(() => hippoReconstruct("legt", Float64Array.of(1), 5)).toThrow(RangeError);
    expect(() => rmse([1], [1, 2])).toThrow(RangeError);
  });
});
