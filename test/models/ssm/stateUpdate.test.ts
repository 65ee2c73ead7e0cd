import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { selectiveScan, selectiveStateUpdate } from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";
import { randomArray, refSilu, refSoftplus, rng } from "./slowScan";

describe("selectiveStateUpdate", () => {
  it("looped over t from a zero state reproduces the scan's outputs and every per-step state", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (batch, dim, N, L, grouped, options, seed) => {
          const r = rng(seed);
          const G = grouped && dim % 2 === 0 ? 2 : 1;
          const u = randomArray(batch * dim * L, -2, 2, r);
          const delta = randomArray(batch * dim * L, -2, 2, r);
          const A = randomArray(dim * N, -3, -0.1, r);
          const B = randomArray(batch * G * N * L, -1, 1, r);
          const C = randomArray(batch * G * N * L, -1, 1, r);
          const D = options ? randomArray(dim, -1, 1, r) : null;
          const z = options ? randomArray(batch * dim * L, -3, 3, r) : null;
          const bias = options ? randomArray(dim, -1, 1, r) : null;
          const states: Float64Array[] = [];
          const scan = selectiveScan(
            {
              batch,
              dim,
              dstate: N,
              length: L,
              u,
              delta,
              A,
              B: { kind: "perStep", values: B, groups: G },
              C: { kind: "perStep", values: C, groups: G },
              D,
              z,
              deltaBias: bias,
              deltaSoftplus: true,
            },
            (_t, h) => states.push(h.slice()),
          );
          let state: Float64Array = new Float64Array(batch * dim * N);
          const at = (a: Float64Array, rows: number, t: number) =>
            Float64Array.from({ length: rows }, (_, i) => a[i * L + t]);
          for (let t = 0; t < L; t++) {
            const step = selectiveStateUpdate({
              batch,
              dim,
              dstate: N,
              groups: G,
              state,
              x: at(u, batch * dim, t),
              dt: at(delta, batch * dim, t),
              A,
              B: at(B, batch * G * N, t),
              C: at(C, batch * G * N, t),
              D,
              z: z ? at(z, batch * dim, t) : null,
              dtBias: bias,
              dtSoftplus: true,
            });
            state = step.state;
            expectAllClose(step.out, at(scan.out, batch * dim, t), { rtol: 1e-14, atol: 1e-15 });
            for (let b = 0; b < batch; b++) {
              const mine = state.subarray(b * dim * N, (b + 1) * dim * N);
              expectAllClose(mine, states[b * L + t], { rtol: 1e-14, atol: 1e-15 });
            }
          }
          expectAllClose(state, scan.lastState, { rtol: 1e-14, atol: 1e-15 });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("matches the one-state closed form, with and without the plain call's options", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -4, max: -0.01, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (s0, x, dt, a, b, c, d, z, bias) => {
          const one = (v: number) => Float64Array.of(v);
          const args = { batch: 1, dim: 1, dstate: 1, state: one(s0), x: one(x), dt: one(dt) };
          const full = selectiveStateUpdate({
            ...args,
            A: one(a),
            B: one(b),
            C: one(c),
            D: one(d),
            z: one(z),
            dtBias: one(bias),
            dtSoftplus: true,
          });
          const delta = refSoftplus(dt + bias);
          const s1 = Math.exp(delta * a) * s0 + delta * b * x;
          const tol = { rtol: 1e-13, atol: 1e-14 };
          expectAllClose(full.state, [s1], tol);
          expectAllClose(full.out, [(s1 * c + d * x) * refSilu(z)], tol);
          // plain: raw dt (possibly negative) is Δ; no D, no gate
          const plain = selectiveStateUpdate({ ...args, A: one(a), B: one(b), C: one(c) });
          const p1 = Math.exp(dt * a) * s0 + dt * b * x;
          expectAllClose(plain.state, [p1], tol);
          expectAllClose(plain.out, [p1 * c], tol);
        },
      ),
    );
  });

  it("uses group ⌊c/(dim/G)⌋ for channel c and leaves the given state untouched", () => {
    const state = Float64Array.of(1, 1, 1, 1);
    const r = selectiveStateUpdate({
      batch: 1,
      dim: 4,
      dstate: 1,
      groups: 2,
      state,
      x: Float64Array.of(1, 1, 1, 1),
      dt: Float64Array.of(1, 1, 1, 1),
      A: Float64Array.of(0, 0, 0, 0),
      B: Float64Array.of(10, 20),
      C: Float64Array.of(1, 2),
    });
    expect(Array.from(r.state)).toEqual([11, 11, 21, 21]);
    expect(Array.from(r.out)).toEqual([11, 11, 42, 42]);
    expect(Array.from(state)).toEqual([1, 1, 1, 1]);
  });

  it("throws a RangeError on non-finite input or a size mismatch", () => {
    const ok = {
      batch: 1,
      dim: 1,
      dstate: 1,
      state: Float64Array.of(0),
      x: Float64Array.of(1),
      dt: Float64Array.of(1),
      A: Float64Array.of(-1),
      B: Float64Array.of(1),
      C: Float64Array.of(1),
    };
    expect(() => selectiveStateUpdate({ ...ok, state: Float64Array.of(NaN) })).toThrow(RangeError);
    expect(() => selectiveStateUpdate({ ...ok, dt: Float64Array.of(Infinity) })).toThrow(
      RangeError,
    );
    expect(() => selectiveStateUpdate({ ...ok, B: Float64Array.of(1, 2) })).toThrow(/B has 2/);
  });
});
