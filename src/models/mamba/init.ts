/**
 * The deterministic part of `Mamba.__init__` (mamba_ssm/modules/mamba_simple.py): dt_proj.bias,
 * A_log and D, with the uniform samples given instead of drawn.
 */
import { inverseSoftplus } from "../core/activations";
import { checkFinite, checkSize } from "../core/checks";

export interface MambaInitArgs {
  dModel: number;
  /** d_inner = expand·d_model (Mamba's default 2) */
  expand: number;
  dState: number;
  /** dt range of the log-uniform init (Mamba: 0.001 … 0.1) */
  dtMin: number;
  dtMax: number;
  /** lower clamp of dt (Mamba: 1e−4) */
  dtInitFloor: number;
  /** d_inner uniform samples in [0, 1), standing in for torch.rand */
  rand: Float64Array;
  /** Default ⌈d_model/16⌉ ("auto") */
  dtRank?: number;
}

export interface MambaInit {
  dInner: number;
  dtRank: number;
  /** (dInner): dt = max(exp(rand·(ln dtMax − ln dtMin) + ln dtMin), dtInitFloor) */
  dt: Float64Array;
  /** (dInner): inverse softplus of dt, dt + ln(−expm1(−dt)) */
  dtProjBias: Float64Array;
  /** (dInner, dState): ln(n+1), rounded to float32 as torch stores it */
  ALog: Float64Array;
  /** (dInner, dState): −exp(A_log), in float32 like the parameter (−1, −2, …, −N) */
  A: Float64Array;
  /** (dInner): ones */
  D: Float64Array;
}

/** dt_rank = "auto": ⌈d_model/16⌉. */
export function defaultDtRank(dModel: number): number {
  return Math.ceil(dModel / 16);
}

/**
 * Mamba's initialisation with given samples: log-uniform dt in [dtMin, dtMax] floored at
 * dtInitFloor; dt_proj.bias = softplus⁻¹(dt); S4D-real A_log[c,n] = ln(n+1) (float32); D = 1.
 */
export function mambaInit(a: MambaInitArgs): MambaInit {
  const where = "mambaInit";
  checkSize(a.dModel, "dModel", where, 1);
  checkSize(a.expand, "expand", where, 1);
  checkSize(a.dState, "dState", where, 1);
  const dInner = a.expand * a.dModel;
  if (a.rand.length !== dInner) {
    throw new RangeError(
      `${where}: rand has ${a.rand.length} samples, expected d_inner = ${dInner}`,
    );
  }
  checkFinite(a.rand, "rand", where);
  checkFinite([a.dtMin, a.dtMax, a.dtInitFloor], "dt range", where);
  if (!(a.dtMin > 0 && a.dtMax >= a.dtMin && a.dtInitFloor >= 0)) {
    throw new RangeError(`${where}: need 0 < dtMin ≤ dtMax and dtInitFloor ≥ 0`);
  }
  const dtRank = a.dtRank ?? defaultDtRank(a.dModel);
  checkSize(dtRank, "dtRank", where, 1);
  const lo = Math.log(a.dtMin);
  const span = Math.log(a.dtMax) - lo;
  const dt = a.rand.map((r) => Math.max(Math.exp(r * span + lo), a.dtInitFloor));
  const dtProjBias = dt.map(inverseSoftplus);
  const N = a.dState;
  const ALog = new Float64Array(dInner * N);
  const A = new Float64Array(dInner * N);
  for (let c = 0; c < dInner; c++) {
    for (let n = 0; n < N; n++) {
      ALog[c * N + n] = Math.fround(Math.log(n + 1));
      A[c * N + n] = Math.fround(-Math.exp(ALog[c * N + n]));
    }
  }
  return { dInner, dtRank, dt, dtProjBias, ALog, A, D: new Float64Array(dInner).fill(1) };
}
