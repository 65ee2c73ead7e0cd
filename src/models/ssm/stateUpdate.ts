/**
 * One decoding step of the selective SSM, as Mamba's `selective_state_update_ref`
 * (mamba_ssm/ops/triton/selective_state_update.py). It advances the state with the same code as
 * `selectiveScan` (selectiveCore.advanceState), so looping it over t reproduces the scan.
 */
import { softplus } from "../core/activations";
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";
import { advanceState, gateOutput } from "./selectiveCore";

/** Inputs of one step; flat row-major Float64Arrays, real A only (as upstream's decoding path). */
export interface StateUpdateInput {
  batch: number;
  dim: number;
  dstate: number;
  /** Groups of B and C; channel c uses group ⌊c/(dim/groups)⌋. Default 1. */
  groups?: number;
  /** State before the step, (batch, dim, dstate). Not modified. */
  state: Float64Array;
  /** Input u_t, (batch, dim) */
  x: Float64Array;
  /** Raw Δ_t, (batch, dim) */
  dt: Float64Array;
  /** (dim, dstate) */
  A: Float64Array;
  /** (batch, groups, dstate); groups = 1 is upstream's (batch, dstate) */
  B: Float64Array;
  /** (batch, groups, dstate) */
  C: Float64Array;
  /** (dim) */
  D?: Float64Array | null;
  /** (batch, dim) */
  z?: Float64Array | null;
  /** (dim), added to dt before softplus */
  dtBias?: Float64Array | null;
  /** Δ ← softplus(dt + dtBias). Default false: raw dt (which may be negative) is Δ. */
  dtSoftplus?: boolean;
}

export interface StateUpdateOutput {
  /** (batch, dim) */
  out: Float64Array;
  /** State after the step, (batch, dim, dstate); a new array. */
  state: Float64Array;
}

/**
 * One step from a given state, per batch element and channel c:
 *   Δ = softplus(dt + dt_bias) (or raw dt)   state ← exp(Δ·A[c]) ⊙ state + Δ·B·x
 *   out = (Σ_n state·C + D·x)·silu(z)
 * Omitting D, z and dtBias with dtSoftplus false gives upstream's "plain" call.
 * Throws RangeError on size mismatch, non-finite input, or overflow.
 */
export function selectiveStateUpdate(s: StateUpdateInput): StateUpdateOutput {
  const where = "selectiveStateUpdate";
  const { batch, dim, dstate } = s;
  const groups = s.groups ?? 1;
  checkSize(batch, "batch", where);
  checkSize(dim, "dim", where);
  checkSize(dstate, "dstate", where);
  checkSize(groups, "groups", where, 1);
  if (dim % groups !== 0) {
    throw new RangeError(`${where}: groups = ${groups} does not divide dim = ${dim}`);
  }
  const stateLen = dim * dstate;
  const named: [string, Float64Array | null | undefined, number][] = [
    ["state", s.state, batch * stateLen],
    ["x", s.x, batch * dim],
    ["dt", s.dt, batch * dim],
    ["A", s.A, stateLen],
    ["B", s.B, batch * groups * dstate],
    ["C", s.C, batch * groups * dstate],
    ["D", s.D, dim],
    ["z", s.z, batch * dim],
    ["dtBias", s.dtBias, dim],
  ];
  for (const [name, a, n] of named) {
    if (!a) continue;
    checkLength(a, n, name, where);
    checkFinite(a, name, where);
  }
  const Dv = s.D ?? null;
  const zv = s.z ?? null;
  const bias = s.dtBias ?? null;
  const perGroup = dim / groups;
  const offsets = new Int32Array(dim);
  const state = Float64Array.from(s.state);
  const out = new Float64Array(batch * dim);
  const dtv = new Float64Array(dim);
  const yv = new Float64Array(dim);
  for (let b = 0; b < batch; b++) {
    for (let c = 0; c < dim; c++) {
      offsets[c] = (b * groups + Math.floor(c / perGroup)) * dstate;
      let dl = s.dt[b * dim + c];
      if (bias) dl += bias[c];
      dtv[c] = s.dtSoftplus ? softplus(dl) : dl;
    }
    const h = state.subarray(b * stateLen, (b + 1) * stateLen);
    const u = s.x.subarray(b * dim, (b + 1) * dim);
    advanceState(h, dim, dstate, false, s.A, s.B, offsets, s.C, offsets, dtv, u, yv);
    for (let c = 0; c < dim; c++) {
      const i = b * dim + c;
      out[i] = gateOutput(yv[c], u[c], Dv ? Dv[c] : undefined, zv ? zv[i] : undefined);
    }
  }
  checkFiniteResult(out, "out", where);
  checkFiniteResult(state, "state", where);
  return { out, state };
}
