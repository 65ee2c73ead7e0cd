import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  selectiveScan,
  selectiveScan1,
  type ScanParam,
  type SelectiveScanInput,
} from "../../../src/models";
import { expectAllClose, flatten } from "../../support/expectAllClose";
import { bestExpected, loadGolden, type GoldenCase } from "../golden/goldenFile";
import { randomArray, rng, slowScan, type Cx, type SlowScanInput } from "./slowScan";

// ---------- random problems, built twice: flat arrays for the model, accessors for the reference ----------

interface Problem {
  input: SelectiveScanInput;
  ref: SlowScanInput;
}

const problemArb = fc.record({
  batch: fc.integer({ min: 1, max: 2 }),
  dim: fc.integer({ min: 1, max: 4 }),
  N: fc.integer({ min: 1, max: 4 }),
  L: fc.integer({ min: 0, max: 7 }),
  complex: fc.boolean(),
  bKind: fc.constantFrom("fixed", "perStep", "grouped"),
  cKind: fc.constantFrom("fixed", "perStep", "grouped"),
  withD: fc.boolean(),
  withZ: fc.boolean(),
  withBias: fc.boolean(),
  softplus: fc.boolean(),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

type ProblemSpec = typeof problemArb extends fc.Arbitrary<infer T> ? T : never;

function buildProblem(s: ProblemSpec): Problem {
  const r = rng(s.seed);
  const { batch, dim, N, L, complex } = s;
  const w = complex ? 2 : 1;
  const u = randomArray(batch * dim * L, -2, 2, r);
  const delta = s.softplus
    ? randomArray(batch * dim * L, -3, 3, r)
    : randomArray(batch * dim * L, 0.01, 2, r);
  const A = new Float64Array(dim * N * w);
  for (let i = 0; i < dim * N; i++) {
    A[i * w] = r(-3, -0.1);
    if (complex) A[i * w + 1] = r(-4, 4);
  }
  const divisors = [1, 2, 3, 4].filter((g) => dim % g === 0);
  const param = (kind: string): { p: ScanParam; at: SlowScanInput["B"] } => {
    if (kind === "fixed") {
      const v = randomArray(dim * N * w, -1, 1, r);
      return {
        p: { kind: "fixed", values: v },
        at: (_b, c, n) => [v[(c * N + n) * w], complex ? v[(c * N + n) * w + 1] : 0],
      };
    }
    const G = kind === "grouped" ? divisors[Math.floor(r(0, divisors.length))] : 1;
    const v = randomArray(batch * G * N * L * w, -1, 1, r);
    // README: real (b, G, N, L); complex interleaved (b, G, N, 2L), B_t = B[.., 2t] + i·B[.., 2t+1]
    const at = (b: number, c: number, n: number, t: number): Cx => {
      const g = Math.floor(c / (dim / G));
      const row = ((b * G + g) * N + n) * L * w;
      return complex ? [v[row + 2 * t], v[row + 2 * t + 1]] : [v[row + t], 0];
    };
    return { p: { kind: "perStep", values: v, groups: G }, at };
  };
  const B = param(s.bKind);
  const C = param(s.cKind);
  const D = s.withD ? randomArray(dim, -1, 1, r) : null;
  const z = s.withZ ? randomArray(batch * dim * L, -4, 4, r) : null;
  const bias = s.withBias ? randomArray(dim, -1, 1, r) : null;
  const at3 = (a: Float64Array) => (b: number, c: number, t: number) => a[(b * dim + c) * L + t];
  return {
    input: {
      batch,
      dim,
      dstate: N,
      length: L,
      complex,
      u,
      delta,
      A,
      B: B.p,
      C: C.p,
      D,
      z,
      deltaBias: bias,
      deltaSoftplus: s.softplus,
    },
    ref: {
      batch,
      dim,
      N,
      L,
      complex,
      u: at3(u),
      delta: at3(delta),
      A: (c, n) => [A[(c * N + n) * w], complex ? A[(c * N + n) * w + 1] : 0],
      B: B.at,
      C: C.at,
      D: D ? (c) => D[c] : undefined,
      z: z ? at3(z) : undefined,
      bias: bias ? (c) => bias[c] : undefined,
      softplus: s.softplus,
    },
  };
}

const tight = { rtol: 1e-12, atol: 1e-13 };

describe("selectiveScan against an independent slow reference", () => {
  it("matches on random real/complex, fixed/per-step/grouped problems with every option", () => {
    fc.assert(
      fc.property(problemArb, (spec) => {
        const { input, ref } = buildProblem(spec);
        const got = selectiveScan(input);
        const exp = slowScan(ref);
        expectAllClose(got.out, exp.out, tight);
        expectAllClose(got.lastState, exp.last, tight);
      }),
      { numRuns: 300 },
    );
  });

  it("hands the observer the state after every step, in order", () => {
    fc.assert(
      fc.property(problemArb, (spec) => {
        const { input, ref } = buildProblem(spec);
        const exp = slowScan(ref);
        const calls: [number, number][] = [];
        selectiveScan(input, (t, h, b) => {
          calls.push([b, t]);
          expectAllClose(h.slice(), exp.states[b * input.length + t], tight);
        });
        const order = Array.from({ length: input.batch * input.length }, (_, i) => [
          Math.floor(i / input.length),
          i % input.length,
        ]);
        expect(calls).toEqual(order);
      }),
      { numRuns: 100 },
    );
  });
});

describe("selective with constant Δ, B, C is the LTI system", () => {
  /** LTI output as a convolution, y_t = Σ_{j≤t} Σ_n C_n·exp((t−j)·Δ·a_n)·Δ·B_n·u_j (2·Re if complex). */
  function ltiByConvolution(
    u: number[],
    dt: number,
    a: Cx[],
    Bn: Cx[],
    Cn: Cx[],
    complex: boolean,
  ): number[] {
    return u.map((_, t) => {
      let y = 0;
      for (let j = 0; j <= t; j++) {
        for (let n = 0; n < a.length; n++) {
          const m = Math.exp((t - j) * dt * a[n][0]);
          const ang = (t - j) * dt * a[n][1];
          const pr = m * Math.cos(ang);
          const pi = m * Math.sin(ang);
          // Re(C·p·B)·Δ·u_j
          const cbR = Cn[n][0] * Bn[n][0] - Cn[n][1] * Bn[n][1];
          const cbI = Cn[n][0] * Bn[n][1] + Cn[n][1] * Bn[n][0];
          y += (cbR * pr - cbI * pi) * dt * u[j];
        }
      }
      return complex ? 2 * y : y;
    });
  }

  it("equals the convolution with the kernel C·Ā^k·Δ·B, with B, C given per step or fixed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 24 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (dim, N, L, complex, seed) => {
          const r = rng(seed);
          const w = complex ? 2 : 1;
          const dts = Array.from({ length: dim }, () => r(0.001, 1.5));
          const a = Array.from({ length: dim }, () =>
            Array.from({ length: N }, (): Cx => [r(-2, -0.05), complex ? r(-3, 3) : 0]),
          );
          const cx = (): Cx => [r(-1, 1), complex ? r(-1, 1) : 0];
          const Bc = Array.from({ length: dim }, () => Array.from({ length: N }, cx));
          const Cc = Array.from({ length: dim }, () => Array.from({ length: N }, cx));
          const u = Array.from({ length: dim }, () => Array.from({ length: L }, () => r(-1, 1)));
          const flatRows = (m: Cx[][]) =>
            Float64Array.from(m.flatMap((row) => row.flatMap((v) => (complex ? v : [v[0]]))));
          const delta = Float64Array.from(dts.flatMap((d) => new Array<number>(L).fill(d)));
          const base = {
            batch: 1,
            dim,
            dstate: N,
            length: L,
            complex,
            u: Float64Array.from(u.flat()),
            delta,
            A: flatRows(a),
          };
          const fixed = selectiveScan({
            ...base,
            B: { kind: "fixed", values: flatRows(Bc) },
            C: { kind: "fixed", values: flatRows(Cc) },
          });
          // Per-step with groups = dim: every channel its own group, the same B_t at every t.
          const perStep = (m: Cx[][]) => {
            const v = new Float64Array(dim * N * L * w);
            for (let c = 0; c < dim; c++)
              for (let n = 0; n < N; n++)
                for (let t = 0; t < L; t++) {
                  const o = (c * N + n) * L * w;
                  if (complex) {
                    v[o + 2 * t] = m[c][n][0];
                    v[o + 2 * t + 1] = m[c][n][1];
                  } else v[o + t] = m[c][n][0];
                }
            return { kind: "perStep" as const, values: v, groups: dim };
          };
          const varying = selectiveScan({ ...base, B: perStep(Bc), C: perStep(Cc) });
          const exp = u.flatMap((uc, c) =>
            ltiByConvolution(uc, dts[c], a[c], Bc[c], Cc[c], complex),
          );
          const tol = { rtol: 1e-10, atol: 1e-12 };
          expectAllClose(fixed.out, exp, tol);
          expectAllClose(varying.out, exp, tol);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------- golden scan cases ----------

function scanInputFromCase(c: GoldenCase): SelectiveScanInput {
  const { batch, dim, dstate, L } = c.dims;
  const a = c.args;
  const complex = c.tags.includes("complex");
  const param = (key: "B" | "C"): ScanParam => {
    const values = Float64Array.from(flatten(a[key]));
    if (c.tags.includes(`fixed_${key}`)) return { kind: "fixed", values };
    const groups = c.tags.includes("grouped") ? c.dims.groups : 1;
    return { kind: "perStep", values, groups };
  };
  const opt = (v: unknown) => (v === null ? null : Float64Array.from(flatten(v)));
  return {
    batch,
    dim,
    dstate,
    length: L,
    complex,
    u: Float64Array.from(flatten(a.u)),
    delta: Float64Array.from(flatten(a.delta)),
    A: Float64Array.from(flatten(a.A)),
    B: param("B"),
    C: param("C"),
    D: opt(a.D),
    z: opt(a.z),
    deltaBias: opt(a.delta_bias),
    deltaSoftplus: a.delta_softplus === true,
  };
}

const bits = (a: Float64Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, 2 * a.length));

describe("golden selective_scan_ref cases, called directly", () => {
  const cases = loadGolden().cases.filter((c) => c.fn === "selective_scan_ref");

  it("covers the 11 public scan cases", () => expect(cases).toHaveLength(11));

  for (const c of cases) {
    it(`${c.name}: matches expected, and an observer changes nothing`, () => {
      const input = scanInputFromCase(c);
      const { expected, tol } = bestExpected(c);
      const plain = selectiveScan(input);
      expectAllClose(plain.out, expected.out, tol);
      if (expected.last_state) expectAllClose(plain.lastState, expected.last_state, tol);

      const lastSeen: Float64Array[] = [];
      let calls = 0;
      const observed = selectiveScan(input, (t, h, b) => {
        calls++;
        if (t === input.length - 1) lastSeen[b] = h.slice();
      });
      expect(calls).toBe(input.batch * input.length);
      expect(bits(observed.out)).toEqual(bits(plain.out));
      expect(bits(observed.lastState)).toEqual(bits(plain.lastState));
      // The observer's final view is the last state.
      const stateLen = plain.lastState.length / input.batch;
      for (let b = 0; b < input.batch; b++) {
        const mine = plain.lastState.subarray(b * stateLen, (b + 1) * stateLen);
        expect(bits(lastSeen[b])).toEqual(bits(Float64Array.from(mine)));
      }
      if (expected.last_state) {
        const seen = Float64Array.from(lastSeen.flatMap((s) => Array.from(s)));
        expectAllClose(seen, expected.last_state, tol);
      }
    });
  }
});

// ---------- one channel ----------

describe("selectiveScan1", () => {
  it("is the general scan on one channel, with B and C time-major", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (N, L, seed) => {
          const r = rng(seed);
          const u = randomArray(L, -1, 1, r);
          const dt = randomArray(L, 0.01, 1, r);
          const a = randomArray(N, -3, -0.1, r);
          const b = randomArray(L * N, -1, 1, r);
          const c = randomArray(L * N, -1, 1, r);
          const states: Float64Array[] = [];
          const got = selectiveScan1({ u, dt, a, b, c }, (_t, h) => states.push(h.slice()));
          const exp = slowScan({
            batch: 1,
            dim: 1,
            N,
            L,
            complex: false,
            u: (_b, _c, t) => u[t],
            delta: (_b, _c, t) => dt[t],
            A: (_c, n) => [a[n], 0],
            B: (_b, _c, n, t) => [b[t * N + n], 0],
            C: (_b, _c, n, t) => [c[t * N + n], 0],
            softplus: false,
          });
          expectAllClose(got.y, exp.out, tight);
          expectAllClose(got.lastState, exp.last, tight);
          expect(states).toHaveLength(L);
          states.forEach((s, t) => expectAllClose(s, exp.states[t], tight));
        },
      ),
    );
  });
});

// ---------- extreme and bad inputs: finite numbers or a RangeError, never a silent NaN ----------

describe("input policy", () => {
  const base = (): SelectiveScanInput => ({
    batch: 1,
    dim: 2,
    dstate: 2,
    length: 3,
    u: Float64Array.of(1, 2, 3, 4, 5, 6),
    delta: Float64Array.of(0.1, 0.2, 0.3, 0.1, 0.2, 0.3),
    A: Float64Array.of(-1, -2, -1, -2),
    B: { kind: "fixed", values: Float64Array.of(1, 1, 1, 1) },
    C: { kind: "fixed", values: Float64Array.of(1, 1, 1, 1) },
    D: Float64Array.of(1, 1),
    z: Float64Array.of(0, 0, 0, 0, 0, 0),
    deltaBias: Float64Array.of(0, 0),
    deltaSoftplus: true,
  });

  it("throws a RangeError naming the array on NaN or ±Infinity in any input", () => {
    const keys = ["u", "delta", "A", "D", "z", "deltaBias"] as const;
    for (const key of keys) {
      for (const bad of [NaN, Infinity, -Infinity]) {
        const s = base();
        const arr = s[key] as Float64Array;
        arr[1] = bad;
        expect(() => selectiveScan(s)).toThrow(RangeError);
        expect(() => selectiveScan(s)).toThrow(new RegExp(key));
      }
    }
    const s = base();
    s.B = { kind: "perStep", values: Float64Array.of(1, NaN, 1, 1, 1, 1) };
    expect(() => selectiveScan(s)).toThrow(/B\[1\]/);
  });

  it("throws a RangeError on a size mismatch or groups that do not divide dim", () => {
    expect(() => selectiveScan({ ...base(), length: 4 })).toThrow(RangeError);
    expect(() => selectiveScan({ ...base(), A: Float64Array.of(-1, -2) })).toThrow(/A has 2/);
    expect(() =>
      selectiveScan({
        ...base(),
        B: { kind: "perStep", values: new Float64Array(3 * 2 * 3), groups: 3 },
      }),
    ).toThrow(/does not divide/);
  });

  it("throws rather than return Infinity or NaN when exp(Δ·A) overflows", () => {
    const s = base();
    s.A = Float64Array.of(1, 1, 1, 1);
    s.delta = new Float64Array(6).fill(800);
    expect(() => selectiveScan(s)).toThrow(/overflow/);
  });

  it("stays finite for Δ up to 1e4, |u| up to 1e6, L = 1 or 2, N = 1, or else throws a RangeError", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 2 }),
        fc.boolean(),
        (pre, dt, u, a, z, L, soft) => {
          const s: SelectiveScanInput = {
            batch: 1,
            dim: 1,
            dstate: 1,
            length: L,
            u: new Float64Array(L).fill(u),
            delta: new Float64Array(L).fill(soft ? pre : dt),
            A: Float64Array.of(a),
            B: { kind: "fixed", values: Float64Array.of(1) },
            C: { kind: "fixed", values: Float64Array.of(-1) },
            D: Float64Array.of(0.5),
            z: new Float64Array(L).fill(z),
            deltaSoftplus: soft,
          };
          let r;
          try {
            r = selectiveScan(s);
          } catch (e) {
            expect(e).toBeInstanceOf(RangeError);
            expect(a).toBeGreaterThan(0); // only a growing state may overflow
            return;
          }
          for (const v of [...r.out, ...r.lastState]) expect(Number.isFinite(v)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("resets to Δ·B·u when Δ is huge and A is negative (exp(Δ·A) underflows to 0)", () => {
    const s: SelectiveScanInput = {
      batch: 1,
      dim: 1,
      dstate: 1,
      length: 2,
      u: Float64Array.of(3, -1e6),
      delta: Float64Array.of(0.5, 1e4),
      A: Float64Array.of(-1),
      B: { kind: "fixed", values: Float64Array.of(2) },
      C: { kind: "fixed", values: Float64Array.of(1) },
    };
    const r = selectiveScan(s);
    expect(r.out[0]).toBe(0.5 * 2 * 3);
    expect(r.out[1]).toBe(1e4 * 2 * -1e6);
  });

  it("returns empty output and a zero state for L = 0", () => {
    const r = selectiveScan({
      ...base(),
      length: 0,
      u: new Float64Array(),
      delta: new Float64Array(),
      z: new Float64Array(),
    });
    expect(r.out).toHaveLength(0);
    expect(Array.from(r.lastState)).toEqual([0, 0, 0, 0]);
  });
});
