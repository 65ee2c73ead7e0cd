import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  causalConv,
  convolutionTerms,
  createRng,
  discretizeZoh,
  ltiKernel,
  ltiScan,
  makeSignal,
  maxAbsDifference,
  positionKernel,
  positionKernelSpread,
  PULSES,
  softplus,
  TOKEN_DT_WEIGHT,
  tokenDependentDt,
  tokenPulses,
  zohRecurrence,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

const f64 = (xs: number[]) => Float64Array.from(xs);

function uniform(n: number, lo: number, hi: number, seed: number): Float64Array {
  const r = createRng(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * r.next());
}

/**
 * Independent slow recurrence with its own ZOH per step (Math.exp and a plain division, no expm1,
 * no selective scan): h_t = e^{Δ_t a}·h_{t−1} + (e^{Δ_t a} − 1)/a·b·u_t, y_t = Σ c·h_t.
 */
function slowRecurrence(dt: number[], a: number[], b: number[], c: number[], u: number[]) {
  const h = a.map(() => 0);
  return u.map((ut, t) => {
    let y = 0;
    for (let n = 0; n < a.length; n++) {
      const e = Math.exp(dt[t] * a[n]);
      h[n] = e * h[n] + ((e - 1) / a[n]) * b[n] * ut;
      y += c[n] * h[n];
    }
    return y;
  });
}

/** Independent slow weight of u_s in y_t: Σ_n c_n·Π_{i=s+1..t} e^{Δ_i a_n}·(e^{Δ_s a_n} − 1)/a_n·b_n. */
function slowWeight(dt: number[], a: number[], b: number[], c: number[], t: number, s: number) {
  let w = 0;
  for (let n = 0; n < a.length; n++) {
    let sumDt = 0;
    for (let i = s + 1; i <= t; i++) sumDt += dt[i];
    w += c[n] * Math.exp(sumDt * a[n]) * ((Math.exp(dt[s] * a[n]) - 1) / a[n]) * b[n];
  }
  return w;
}

const modes = fc.record({
  N: fc.integer({ min: 1, max: 2 }),
  a: fc.array(fc.double({ min: -4, max: -0.05, noNaN: true }), { minLength: 2, maxLength: 2 }),
  b: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 2, maxLength: 2 }),
  c: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 2, maxLength: 2 }),
  dt: fc.double({ min: 0.01, max: 2, noNaN: true }),
  L: fc.integer({ min: 1, max: 96 }),
  seed: fc.integer({ min: 1, max: 9999 }),
});

describe("tokenDependentDt", () => {
  it("is softplus(softplus⁻¹(Δ) + w·u_t): Δ where u_t = 0, larger for positive tokens, smaller for negative", () => {
    const u = f64([0, 1, -0.5, 0, 2]);
    const dt = tokenDependentDt(0.3, u);
    const bias = Math.log(Math.exp(0.3) - 1);
    expect(dt[0]).toBe(0.3);
    expect(dt[3]).toBe(0.3);
    expect(dt[1]).toBeCloseTo(Math.log1p(Math.exp(bias + TOKEN_DT_WEIGHT)), 14);
    expect(dt[2]).toBeCloseTo(Math.log1p(Math.exp(bias - 0.5 * TOKEN_DT_WEIGHT)), 14);
    expect(dt[1]).toBeGreaterThan(0.3);
    expect(dt[2]).toBeLessThan(0.3);
    expect(dt[4]).toBeGreaterThan(dt[1]);
    expect(Array.from(tokenDependentDt(0.3, u, 0))).toEqual([0.3, 0.3, 0.3, 0.3, 0.3]);
  });

  it("stays positive and increases with the token, for any Δ", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 2, noNaN: true }), (d) => {
        const u = f64([-3, -1, 0, 1, 3]);
        const dt = tokenDependentDt(d, u);
        for (let t = 0; t < u.length; t++) expect(dt[t]).toBeGreaterThan(0);
        for (let t = 1; t < u.length; t++) expect(dt[t]).toBeGreaterThan(dt[t - 1]);
        expect(dt[2]).toBe(d);
        expect(dt[4]).toBeCloseTo(softplus(Math.log(Math.expm1(d)) + 6), 10);
      }),
    );
  });

  it("rejects a step that is not positive, and non-finite tokens", () => {
    expect(() => tokenDependentDt(0, f64([1]))).toThrow(RangeError);
    expect(() => tokenDependentDt(Number.NaN, f64([1]))).toThrow(RangeError);
    expect(() => tokenDependentDt(0.1, f64([Number.POSITIVE_INFINITY]))).toThrow(RangeError);
  });
});

describe("zohRecurrence", () => {
  it("matches a hand-computed two-step run (Δ = ln 2, a = −1, b = 2, c = 3)", () => {
    // Ā = e^{−ln 2} = ½, B̄ = (1 − ½)·2 = 1: h_0 = 1·u_0 = 4, h_1 = ½·4 + 1·(−2) = 0, y = 3h.
    const dt = Math.LN2;
    const r = zohRecurrence(f64([dt, dt]), f64([-1]), f64([2]), f64([3]), f64([4, -2]));
    expect(r.aBar[0]).toBeCloseTo(0.5, 15);
    expect(r.bBar[0]).toBeCloseTo(1, 15);
    expect(r.y[0]).toBeCloseTo(12, 13);
    expect(r.y[1]).toBeCloseTo(0, 13);
    expect(Array.from(r.states)).toEqual([r.y[0] / 3, r.y[1] / 3]);
  });

  it("with a constant step is the LTI recurrence of discretizeZoh and ltiScan", () => {
    fc.assert(
      fc.property(modes, ({ N, a, b, c, dt, L, seed }) => {
        const [av, bv, cv] = [f64(a.slice(0, N)), f64(b.slice(0, N)), f64(c.slice(0, N))];
        const u = uniform(L, -1, 1, seed);
        const r = zohRecurrence(new Float64Array(L).fill(dt), av, bv, cv, u);
        const z = discretizeZoh(dt, av, bv);
        expectAllClose(r.y, ltiScan(z.aBar, z.bBar, cv, u), { rtol: 1e-12, atol: 1e-14 });
        for (let t = 0; t < L; t++) {
          expectAllClose(r.aBar.subarray(t * N, t * N + N), z.aBar, { rtol: 0, atol: 0 });
          expectAllClose(r.bBar.subarray(t * N, t * N + N), z.bBar, { rtol: 1e-14, atol: 1e-16 });
        }
      }),
      { numRuns: 60 },
    );
  });

  it("with a step per token matches an independent slow ZOH loop", () => {
    fc.assert(
      fc.property(modes, ({ N, a, b, c, dt, L, seed }) => {
        const u = uniform(L, -1.5, 1.5, seed);
        const dts = tokenDependentDt(dt, u);
        const [av, bv, cv] = [a.slice(0, N), b.slice(0, N), c.slice(0, N)];
        const r = zohRecurrence(dts, f64(av), f64(bv), f64(cv), u);
        const slow = slowRecurrence(Array.from(dts), av, bv, cv, Array.from(u));
        expectAllClose(r.y, slow, { rtol: 1e-9, atol: 1e-12 });
      }),
      { numRuns: 60 },
    );
  });

  it("keeps every state, time-major, and its output reads them through c", () => {
    const u = makeSignal("noise", 40, { seed: 3 });
    const c = f64([0.7, -1.2]);
    const r = zohRecurrence(tokenDependentDt(0.2, u), f64([-0.5, -2]), f64([1, 0.5]), c, u);
    for (let t = 0; t < 40; t++) {
      expect(r.y[t]).toBeCloseTo(c[0] * r.states[2 * t] + c[1] * r.states[2 * t + 1], 14);
    }
  });

  it("handles a_n = 0 and Δ_t = 0 by their limits (B̄ = Δ·b, and nothing enters)", () => {
    const r = zohRecurrence(f64([0.5, 0]), f64([0]), f64([2]), f64([1]), f64([1, 5]));
    expect(r.bBar[0]).toBe(1);
    expect(r.aBar[1]).toBe(1);
    expect(r.bBar[1]).toBe(0);
    expect(Array.from(r.y)).toEqual([1, 1]);
  });

  it("rejects mismatched lengths, negative steps and non-finite values", () => {
    const one = f64([1]);
    expect(() => zohRecurrence(f64([0.1]), one, one, one, f64([1, 2]))).toThrow(RangeError);
    expect(() => zohRecurrence(f64([-0.1]), one, one, one, one)).toThrow(RangeError);
    expect(() => zohRecurrence(f64([0.1]), f64([Number.NaN]), one, one, one)).toThrow(RangeError);
  });
});

describe("the two faces agree only while the model is time-invariant", () => {
  it("LTI: the recurrence equals the direct convolution with K_j = C Ā^j B̄ to rounding", () => {
    fc.assert(
      fc.property(modes, ({ N, a, b, c, dt, L, seed }) => {
        const [av, bv, cv] = [f64(a.slice(0, N)), f64(b.slice(0, N)), f64(c.slice(0, N))];
        const u = uniform(L, -1, 1, seed);
        const rec = zohRecurrence(new Float64Array(L).fill(dt), av, bv, cv, u).y;
        const z = discretizeZoh(dt, av, bv);
        const conv = causalConv(ltiKernel(z.aBar, z.bBar, cv, L), u);
        // Rounding only: a few ulps of the largest partial sum, Σ_j |K_j|·max|u| ≤ Σ|c||b|/|a|.
        const scale = cv.reduce((s, cn, n) => s + Math.abs((cn * bv[n]) / av[n]), 0) + 1e-300;
        expect(maxAbsDifference(rec, conv).value).toBeLessThan(64 * Number.EPSILON * scale);
      }),
      { numRuns: 100 },
    );
  });

  it("LTI: every position needs the same kernel (spread exactly 0), equal to ltiKernel", () => {
    fc.assert(
      fc.property(modes, ({ N, a, b, c, dt, L }) => {
        const [av, bv, cv] = [f64(a.slice(0, N)), f64(b.slice(0, N)), f64(c.slice(0, N))];
        const r = zohRecurrence(new Float64Array(L).fill(dt), av, bv, cv, new Float64Array(L));
        expect(positionKernelSpread(r.aBar, r.bBar, cv).spread).toBe(0);
        const z = discretizeZoh(dt, av, bv);
        const K = ltiKernel(z.aBar, z.bBar, cv, L);
        expectAllClose(positionKernel(r.aBar, r.bBar, cv, L - 1), K, { rtol: 1e-12, atol: 1e-15 });
      }),
      { numRuns: 60 },
    );
  });

  it("token-dependent Δ: y_t = Σ_j K^{(t)}_j u_{t−j} with each position's own kernel", () => {
    fc.assert(
      fc.property(modes, ({ N, a, b, c, dt, L, seed }) => {
        const u = uniform(L, -1.5, 1.5, seed);
        const dts = tokenDependentDt(dt, u);
        const cv = f64(c.slice(0, N));
        const r = zohRecurrence(dts, f64(a.slice(0, N)), f64(b.slice(0, N)), cv, u);
        for (const t of [0, Math.floor(L / 2), L - 1]) {
          const K = positionKernel(r.aBar, r.bBar, cv, t);
          let y = 0;
          for (let j = 0; j <= t; j++) y += K[j] * u[t - j];
          expect(y).toBeCloseTo(r.y[t], 10);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("token-dependent Δ: the weight of u_s in y_t matches a slow product over the steps between", () => {
    const u = f64([0.5, -1, 0, 1.2, 0, -0.3, 0.8]);
    const dts = tokenDependentDt(0.4, u);
    const [a, b, c] = [
      [-0.5, -1.5],
      [1, 0.5],
      [1, -1],
    ];
    const r = zohRecurrence(dts, f64(a), f64(b), f64(c), u);
    for (const t of [3, 6]) {
      const K = positionKernel(r.aBar, r.bBar, f64(c), t);
      for (let j = 0; j <= t; j++) {
        expect(K[j]).toBeCloseTo(slowWeight(Array.from(dts), a, b, c, t, t - j), 13);
      }
    }
  });

  it("token-dependent Δ: different positions need different kernels, and the single LTI kernel misses", () => {
    const L = 64;
    const u = tokenPulses(L);
    const [a, b, c] = [f64([-0.5, -1.5]), f64([1, 1]), f64([1, -1])];
    const r = zohRecurrence(tokenDependentDt(0.3, u), a, b, c, u);
    const { spread } = positionKernelSpread(r.aBar, r.bBar, c);
    expect(spread).toBeGreaterThan(0.1);
    const z = discretizeZoh(0.3, a, b);
    const conv = causalConv(ltiKernel(z.aBar, z.bBar, c, L), u);
    expect(maxAbsDifference(r.y, conv).value).toBeGreaterThan(0.05);
    // Zero weight turns selection off again: one kernel fits every position.
    const off = zohRecurrence(tokenDependentDt(0.3, u, 0), a, b, c, u);
    expect(positionKernelSpread(off.aBar, off.bBar, c).spread).toBe(0);
  });
});

describe("positionKernel and positionKernelSpread", () => {
  it("check their arguments", () => {
    const one = f64([0.5]);
    expect(() => positionKernel(one, one, one, 1)).toThrow(RangeError);
    expect(() => positionKernel(one, f64([1, 2]), one, 0)).toThrow(RangeError);
    expect(() => positionKernel(f64([0.5, 0.5, 0.5]), f64([1, 1, 1]), f64([1, 1]), 0)).toThrow(
      RangeError,
    );
    expect(() => positionKernelSpread(one, one, f64([]))).toThrow(RangeError);
  });

  it("finds the spread at the lag where one step's Ā differs (hand case, N = 1)", () => {
    // Ā = (½, ½, ¼), B̄ = 1, c = 1: K^{(1)} = (1, ½), K^{(2)} = (1, ¼, ⅛); lag 1 spans ½ − ¼.
    const s = positionKernelSpread(f64([0.5, 0.5, 0.25]), f64([1, 1, 1]), f64([1]));
    expect(s.spread).toBe(0.25);
    expect(s.lag).toBe(1);
  });
});

describe("convolutionTerms", () => {
  it("lists k_j·u_{t−j} and sums to causalConv's y_t bit for bit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 9999 }), (L, seed) => {
        const u = uniform(L, -2, 2, seed);
        const k = uniform(L, -1, 1, seed + 1);
        const y = causalConv(k, u);
        for (const t of [0, L - 1, Math.floor(L / 3)]) {
          const { terms, largest } = convolutionTerms(k, u, t);
          expect(terms).toHaveLength(t + 1);
          let s = 0;
          for (let j = 0; j <= t; j++) {
            expect(terms[j]).toBe(k[j] * u[t - j]);
            s += terms[j];
          }
          expect(s).toBe(y[t]);
          const m = Math.max(...Array.from(terms, Math.abs));
          expect(Math.abs(terms[largest])).toBe(m);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("stops at the kernel's length, and names no largest term when there is none", () => {
    expect(Array.from(convolutionTerms(f64([2, 3]), f64([1, 1, 1, 1]), 3).terms)).toEqual([2, 3]);
    expect(convolutionTerms(f64([]), f64([1]), 0).largest).toBe(-1);
    expect(() => convolutionTerms(f64([1]), f64([1]), 1)).toThrow(RangeError);
  });
});

describe("maxAbsDifference", () => {
  it("is the largest |x_i − y_i| and where it is", () => {
    expect(maxAbsDifference(f64([1, 2, 3]), f64([1, 2.5, 2.9]))).toEqual({ value: 0.5, index: 1 });
    expect(maxAbsDifference(f64([-1]), f64([-1]))).toEqual({ value: 0, index: 0 });
    expect(maxAbsDifference(f64([]), f64([]))).toEqual({ value: 0, index: -1 });
  });

  it("is symmetric, and 0 only for identical inputs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (xs, ys) => {
          const n = Math.min(xs.length, ys.length);
          const [x, y] = [f64(xs.slice(0, n)), f64(ys.slice(0, n))];
          const d = maxAbsDifference(x, y);
          expect(maxAbsDifference(y, x).value).toBe(d.value);
          expect(d.value === 0).toBe(x.every((v, i) => v === y[i]));
        },
      ),
    );
  });

  it("rejects a length mismatch and NaN", () => {
    expect(() => maxAbsDifference(f64([1]), f64([1, 2]))).toThrow(RangeError);
    expect(() => maxAbsDifference(f64([Number.NaN]), f64([1]))).toThrow(RangeError);
  });
});

describe("tokenPulses", () => {
  it("puts each pulse at ⌊at·L⌋ and nothing elsewhere", () => {
    const u = tokenPulses(64);
    expect(u[8]).toBe(1);
    expect(u[28]).toBe(-0.6);
    expect(u[44]).toBe(0.8);
    expect(u.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0)).toBe(PULSES.length);
  });

  it("adds pulses that land on the same step, and handles empty lengths", () => {
    expect(Array.from(tokenPulses(1))).toEqual([1 - 0.6 + 0.8]);
    expect(tokenPulses(0)).toHaveLength(0);
    expect(() => tokenPulses(-1)).toThrow(RangeError);
  });
});
