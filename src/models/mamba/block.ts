/**
 * The Mamba (S6) block of state-spaces/mamba, mamba_ssm/modules/mamba_simple.py: `Mamba.forward`
 * (slow path, selective_scan_ref) and `Mamba.step` (pure-torch decoding path). Every size is read
 * from `MambaParams`; nothing is hard-coded (d_conv and dt_rank vary between models).
 */
import { silu } from "../core/activations";
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";
import { selectiveScan, type ScanObserver } from "../ssm/selectiveScan";
import { selectiveStateUpdate } from "../ssm/stateUpdate";

/** Sizes of a block: d_inner = expand·d_model channels, state size N = dState. */
export interface MambaDims {
  dModel: number;
  dInner: number;
  dState: number;
  dConv: number;
  dtRank: number;
}

/**
 * Weights, torch `Linear` convention (y = W·x, W row-major (out, in)); flat Float64Arrays.
 * Biases marked optional are absent in the default block (bias = false, conv_bias = true).
 */
export interface MambaParams extends MambaDims {
  /** (2·dInner, dModel): rows 0…dInner−1 give x, the rest give the gate z */
  inProjWeight: Float64Array;
  inProjBias?: Float64Array | null;
  /** (dInner, dConv) depthwise causal kernel; the last tap multiplies the current input */
  conv1dWeight: Float64Array;
  conv1dBias?: Float64Array | null;
  /** (dtRank + 2·dState, dInner): rows give [dt_low; B; C] */
  xProjWeight: Float64Array;
  /** (dInner, dtRank) */
  dtProjWeight: Float64Array;
  /** (dInner), applied once, inside the softplus */
  dtProjBias: Float64Array;
  /** (dInner, dState): A = −exp(A_log) */
  ALog: Float64Array;
  /** (dInner) skip */
  D: Float64Array;
  /** (dModel, dInner) */
  outProjWeight: Float64Array;
  outProjBias?: Float64Array | null;
}

/** Recurrent state of a block: conv_state (batch, dInner, dConv), oldest input first; ssm_state (batch, dInner, dState). */
export interface MambaState {
  conv: Float64Array;
  ssm: Float64Array;
}

function checkParams(p: MambaParams, where: string): void {
  checkSize(p.dModel, "dModel", where, 1);
  checkSize(p.dInner, "dInner", where, 1);
  checkSize(p.dState, "dState", where, 1);
  checkSize(p.dConv, "dConv", where, 1);
  checkSize(p.dtRank, "dtRank", where, 1);
  const { dModel: m, dInner: di, dState: n, dConv: k, dtRank: r } = p;
  const arrays: [string, Float64Array | null | undefined, number][] = [
    ["inProjWeight", p.inProjWeight, 2 * di * m],
    ["inProjBias", p.inProjBias, 2 * di],
    ["conv1dWeight", p.conv1dWeight, di * k],
    ["conv1dBias", p.conv1dBias, di],
    ["xProjWeight", p.xProjWeight, (r + 2 * n) * di],
    ["dtProjWeight", p.dtProjWeight, di * r],
    ["dtProjBias", p.dtProjBias, di],
    ["ALog", p.ALog, di * n],
    ["D", p.D, di],
    ["outProjWeight", p.outProjWeight, m * di],
    ["outProjBias", p.outProjBias, m],
  ];
  for (const [name, a, len] of arrays) {
    if (!a) continue;
    checkLength(a, len, name, where);
    checkFinite(a, name, where);
  }
}

/** A = −exp(A_log), (dInner, dState). */
export function mambaA(ALog: Float64Array): Float64Array {
  return ALog.map((v) => -Math.exp(v));
}

/** out[o + i] = bias[i] + Σ_j W[i,j]·x[xo + j·xs], W (rows, cols). */
function linear(
  W: Float64Array,
  bias: Float64Array | null | undefined,
  rows: number,
  cols: number,
  x: Float64Array,
  xo: number,
  xs: number,
  out: Float64Array,
  o: number,
): void {
  for (let i = 0; i < rows; i++) {
    let acc = 0;
    const wo = i * cols;
    for (let j = 0; j < cols; j++) acc += W[wo + j] * x[xo + j * xs];
    out[o + i] = bias ? acc + bias[i] : acc;
  }
}

/** Per-stage values of a forward pass, all (batch, channels, L). */
export interface MambaIntermediates {
  /** x' = silu(causal conv(x) + bias), (batch, dInner, L) */
  xConvSilu: Float64Array;
  /** dt_proj_weight·dt_low, before bias and softplus, (batch, dInner, L) */
  dtRaw: Float64Array;
  /** (batch, dState, L) */
  B: Float64Array;
  /** (batch, dState, L) */
  C: Float64Array;
  /** gate, (batch, dInner, L) */
  z: Float64Array;
  /** scan output with D and gate, (batch, dInner, L) */
  yGated: Float64Array;
}

/**
 * Block forward over a sequence, hidden (batch, L, dModel) → out (batch, L, dModel):
 *   [x; z] = W_in·h_t;  x'_t = silu(b_conv + Σ_k w[·,k]·x_{t−dConv+1+k}) (zero before t = 0)
 *   [dt_low; B_t; C_t] = W_x·x'_t;  Δ_t = softplus(W_dt·dt_low + b_dt)
 *   y = selectiveScan(u = x', Δ, A = −exp(A_log), B, C, D, gate z);  out_t = W_out·y_t
 * `intermediates: true` also returns each stage; `observe` is passed to the scan (per-step
 * (dInner, dState) states, a reused view). Throws RangeError on bad sizes or non-finite values.
 */
export function mambaForward(
  p: MambaParams,
  hidden: Float64Array,
  batch: number,
  L: number,
  options: { intermediates?: boolean; observe?: ScanObserver } = {},
): { out: Float64Array; intermediates?: MambaIntermediates } {
  const where = "mambaForward";
  checkParams(p, where);
  checkSize(batch, "batch", where);
  checkSize(L, "L", where);
  const { dModel: m, dInner: di, dState: n, dConv: kc, dtRank: r } = p;
  checkLength(hidden, batch * L * m, "hidden", where);
  checkFinite(hidden, "hidden", where);

  const x = new Float64Array(batch * di * L);
  const z = new Float64Array(batch * di * L);
  const xz = new Float64Array(2 * di);
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < L; t++) {
      linear(p.inProjWeight, p.inProjBias, 2 * di, m, hidden, (b * L + t) * m, 1, xz, 0);
      for (let c = 0; c < di; c++) {
        x[(b * di + c) * L + t] = xz[c];
        z[(b * di + c) * L + t] = xz[di + c];
      }
    }
  }

  const xc = new Float64Array(batch * di * L);
  for (let b = 0; b < batch; b++) {
    for (let c = 0; c < di; c++) {
      const o = (b * di + c) * L;
      for (let t = 0; t < L; t++) {
        let acc = p.conv1dBias ? p.conv1dBias[c] : 0;
        for (let k = 0; k < kc; k++) {
          const s = t - kc + 1 + k;
          if (s >= 0) acc += p.conv1dWeight[c * kc + k] * x[o + s];
        }
        xc[o + t] = silu(acc);
      }
    }
  }

  const B = new Float64Array(batch * n * L);
  const C = new Float64Array(batch * n * L);
  const dtRaw = new Float64Array(batch * di * L);
  const dbl = new Float64Array(r + 2 * n);
  const dtv = new Float64Array(di);
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < L; t++) {
      linear(p.xProjWeight, null, r + 2 * n, di, xc, b * di * L + t, L, dbl, 0);
      for (let s = 0; s < n; s++) {
        B[(b * n + s) * L + t] = dbl[r + s];
        C[(b * n + s) * L + t] = dbl[r + n + s];
      }
      linear(p.dtProjWeight, null, di, r, dbl, 0, 1, dtv, 0);
      for (let c = 0; c < di; c++) dtRaw[(b * di + c) * L + t] = dtv[c];
    }
  }

  const { out: y } = selectiveScan(
    {
      batch,
      dim: di,
      dstate: n,
      length: L,
      u: xc,
      delta: dtRaw,
      A: mambaA(p.ALog),
      B: { kind: "perStep", values: B },
      C: { kind: "perStep", values: C },
      D: p.D,
      z,
      deltaBias: p.dtProjBias,
      deltaSoftplus: true,
    },
    options.observe,
  );

  const out = new Float64Array(batch * L * m);
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < L; t++) {
      linear(p.outProjWeight, p.outProjBias, m, di, y, b * di * L + t, L, out, (b * L + t) * m);
    }
  }
  checkFiniteResult(out, "out", where);
  if (!options.intermediates) return { out };
  return { out, intermediates: { xConvSilu: xc, dtRaw, B, C, z, yGated: y } };
}

/** Zero recurrent state for `batch` sequences. */
export function mambaZeroState(p: MambaDims, batch: number): MambaState {
  return {
    conv: new Float64Array(batch * p.dInner * p.dConv),
    ssm: new Float64Array(batch * p.dInner * p.dState),
  };
}

/**
 * One decoding step, token (batch, dModel) → out (batch, dModel), as `Mamba.step`:
 *   conv_state ← shift left, append x;  x' = silu(Σ_k conv_state[·,k]·w[·,k] + b_conv)
 *   [dt_low; B; C] = W_x·x';  ssm_state, y = selectiveStateUpdate(Δ = softplus(W_dt·dt_low + b_dt),
 *   D, gate z);  out = W_out·y
 * Returns new state arrays; the given state is not modified.
 */
export function mambaStep(
  p: MambaParams,
  token: Float64Array,
  state: MambaState,
  batch: number,
): { out: Float64Array; state: MambaState } {
  const where = "mambaStep";
  checkParams(p, where);
  checkSize(batch, "batch", where);
  const { dModel: m, dInner: di, dState: n, dConv: kc, dtRank: r } = p;
  checkLength(token, batch * m, "token", where);
  checkFinite(token, "token", where);
  checkLength(state.conv, batch * di * kc, "state.conv", where);
  checkLength(state.ssm, batch * di * n, "state.ssm", where);
  checkFinite(state.conv, "state.conv", where);

  const conv = new Float64Array(batch * di * kc);
  const xc = new Float64Array(batch * di);
  const z = new Float64Array(batch * di);
  const dt = new Float64Array(batch * di);
  const B = new Float64Array(batch * n);
  const C = new Float64Array(batch * n);
  const xz = new Float64Array(2 * di);
  const dbl = new Float64Array(r + 2 * n);
  for (let b = 0; b < batch; b++) {
    linear(p.inProjWeight, p.inProjBias, 2 * di, m, token, b * m, 1, xz, 0);
    for (let c = 0; c < di; c++) {
      const o = (b * di + c) * kc;
      for (let k = 0; k < kc - 1; k++) conv[o + k] = state.conv[o + k + 1];
      conv[o + kc - 1] = xz[c];
      let acc = 0;
      for (let k = 0; k < kc; k++) acc += conv[o + k] * p.conv1dWeight[c * kc + k];
      if (p.conv1dBias) acc += p.conv1dBias[c];
      xc[b * di + c] = silu(acc);
      z[b * di + c] = xz[di + c];
    }
    linear(p.xProjWeight, null, r + 2 * n, di, xc, b * di, 1, dbl, 0);
    for (let s = 0; s < n; s++) {
      B[b * n + s] = dbl[r + s];
      C[b * n + s] = dbl[r + n + s];
    }
    linear(p.dtProjWeight, null, di, r, dbl, 0, 1, dt, b * di);
  }
  const upd = selectiveStateUpdate({
    batch,
    dim: di,
    dstate: n,
    state: state.ssm,
    x: xc,
    dt,
    A: mambaA(p.ALog),
    B,
    C,
    D: p.D,
    z,
    dtBias: p.dtProjBias,
    dtSoftplus: true,
  });
  const out = new Float64Array(batch * m);
  for (let b = 0; b < batch; b++) {
    linear(p.outProjWeight, p.outProjBias, m, di, upd.out, b * di, 1, out, b * m);
  }
  checkFiniteResult(out, "out", where);
  return { out, state: { conv, ssm: upd.state } };
}

/**
 * Decodes a whole sequence one token at a time with `mambaStep`, from the zero state:
 * hidden (batch, L, dModel) → out (batch, L, dModel) (equal to `mambaForward`'s), and the final
 * state (conv: the last dConv pre-conv inputs, oldest first; ssm: the last SSM state).
 */
export function mambaDecode(
  p: MambaParams,
  hidden: Float64Array,
  batch: number,
  L: number,
): { out: Float64Array; state: MambaState } {
  const m = p.dModel;
  checkLength(hidden, batch * L * m, "hidden", "mambaDecode");
  let state = mambaZeroState(p, batch);
  const out = new Float64Array(batch * L * m);
  const token = new Float64Array(batch * m);
  for (let t = 0; t < L; t++) {
    for (let b = 0; b < batch; b++) {
      token.set(hidden.subarray((b * L + t) * m, (b * L + t + 1) * m), b * m);
    }
    const r = mambaStep(p, token, state, batch);
    state = r.state;
    for (let b = 0; b < batch; b++) {
      out.set(r.out.subarray(b * m, (b + 1) * m), (b * L + t) * m);
    }
  }
  return { out, state };
}
