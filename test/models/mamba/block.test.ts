import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  mambaDecode,
  mambaForward,
  mambaStep,
  mambaZeroState,
  type MambaParams,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";
import { randomArray, refSilu, refSoftplus, rng } from "../ssm/slowScan";

const sizesArb = fc.record({
  dModel: fc.integer({ min: 1, max: 5 }),
  expand: fc.integer({ min: 1, max: 3 }),
  dState: fc.integer({ min: 1, max: 4 }),
  dConv: fc.integer({ min: 1, max: 5 }),
  dtRank: fc.integer({ min: 1, max: 3 }),
  batch: fc.integer({ min: 1, max: 2 }),
  L: fc.integer({ min: 1, max: 9 }),
  biases: fc.boolean(),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});
type Sizes = typeof sizesArb extends fc.Arbitrary<infer T> ? T : never;

function randomBlock(s: Sizes): { p: MambaParams; hidden: Float64Array } {
  const r = rng(s.seed);
  const m = s.dModel;
  const di = s.expand * m;
  const n = s.dState;
  const w = (len: number, scale = 0.6) => randomArray(len, -scale, scale, r);
  const p: MambaParams = {
    dModel: m,
    dInner: di,
    dState: n,
    dConv: s.dConv,
    dtRank: s.dtRank,
    inProjWeight: w(2 * di * m),
    inProjBias: s.biases ? w(2 * di) : null,
    conv1dWeight: w(di * s.dConv),
    conv1dBias: s.biases || s.seed % 2 === 0 ? w(di) : null,
    xProjWeight: w((s.dtRank + 2 * n) * di),
    dtProjWeight: w(di * s.dtRank),
    dtProjBias: randomArray(di, -4, -1, r),
    ALog: w(di * n, 1),
    D: w(di, 1),
    outProjWeight: w(m * di),
    outProjBias: s.biases ? w(m) : null,
  };
  return { p, hidden: randomArray(s.batch * s.L * m, -1.5, 1.5, r) };
}

/** Independent slow block, written from the golden README with nested arrays, one (b, t) at a time. */
function slowBlock(p: MambaParams, hidden: Float64Array, batch: number, L: number): number[] {
  const { dModel: m, dInner: di, dState: n, dConv: k, dtRank: R } = p;
  const W = (a: Float64Array, cols: number) => (i: number, j: number) => a[i * cols + j];
  const win = W(p.inProjWeight, m);
  const wconv = W(p.conv1dWeight, k);
  const wx = W(p.xProjWeight, di);
  const wdt = W(p.dtProjWeight, R);
  const wout = W(p.outProjWeight, di);
  const out: number[] = [];
  for (let b = 0; b < batch; b++) {
    const h = (t: number, j: number) => hidden[(b * L + t) * m + j];
    // 1. [x; z] = W_in·h_t (+ bias)
    const proj = (t: number, row: number) => {
      let s = p.inProjBias ? p.inProjBias[row] : 0;
      for (let j = 0; j < m; j++) s += win(row, j) * h(t, j);
      return s;
    };
    const state: number[][] = Array.from({ length: di }, () => new Array<number>(n).fill(0));
    for (let t = 0; t < L; t++) {
      // 2. causal depthwise conv, the last tap on the current input, then SiLU
      const xc = Array.from({ length: di }, (_, c) => {
        let s = p.conv1dBias ? p.conv1dBias[c] : 0;
        for (let j = 0; j < k; j++) {
          const tt = t - k + 1 + j;
          if (tt >= 0) s += wconv(c, j) * proj(tt, c);
        }
        return refSilu(s);
      });
      // 3. [dt_low; B; C] = W_x·x'
      const dbl = Array.from({ length: R + 2 * n }, (_, i) =>
        xc.reduce((s, v, c) => s + wx(i, c) * v, 0),
      );
      const y: number[] = [];
      for (let c = 0; c < di; c++) {
        // 4. Δ = softplus(W_dt·dt_low + b_dt)
        let dtRaw = 0;
        for (let q = 0; q < R; q++) dtRaw += wdt(c, q) * dbl[q];
        const delta = refSoftplus(dtRaw + p.dtProjBias[c]);
        // 5. scan step with A = −exp(A_log), D and the gate
        let yc = 0;
        for (let s = 0; s < n; s++) {
          const A = -Math.exp(p.ALog[c * n + s]);
          state[c][s] = Math.exp(delta * A) * state[c][s] + delta * dbl[R + s] * xc[c];
          yc += state[c][s] * dbl[R + n + s];
        }
        y.push((yc + p.D[c] * xc[c]) * refSilu(proj(t, di + c)));
      }
      // 6. out = W_out·y
      for (let i = 0; i < m; i++) {
        let s = p.outProjBias ? p.outProjBias[i] : 0;
        for (let c = 0; c < di; c++) s += wout(i, c) * y[c];
        out.push(s);
      }
    }
  }
  return out;
}

const tol = { rtol: 1e-11, atol: 1e-12 };

describe("mambaForward", () => {
  it("matches an independent slow block for any d_conv, dt_rank, d_state, expand and biases", () => {
    fc.assert(
      fc.property(sizesArb, (s) => {
        const { p, hidden } = randomBlock(s);
        const { out } = mambaForward(p, hidden, s.batch, s.L);
        expectAllClose(out, slowBlock(p, hidden, s.batch, s.L), tol);
      }),
      { numRuns: 150 },
    );
  });

  it("is causal: changing the input at step k leaves outputs before k unchanged", () => {
    fc.assert(
      fc.property(sizesArb, fc.nat(), (s, kSeed) => {
        const { p, hidden } = randomBlock(s);
        const k = kSeed % s.L;
        const changed = hidden.slice();
        for (let j = 0; j < s.dModel; j++) changed[k * s.dModel + j] += 1;
        const a = mambaForward(p, hidden, s.batch, s.L).out;
        const b = mambaForward(p, changed, s.batch, s.L).out;
        expect(Array.from(b.subarray(0, k * s.dModel))).toEqual(
          Array.from(a.subarray(0, k * s.dModel)),
        );
        const row = b.subarray(k * s.dModel, (k + 1) * s.dModel);
        expect(Array.from(row)).not.toEqual(
          Array.from(a.subarray(k * s.dModel, (k + 1) * s.dModel)),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("throws a RangeError when a weight has the wrong size or a value is not finite", () => {
    const { p, hidden } = randomBlock({
      dModel: 2,
      expand: 2,
      dState: 2,
      dConv: 3,
      dtRank: 1,
      batch: 1,
      L: 3,
      biases: false,
      seed: 1,
    });
    expect(() => mambaForward({ ...p, dConv: 4 }, hidden, 1, 3)).toThrow(/conv1dWeight/);
    expect(() => mambaForward({ ...p, dtRank: 2 }, hidden, 1, 3)).toThrow(RangeError);
    const bad = hidden.slice();
    bad[2] = NaN;
    expect(() => mambaForward(p, bad, 1, 3)).toThrow(/hidden/);
  });
});

describe("mambaStep / mambaDecode", () => {
  it("decodes token by token to the forward output, the scan's last state and the last d_conv inputs", () => {
    fc.assert(
      fc.property(sizesArb, (s) => {
        const { p, hidden } = randomBlock(s);
        const last: Float64Array[] = [];
        const fwd = mambaForward(p, hidden, s.batch, s.L, {
          observe: (t, h, b) => {
            if (t === s.L - 1) last[b] = h.slice();
          },
        });
        const dec = mambaDecode(p, hidden, s.batch, s.L);
        expectAllClose(dec.out, fwd.out, tol);
        expectAllClose(
          dec.state.ssm,
          last.flatMap((x) => Array.from(x)),
          tol,
        );
        // conv_state: the last d_conv pre-conv inputs x = W_in[0:d_inner]·h_t, oldest first, 0 before t = 0
        const { dModel: m, dInner: di, dConv: k } = p;
        const expConv: number[] = [];
        for (let b = 0; b < s.batch; b++)
          for (let c = 0; c < di; c++)
            for (let j = 0; j < k; j++) {
              const t = s.L - k + j;
              let x = 0;
              if (t >= 0) {
                x = p.inProjBias ? p.inProjBias[c] : 0;
                for (let q = 0; q < m; q++)
                  x += p.inProjWeight[c * m + q] * hidden[(b * s.L + t) * m + q];
              }
              expConv.push(x);
            }
        expectAllClose(dec.state.conv, expConv, tol);
      }),
      { numRuns: 150 },
    );
  });

  it("does not modify the state it is given", () => {
    const s = {
      dModel: 2,
      expand: 2,
      dState: 3,
      dConv: 4,
      dtRank: 1,
      batch: 1,
      L: 1,
      biases: true,
      seed: 3,
    };
    const { p, hidden } = randomBlock(s);
    const st = mambaZeroState(p, 1);
    st.conv.fill(0.25);
    st.ssm.fill(-0.5);
    const r = mambaStep(p, hidden, st, 1);
    expect(Array.from(st.conv).every((v) => v === 0.25)).toBe(true);
    expect(Array.from(st.ssm).every((v) => v === -0.5)).toBe(true);
    expect(r.state.conv).not.toBe(st.conv);
  });
});
