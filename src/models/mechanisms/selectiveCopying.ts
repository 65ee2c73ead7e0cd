/**
 * The hand-built selective-copying solver (DESIGNS §c), one layer, run through the verified
 * `selectiveScan`:
 * - D = one channel per symbol, u_t = one-hot of the symbol on data tokens, 0 elsewhere;
 * - N states per channel with a_n = −0.5·(n+1) (the same for every channel), B = 1;
 * - Δ = softplus(pre): pre = softplus⁻¹(Δ_data) on data tokens and −20 (Δ ≈ 2.06·10⁻⁹) on noise and
 *   recall tokens, so the clock only advances on data tokens and random spacing becomes fixed;
 * - after the body, h_c[n] = Δ_data·Σ_{i: sym_i = c} r_n^{m_i}, r_n = e^{Δ_data·a_n}, m_i = k−1−i;
 * - at recall step j, C_j solves the k×N Vandermonde system V·C_j = e_{k−1−j}, V[m, n] = r_n^m
 *   (square: partial pivoting; N > k: minimum norm by QR of Vᵀ; N < k: least squares by QR of V);
 * - the answer is argmax over channels of out[:, L + j].
 */
import { inverseSoftplus, softplus } from "../core/activations";
import { checkSize } from "../core/checks";
import { cond2, solveLeastSquares } from "../core/lstsq";
import {
  selectiveScan,
  type ScanObserver,
  type SelectiveScanInput,
  type SelectiveScanOutput,
} from "../ssm/selectiveScan";
import { COPY_DATA, type SelectiveCopyingInstance } from "../tasks/selectiveCopying";

/** DESIGNS §c's default Δ_data: exact in float64 and float32 for k ∈ {4, 8}, N ∈ {8, 16}. */
export const COPY_DELTA_DATA = 0.5;
/** Pre-activation of Δ on noise and recall tokens: softplus(−20) = 2.06·10⁻⁹. */
export const COPY_CLOSED_PRE = -20;

export interface CopySolverOptions {
  /** Data tokens per instance, ≥ 1. */
  k: number;
  /** States per channel, ≥ 1. N < k is the "over capacity" preset. */
  N: number;
  /** Δ on data tokens, > 0. Default 0.5. */
  deltaData?: number;
  /** Channels = symbols. Default 8. */
  symbols?: number;
}

export type CopySolveKind = "square" | "min-norm" | "least-squares";

export interface CopySolver {
  k: number;
  N: number;
  deltaData: number;
  symbols: number;
  /** a_n = −0.5·(n+1), (N). */
  a: Float64Array;
  /** The scan's A: a repeated for every channel, (symbols × N). */
  A: Float64Array;
  /** r_n = e^{Δ_data·a_n}, (N): the per-data-token decay of slot n. */
  r: Float64Array;
  /** V[m, n] = r_n^m, (k × N) row-major. */
  V: Float64Array;
  /** C_j for each recall step, (k × N) row-major: row j is C_j. */
  readout: Float64Array;
  /** Which solve produced the readout. */
  solve: CopySolveKind;
  /** max_j ‖V·C_j − e_{k−1−j}‖_∞: the readout's residual (0 when exact, large when N < k). */
  residual: number;
  /** cond₂(V) (above ~1e16 it only says "beyond float64"). */
  condV: number;
  /** Δ's pre-activation on data tokens, softplus⁻¹(Δ_data). */
  dataPre: number;
}

/**
 * Builds the solver's constants and readout for (k, N, Δ_data). O(k·N·min(k, N)).
 * Throws a RangeError on k < 1, N < 1, symbols < 1 or Δ_data ≤ 0 (or non-finite).
 */
export function buildCopySolver({
  k,
  N,
  deltaData = COPY_DELTA_DATA,
  symbols = 8,
}: CopySolverOptions): CopySolver {
  const where = "buildCopySolver";
  checkSize(k, "k", where, 1);
  checkSize(N, "N", where, 1);
  checkSize(symbols, "symbols", where, 1);
  if (!(deltaData > 0) || !Number.isFinite(deltaData)) {
    throw new RangeError(`${where}: Δ_data must be finite and > 0, got ${deltaData}`);
  }
  const a = new Float64Array(N);
  for (let n = 0; n < N; n++) a[n] = -0.5 * (n + 1);
  const A = new Float64Array(symbols * N);
  for (let c = 0; c < symbols; c++) A.set(a, c * N);
  const r = a.map((an) => Math.exp(deltaData * an));
  const V = new Float64Array(k * N);
  for (let n = 0; n < N; n++) {
    let p = 1;
    for (let m = 0; m < k; m++) {
      V[m * N + n] = p;
      p *= r[n];
    }
  }
  // E[m, j] = [m = k−1−j]: column j is the target of recall step j.
  const E = new Float64Array(k * k);
  for (let j = 0; j < k; j++) E[(k - 1 - j) * k + j] = 1;
  const X = solveLeastSquares(V, k, N, E); // (N × k), column j = C_j
  const readout = new Float64Array(k * N);
  for (let j = 0; j < k; j++) for (let n = 0; n < N; n++) readout[j * N + n] = X[n * k + j];
  let residual = 0;
  for (let j = 0; j < k; j++) {
    for (let m = 0; m < k; m++) {
      let s = 0;
      for (let n = 0; n < N; n++) s += V[m * N + n] * readout[j * N + n];
      residual = Math.max(residual, Math.abs(s - (m === k - 1 - j ? 1 : 0)));
    }
  }
  const solve: CopySolveKind = N === k ? "square" : N > k ? "min-norm" : "least-squares";
  return {
    k,
    N,
    deltaData,
    symbols,
    a,
    A,
    r,
    V,
    readout,
    solve,
    residual,
    condV: cond2(V, k, N),
    dataPre: inverseSoftplus(deltaData),
  };
}

/** Δ's pre-activation for each token of an instance, (L + k): softplus⁻¹(Δ_data) or −20. */
export function copyDeltaPre(solver: CopySolver, inst: SelectiveCopyingInstance): Float64Array {
  const pre = new Float64Array(inst.length);
  for (let t = 0; t < inst.length; t++) {
    pre[t] = inst.kind[t] === COPY_DATA ? solver.dataPre : COPY_CLOSED_PRE;
  }
  return pre;
}

/** Δ per token as the scan uses it, softplus(pre), (L + k): the figure's heat strip. */
export function copyDeltas(solver: CopySolver, inst: SelectiveCopyingInstance): Float64Array {
  return copyDeltaPre(solver, inst).map(softplus);
}

function checkInstances(solver: CopySolver, insts: readonly SelectiveCopyingInstance[]): number {
  const where = "copySolverScanInput";
  if (insts.length === 0) throw new RangeError(`${where}: no instances`);
  const { L, length } = insts[0];
  for (const inst of insts) {
    if (inst.k !== solver.k || inst.L !== L || inst.length !== length) {
      throw new RangeError(`${where}: every instance needs k = ${solver.k} and one body length`);
    }
    if (inst.symbols > solver.symbols) {
      throw new RangeError(`${where}: ${inst.symbols} symbols > ${solver.symbols} channels`);
    }
  }
  return length;
}

/**
 * The exact `selectiveScan` call of §c for a batch of instances (one body length):
 * u (batch, symbols, L+k) one-hot on data tokens; delta (batch, symbols, L+k) the pre-activations,
 * with deltaSoftplus; A (symbols, N); B fixed 1; C per step (batch, 1, N, L+k), zero except C_j at
 * step L + j.
 */
export function copySolverScanInput(
  solver: CopySolver,
  insts: readonly SelectiveCopyingInstance[],
): SelectiveScanInput {
  const T = checkInstances(solver, insts);
  const { N, symbols: D, k } = solver;
  const batch = insts.length;
  const u = new Float64Array(batch * D * T);
  const delta = new Float64Array(batch * D * T);
  const C = new Float64Array(batch * N * T);
  insts.forEach((inst, b) => {
    const pre = copyDeltaPre(solver, inst);
    for (let c = 0; c < D; c++) delta.set(pre, (b * D + c) * T);
    for (let t = 0; t < inst.L; t++) {
      if (inst.kind[t] === COPY_DATA) u[(b * D + inst.value[t]) * T + t] = 1;
    }
    for (let j = 0; j < k; j++) {
      for (let n = 0; n < N; n++) C[(b * N + n) * T + inst.L + j] = solver.readout[j * N + n];
    }
  });
  return {
    batch,
    dim: D,
    dstate: N,
    length: T,
    u,
    delta,
    A: solver.A,
    B: { kind: "fixed", values: new Float64Array(D * N).fill(1) },
    C: { kind: "perStep", values: C },
    deltaSoftplus: true,
  };
}

export interface CopyRun {
  /** The scan's output, (batch, symbols, L+k). */
  scan: SelectiveScanOutput;
  /** Channel outputs at each recall step, (batch, k, symbols). */
  scores: Float64Array;
  /** argmax over channels at each recall step (first maximum on ties), (batch, k). */
  predictions: Int32Array;
  /** 1 where the prediction equals the data token, (batch, k). */
  correct: Uint8Array;
}

/** The index of the largest of `n` values at `v[off…off+n)`, the first one on ties. */
export function argmax(v: ArrayLike<number>, off = 0, n = v.length - off): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (v[off + i] > v[off + best]) best = i;
  return best;
}

/**
 * Runs the solver on a batch of instances (one body length) through `selectiveScan`, and reads
 * the answer at every recall step. `observe` is passed to the scan (per-step states, for views).
 */
export function runCopySolver(
  solver: CopySolver,
  insts: readonly SelectiveCopyingInstance[],
  observe?: ScanObserver,
): CopyRun {
  const input = copySolverScanInput(solver, insts);
  const scan = selectiveScan(input, observe);
  const { k, symbols: D } = solver;
  const T = input.length;
  const batch = insts.length;
  const scores = new Float64Array(batch * k * D);
  const predictions = new Int32Array(batch * k);
  const correct = new Uint8Array(batch * k);
  insts.forEach((inst, b) => {
    for (let j = 0; j < k; j++) {
      const o = (b * k + j) * D;
      for (let c = 0; c < D; c++) scores[o + c] = scan.out[(b * D + c) * T + inst.L + j];
      const p = argmax(scores, o, D);
      predictions[b * k + j] = p;
      correct[b * k + j] = p === inst.data[j] ? 1 : 0;
    }
  });
  return { scan, scores, predictions, correct };
}

export interface RecallAccuracy {
  /** Fraction of recall steps answered correctly, over every instance and step. */
  overall: number;
  /** Fraction correct at each recall step j, (k). */
  perStep: Float64Array;
  /** Recall steps counted. */
  total: number;
}

/** Overall and per-recall-step accuracy from a (count, k) 0/1 table. */
export function recallAccuracy(correct: Uint8Array, k: number): RecallAccuracy {
  checkSize(k, "k", "recallAccuracy", 1);
  const count = correct.length / k;
  const perStep = new Float64Array(k);
  let sum = 0;
  for (let i = 0; i < correct.length; i++) {
    perStep[i % k] += correct[i];
    sum += correct[i];
  }
  for (let j = 0; j < k; j++) perStep[j] = count > 0 ? perStep[j] / count : 0;
  return { overall: correct.length > 0 ? sum / correct.length : 0, perStep, total: correct.length };
}

/**
 * Accuracy of the solver over many instances, run in batches of `chunk` through the scan.
 */
export function copySolverAccuracy(
  solver: CopySolver,
  insts: readonly SelectiveCopyingInstance[],
  chunk = 256,
): RecallAccuracy {
  const correct = new Uint8Array(insts.length * solver.k);
  for (let s = 0; s < insts.length; s += chunk) {
    const part = insts.slice(s, s + chunk);
    correct.set(runCopySolver(solver, part).correct, s * solver.k);
  }
  return recallAccuracy(correct, solver.k);
}
