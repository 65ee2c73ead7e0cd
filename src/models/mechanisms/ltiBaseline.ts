/**
 * The best LTI baseline for selective copying, and its positive control (DESIGNS §d).
 *
 * Free kernel: one causal kernel K shared by every channel and recall step, with §c's argmax
 * readout, score_c(j) = Σ_lag K[lag]·u_c(L + j − lag). Cross-symbol kernels cannot change the
 * argmax (by symmetry they reduce to K_same − K_other), so one kernel is the whole family. K is
 * fitted by ridge least squares (ridge 10⁻⁶) of score_c(j) against [sym_j = c] over sampled
 * instances; the normal matrix is only (L+k)×(L+k), built sparsely and solved by Cholesky.
 *
 * Constant-Δ SSM: an S4D-Real-style LTI SSM (a_n = −0.5·(n+1), B = 1, one Δ on every token) run
 * through the verified `selectiveScan`, with one readout C (N) shared by every recall step and
 * fitted by ridge least squares on the states at the recall steps (by QR, not normal equations).
 * Its kernel is K[lag] = Δ·Σ_n C_n·e^{Δ·a_n·lag}: a restricted free kernel.
 */
import { checkSize } from "../core/checks";
import { choleskySolve, ridgeLstsq } from "../core/lstsq";
import { selectiveScan } from "../ssm/selectiveScan";
import { COPY_DATA, type SelectiveCopyingInstance } from "../tasks/selectiveCopying";
import { argmax, recallAccuracy, type RecallAccuracy } from "./selectiveCopying";

/** §d's ridge. */
export const LTI_RIDGE = 1e-6;

export interface LtiKernelFit {
  L: number;
  k: number;
  symbols: number;
  /**
   * The kernel, (L + k) taps (lag 0…L+k−1); or, with `perStep`, one kernel per recall step,
   * (k × (L+k)) row-major (the "ceiling" of §d, more than any LTI can have).
   */
  K: Float64Array;
  perStep: boolean;
  ridge: number;
  /** Instances the fit saw. */
  trainCount: number;
}

function checkSet(insts: readonly SelectiveCopyingInstance[], where: string) {
  if (insts.length === 0) throw new RangeError(`${where}: no instances`);
  const { L, k, symbols } = insts[0];
  for (const inst of insts) {
    if (inst.L !== L || inst.k !== k || inst.symbols !== symbols) {
      throw new RangeError(`${where}: every instance needs one (L, k, symbols)`);
    }
  }
  return { L, k, symbols, T: L + k };
}

/**
 * Fits the free kernel (or, with `perStep`, one kernel per recall step) by ridge least squares:
 *   K = argmin Σ_{instances, j, c} (score_c(j) − [sym_j = c])² + ridge·‖K‖²
 * through the normal equations (GᵀG + ridge·I)·K = Gᵀy, G's rows being the lag indicators
 * x[lag] = u_c(L + j − lag) (at most k nonzeros each), solved by Cholesky. Lags that no data token
 * ever reaches (0…j) get K = 0 from the ridge. O(count·k·symbols·k² + (L+k)³).
 */
export function fitLtiKernel(
  insts: readonly SelectiveCopyingInstance[],
  { ridge = LTI_RIDGE, perStep = false }: { ridge?: number; perStep?: boolean } = {},
): LtiKernelFit {
  const where = "fitLtiKernel";
  const { L, k, symbols, T } = checkSet(insts, where);
  const blocks = perStep ? k : 1;
  const G = Array.from({ length: blocks }, () => new Float64Array(T * T));
  const g = Array.from({ length: blocks }, () => new Float64Array(T));
  const lags = new Int32Array(k);
  for (const inst of insts) {
    for (let j = 0; j < k; j++) {
      const S = G[perStep ? j : 0];
      const s = g[perStep ? j : 0];
      for (let c = 0; c < symbols; c++) {
        let n = 0;
        for (let i = 0; i < k; i++) {
          if (inst.data[i] === c) lags[n++] = L + j - inst.positions[i];
        }
        const target = inst.data[j] === c ? 1 : 0;
        for (let a = 0; a < n; a++) {
          const la = lags[a];
          s[la] += target;
          for (let b = 0; b < n; b++) S[la * T + lags[b]] += 1;
        }
      }
    }
  }
  const K = new Float64Array(blocks * T);
  for (let q = 0; q < blocks; q++) K.set(choleskySolve(G[q], T, g[q], ridge), q * T);
  return { L, k, symbols, K, perStep, ridge, trainCount: insts.length };
}

/**
 * Scores of the free kernel on one instance, (k × symbols):
 *   score_c(j) = Σ_lag K[lag]·u_c(L + j − lag) = Σ_{i: sym_i = c} K[L + j − pos_i]
 * (the causal convolution of u_c with K, read at step L + j; u_c is nonzero only at data tokens).
 */
export function ltiKernelScores(fit: LtiKernelFit, inst: SelectiveCopyingInstance): Float64Array {
  const { L, k, symbols, K, perStep } = fit;
  if (inst.L !== L || inst.k !== k || inst.symbols > symbols) {
    throw new RangeError("ltiKernelScores: the instance does not match the fit's (L, k, symbols)");
  }
  const T = L + k;
  const scores = new Float64Array(k * symbols);
  for (let j = 0; j < k; j++) {
    const off = perStep ? j * T : 0;
    for (let t = 0; t < L; t++) {
      if (inst.kind[t] !== COPY_DATA) continue;
      scores[j * symbols + inst.value[t]] += K[off + L + j - t];
    }
  }
  return scores;
}

/** Held-out (or training) accuracy of a free-kernel fit, overall and per recall step. */
export function ltiKernelAccuracy(
  fit: LtiKernelFit,
  insts: readonly SelectiveCopyingInstance[],
): RecallAccuracy {
  const { k, symbols } = fit;
  const correct = new Uint8Array(insts.length * k);
  insts.forEach((inst, b) => {
    const s = ltiKernelScores(fit, inst);
    for (let j = 0; j < k; j++)
      correct[b * k + j] = argmax(s, j * symbols, symbols) === inst.data[j] ? 1 : 0;
  });
  return recallAccuracy(correct, k);
}

export interface LtiSsmFit {
  L: number;
  k: number;
  symbols: number;
  N: number;
  /** The constant Δ. */
  dt: number;
  /** a_n = −0.5·(n+1), (N). */
  a: Float64Array;
  /** The fitted readout, (N), shared by every recall step. */
  C: Float64Array;
  /** Its kernel K[lag] = Δ·Σ_n C_n·e^{Δ·a_n·lag}, (L + k). */
  K: Float64Array;
  ridge: number;
  trainCount: number;
}

/**
 * The states of the constant-Δ SSM at every recall step, from `selectiveScan` (B = 1, C unused,
 * Δ raw): (count, k, symbols, N) flat. The scan runs one batch; the observer copies the state at
 * steps L…L+k−1.
 */
export function ltiSsmRecallStates(
  insts: readonly SelectiveCopyingInstance[],
  N: number,
  dt: number,
): Float64Array {
  const where = "ltiSsmRecallStates";
  const { L, k, symbols: D, T } = checkSet(insts, where);
  checkSize(N, "N", where, 1);
  if (!(dt > 0) || !Number.isFinite(dt)) throw new RangeError(`${where}: Δ must be > 0`);
  const batch = insts.length;
  const u = new Float64Array(batch * D * T);
  insts.forEach((inst, b) => {
    for (let t = 0; t < L; t++) {
      if (inst.kind[t] === COPY_DATA) u[(b * D + inst.value[t]) * T + t] = 1;
    }
  });
  const A = new Float64Array(D * N);
  for (let c = 0; c < D; c++) for (let n = 0; n < N; n++) A[c * N + n] = -0.5 * (n + 1);
  const states = new Float64Array(batch * k * D * N);
  selectiveScan(
    {
      batch,
      dim: D,
      dstate: N,
      length: T,
      u,
      delta: new Float64Array(batch * D * T).fill(dt),
      A,
      B: { kind: "fixed", values: new Float64Array(D * N).fill(1) },
      C: { kind: "fixed", values: new Float64Array(D * N) },
    },
    (t, h, b) => {
      if (t < L) return;
      const o = (b * k + (t - L)) * D * N;
      for (let i = 0; i < D * N; i++) states[o + i] = h[i];
    },
  );
  return states;
}

/**
 * Fits the constant-Δ SSM's readout C (N) by ridge least squares (QR of the stacked system) of
 * score_c(j) = Σ_n C_n·h_c[n](L + j) against [sym_j = c], over every instance, step and channel.
 */
export function fitLtiSsm(
  insts: readonly SelectiveCopyingInstance[],
  { N = 16, dt, ridge = LTI_RIDGE }: { N?: number; dt: number; ridge?: number },
): LtiSsmFit {
  const { L, k, symbols: D } = checkSet(insts, "fitLtiSsm");
  const states = ltiSsmRecallStates(insts, N, dt);
  const rows = insts.length * k * D;
  const y = new Float64Array(rows);
  insts.forEach((inst, b) => {
    for (let j = 0; j < k; j++) y[(b * k + j) * D + inst.data[j]] = 1;
  });
  const C = ridgeLstsq(states, rows, N, y, ridge);
  const a = new Float64Array(N).map((_, n) => -0.5 * (n + 1));
  const K = new Float64Array(L + k);
  for (let lag = 0; lag < L + k; lag++) {
    let s = 0;
    for (let n = 0; n < N; n++) s += C[n] * Math.exp(dt * a[n] * lag);
    K[lag] = dt * s;
  }
  return { L, k, symbols: D, N, dt, a, C, K, ridge, trainCount: insts.length };
}

/** Accuracy of a constant-Δ SSM fit on instances, running them through the scan. */
export function ltiSsmAccuracy(
  fit: LtiSsmFit,
  insts: readonly SelectiveCopyingInstance[],
  chunk = 512,
): RecallAccuracy {
  const { k, symbols: D, N } = fit;
  const correct = new Uint8Array(insts.length * k);
  const score = new Float64Array(D);
  for (let s0 = 0; s0 < insts.length; s0 += chunk) {
    const part = insts.slice(s0, s0 + chunk);
    const states = ltiSsmRecallStates(part, N, fit.dt);
    part.forEach((inst, b) => {
      for (let j = 0; j < k; j++) {
        const o = (b * k + j) * D * N;
        for (let c = 0; c < D; c++) {
          let v = 0;
          for (let n = 0; n < N; n++) v += fit.C[n] * states[o + c * N + n];
          score[c] = v;
        }
        correct[(s0 + b) * k + j] = argmax(score) === inst.data[j] ? 1 : 0;
      }
    });
  }
  return recallAccuracy(correct, k);
}
