/**
 * Selective scan (S6), with exactly the semantics of Mamba's `selective_scan_ref`
 * (state-spaces/mamba, mamba_ssm/ops/selective_scan_interface.py; golden README).
 */
import { softplus } from "../core/activations";
import { checkFinite, checkFiniteResult, checkLength, checkSize } from "../core/checks";
import { advanceState, gateOutput } from "./selectiveCore";

/**
 * B or C of a scan.
 * - `fixed`: one row per channel, (dim, dstate), or (dim, dstate, 2) interleaved if complex.
 * - `perStep`: one value per batch element, group, state index and step. Layout (batch, groups,
 *   dstate, L) by default (upstream's `(b, N, L)` is groups = 1), or (batch, groups, L, dstate) with
 *   `timeMajor`. Complex: upstream's interleaved real layout (batch, groups, dstate, 2L) where
 *   B_t = B[.., 2t] + i·B[.., 2t+1]; with `timeMajor`, (batch, groups, L, dstate, 2).
 *   Channel c uses group ⌊c / (dim/groups)⌋ (contiguous blocks); groups must divide dim.
 */
export type ScanParam =
  | { kind: "fixed"; values: Float64Array }
  | { kind: "perStep"; values: Float64Array; groups?: number; timeMajor?: boolean };

/** Inputs of `selectiveScan`. Every array is a flat row-major Float64Array; sizes are explicit. */
export interface SelectiveScanInput {
  batch: number;
  dim: number;
  dstate: number;
  length: number;
  /** A, fixed B/C and the state are complex, interleaved [re, im]. Default false. */
  complex?: boolean;
  /** (batch, dim, L) */
  u: Float64Array;
  /** Raw Δ before bias and softplus, (batch, dim, L). */
  delta: Float64Array;
  /** Diagonal A, (dim, dstate) or (dim, dstate, 2) if complex. Negative real parts keep it stable. */
  A: Float64Array;
  B: ScanParam;
  C: ScanParam;
  /** Skip term, (dim). */
  D?: Float64Array | null;
  /** Gate, (batch, dim, L): the output is multiplied by silu(z). */
  z?: Float64Array | null;
  /** Added to Δ before the softplus, (dim). */
  deltaBias?: Float64Array | null;
  /** Δ ← softplus(Δ + bias) (torch's threshold 20). Default false: Δ used as given. */
  deltaSoftplus?: boolean;
}

export interface SelectiveScanOutput {
  /** (batch, dim, L) */
  out: Float64Array;
  /** Final state x_{L−1}, (batch, dim, dstate) or (batch, dim, dstate, 2) if complex; zero if L = 0. */
  lastState: Float64Array;
}

/**
 * A read-only view of a state. Float64Array satisfies it; `slice()` returns a copy you may keep.
 */
export interface StateView {
  readonly length: number;
  readonly [index: number]: number;
  slice(start?: number, end?: number): Float64Array;
}

/**
 * Per-step observer: called after step t of batch element `batch` with the (dim, dstate) state
 * (interleaved (dim, dstate, 2) if complex), row-major. The view is one buffer reused and
 * overwritten by every later step and batch element: copy what you keep (`state.slice()`).
 * Calls come in order b = 0…batch−1, and for each b, t = 0…L−1.
 */
export type ScanObserver = (t: number, state: StateView, batch: number) => void;

interface ParamReader {
  /** Source array and per-channel row offsets into it. */
  values: Float64Array;
  offsets: Int32Array;
  /** Fills `values` (the scratch) for batch b, step t; undefined for fixed parameters. */
  gather?: (b: number, t: number) => void;
}

function paramReader(
  p: ScanParam,
  name: string,
  s: SelectiveScanInput,
  complex: boolean,
  where: string,
): ParamReader {
  const { batch, dim, dstate, length } = s;
  const w = complex ? 2 : 1;
  const rowLen = dstate * w;
  const offsets = new Int32Array(dim);
  if (p.kind === "fixed") {
    checkLength(p.values, dim * rowLen, name, where);
    checkFinite(p.values, name, where);
    for (let c = 0; c < dim; c++) offsets[c] = c * rowLen;
    return { values: p.values, offsets };
  }
  if (p.kind !== "perStep") throw new RangeError(`${where}: ${name} has an unknown kind`);
  const groups = p.groups ?? 1;
  checkSize(groups, `${name}.groups`, where, 1);
  if (dim % groups !== 0) {
    throw new RangeError(`${where}: ${name}.groups = ${groups} does not divide dim = ${dim}`);
  }
  const src = p.values;
  checkLength(src, batch * groups * rowLen * length, name, where);
  checkFinite(src, name, where);
  const perGroup = dim / groups;
  for (let c = 0; c < dim; c++) offsets[c] = Math.floor(c / perGroup) * rowLen;
  // Element (b, g, n, t) [re] sits at base(b, g) + n·sN + t·sT; its imaginary part follows it.
  const sN = p.timeMajor ? w : length * w;
  const sT = p.timeMajor ? rowLen : w;
  const groupLen = rowLen * length;
  const scratch = new Float64Array(groups * rowLen);
  const gather = (b: number, t: number) => {
    for (let g = 0; g < groups; g++) {
      const base = (b * groups + g) * groupLen + t * sT;
      const o = g * rowLen;
      if (w === 1) {
        for (let n = 0; n < dstate; n++) scratch[o + n] = src[base + n * sN];
      } else {
        for (let n = 0; n < dstate; n++) {
          const i = base + n * sN;
          scratch[o + 2 * n] = src[i];
          scratch[o + 2 * n + 1] = src[i + 1];
        }
      }
    }
  };
  return { values: scratch, offsets, gather };
}

/**
 * Selective scan over a batch, diagonal A (real or complex), as `selective_scan_ref`:
 *   Δ = softplus(delta + delta_bias)   (bias and softplus only if given)
 *   x_t = exp(Δ_t·A) ⊙ x_{t−1} + Δ_t·B_t·u_t,  x_{−1} = 0   (Ā by ZOH, B̄ = Δ·B by Euler)
 *   y_t = C_t·x_t   (2·Re(C_t·x_t) for complex A)
 *   out_t = (y_t + D·u_t)·silu(z_t)
 * Shapes in `SelectiveScanInput`. Returns out (batch, dim, L) and the final state.
 * Memory: O(batch·dim·(L + dstate)); no (L, dim, dstate) array is ever built. Per-step states are
 * available through `observe` (see `ScanObserver`: a reused view, copy what you keep).
 * Work: batch·L·dim·dstate state updates, loop order b → t → channel → n.
 * Throws RangeError on size mismatch, on NaN/±Infinity in any input, or if the result overflows
 * (e.g. exp(Δ·A) with Δ·A > 709 for a positive A); it never returns NaN.
 */
export function selectiveScan(s: SelectiveScanInput, observe?: ScanObserver): SelectiveScanOutput {
  const where = "selectiveScan";
  const { batch, dim, dstate, length } = s;
  checkSize(batch, "batch", where);
  checkSize(dim, "dim", where);
  checkSize(dstate, "dstate", where);
  checkSize(length, "length", where);
  const complex = s.complex === true;
  const w = complex ? 2 : 1;
  const nBDL = batch * dim * length;
  checkLength(s.u, nBDL, "u", where);
  checkLength(s.delta, nBDL, "delta", where);
  checkLength(s.A, dim * dstate * w, "A", where);
  checkFinite(s.u, "u", where);
  checkFinite(s.delta, "delta", where);
  checkFinite(s.A, "A", where);
  const Dv = s.D ?? null;
  const zv = s.z ?? null;
  const bias = s.deltaBias ?? null;
  if (Dv) {
    checkLength(Dv, dim, "D", where);
    checkFinite(Dv, "D", where);
  }
  if (zv) {
    checkLength(zv, nBDL, "z", where);
    checkFinite(zv, "z", where);
  }
  if (bias) {
    checkLength(bias, dim, "deltaBias", where);
    checkFinite(bias, "deltaBias", where);
  }
  const soft = s.deltaSoftplus === true;
  const Br = paramReader(s.B, "B", s, complex, where);
  const Cr = paramReader(s.C, "C", s, complex, where);

  const stateLen = dim * dstate * w;
  const h = new Float64Array(stateLen);
  const out = new Float64Array(nBDL);
  const lastState = new Float64Array(batch * stateLen);
  const dtv = new Float64Array(dim);
  const uv = new Float64Array(dim);
  const yv = new Float64Array(dim);
  for (let b = 0; b < batch; b++) {
    h.fill(0);
    for (let t = 0; t < length; t++) {
      for (let c = 0; c < dim; c++) {
        const i = (b * dim + c) * length + t;
        uv[c] = s.u[i];
        let dl = s.delta[i];
        if (bias) dl += bias[c];
        dtv[c] = soft ? softplus(dl) : dl;
      }
      Br.gather?.(b, t);
      Cr.gather?.(b, t);
      advanceState(
        h,
        dim,
        dstate,
        complex,
        s.A,
        Br.values,
        Br.offsets,
        Cr.values,
        Cr.offsets,
        dtv,
        uv,
        yv,
      );
      for (let c = 0; c < dim; c++) {
        const i = (b * dim + c) * length + t;
        out[i] = gateOutput(yv[c], uv[c], Dv ? Dv[c] : undefined, zv ? zv[i] : undefined);
      }
      observe?.(t, h, b);
    }
    lastState.set(h, b * stateLen);
  }
  checkFiniteResult(out, "out", where);
  checkFiniteResult(lastState, "lastState", where);
  return { out, lastState };
}

/** One channel, real diagonal A, raw Δ (no bias, no softplus), no D, no gate. */
export interface ScanOneChannel {
  /** (L) */
  u: Float64Array;
  /** Δ_t, used as given, (L) */
  dt: Float64Array;
  /** (N), negative for a stable state */
  a: Float64Array;
  /** B_t, (L × N) row-major (time-major) */
  b: Float64Array;
  /** C_t, (L × N) row-major (time-major) */
  c: Float64Array;
}

/**
 * Selective scan, one channel, diagonal real A. Ā by ZOH, B̄ by Euler (as Mamba does):
 *   Ā_t = exp(Δ_t·a)   B̄_t = Δ_t·B_t   h_t = Ā_t ⊙ h_{t−1} + B̄_t·u_t   y_t = C_t·h_t
 * Shapes: u, dt: [L]; a: [N]; b, c: [L×N] row-major. Returns y: [L] and lastState: [N].
 * observe(t, h), if given, sees the state after step t (a view reused between calls: copy what
 * you keep). A thin wrapper: it calls `selectiveScan` with batch = dim = 1.
 */
export function selectiveScan1(
  { u, dt, a, b, c }: ScanOneChannel,
  observe?: ScanObserver,
): { y: Float64Array; lastState: Float64Array } {
  const { out, lastState } = selectiveScan(
    {
      batch: 1,
      dim: 1,
      dstate: a.length,
      length: u.length,
      u,
      delta: dt,
      A: a,
      B: { kind: "perStep", values: b, timeMajor: true },
      C: { kind: "perStep", values: c, timeMajor: true },
    },
    observe,
  );
  return { y: out, lastState };
}
