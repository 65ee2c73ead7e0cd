/**
 * The HiPPO memory over a whole signal, kept step by step for playback (chapter 5's compressor):
 * the online stepper of hippo.ts runs once, its coefficients c_k (k = 1…L) are recorded, and any
 * time t can then be shown without running the memory again.
 *
 * Memory: an (L × N) array, 4,000 × 64 Float64 values = 2 MB at the figure's largest size
 * (DESIGNS §j, `the-state/hippo`). Work: O(L·N²) for the run, O(t·N) for one snapshot.
 */
import {
  createHippoStepper,
  hippoReconstruct,
  rmse,
  type HippoConfig,
  type HippoMethod,
} from "./hippo";
import type { HippoMeasure } from "./matrices";

export interface HippoTrajectory {
  measure: HippoMeasure;
  N: number;
  method: HippoMethod;
  /** The LegT window in samples; NaN for LegS. */
  theta: number;
  /** Samples consumed, the last time. */
  L: number;
  /** c_k for k = 1…L, (L × N) row-major: row k − 1 holds c_k. */
  coefficients: Float64Array;
  /** max_n |c_k[n]| for k = 1…L, (L). */
  maxAbsPerStep: Float64Array;
}

/** A trajectory computed in slices (a worker posts progress and can give up between them). */
export interface HippoTrajectoryBuilder {
  /** L, the samples to consume. */
  readonly total: number;
  /** Samples consumed so far. */
  done(): number;
  isDone(): boolean;
  /** Consumes up to `steps` more samples; returns done(). */
  advance(steps: number): number;
  /** The trajectory; throws until every sample is consumed. */
  result(): HippoTrajectory;
}

/** Starts recording the memory of `config` over `signal` (sample k at time t = k, c_0 = 0). */
export function startHippoTrajectory(
  config: HippoConfig & { signal: Float64Array },
): HippoTrajectoryBuilder {
  const stepper = createHippoStepper(config);
  const { signal } = config;
  const L = signal.length;
  const N = stepper.N;
  const coefficients = new Float64Array(L * N);
  const maxAbsPerStep = new Float64Array(L);
  let k = 0;
  return {
    total: L,
    done: () => k,
    isDone: () => k >= L,
    advance(steps: number): number {
      const end = Math.min(L, k + Math.max(0, Math.floor(steps)));
      for (; k < end; k++) {
        const c = stepper.step(signal[k]);
        coefficients.set(c, k * N);
        let m = 0;
        for (let n = 0; n < N; n++) m = Math.max(m, Math.abs(c[n]));
        maxAbsPerStep[k] = m;
      }
      return k;
    },
    result(): HippoTrajectory {
      if (k < L) throw new RangeError(`hippo trajectory: ${k} of ${L} samples consumed`);
      return {
        measure: stepper.measure,
        N,
        method: stepper.method,
        theta: stepper.theta,
        L,
        coefficients,
        maxAbsPerStep,
      };
    },
  };
}

/** The whole trajectory at once (startHippoTrajectory, advanced to the end). */
export function hippoTrajectory(config: HippoConfig & { signal: Float64Array }): HippoTrajectory {
  const builder = startHippoTrajectory(config);
  builder.advance(builder.total);
  return builder.result();
}

export interface HippoSnapshot {
  /** The time shown, 1…L. */
  t: number;
  /** c_t, (N): a view into the trajectory (read-only). */
  coefficients: Float64Array;
  /** Reconstruction at the integer sample times the measure covers (hippoReconstruct). */
  times: Float64Array;
  values: Float64Array;
  /** The true history at those times (0 before the first sample, as the memory assumes). */
  truth: Float64Array;
  /** RMSE of values against truth: LegS over samples 1…t, LegT over the window. */
  rmse: number;
  /** RMS of truth over the same times, to read the RMSE against. */
  signalRms: number;
  /** max_n |c_t[n]|. */
  maxAbs: number;
  /** max over steps 1…t of max_n |c_k[n]|, and the first step that reached it. */
  peak: number;
  peakStep: number;
}

/**
 * The memory as seen at time t: c_t, the history it reconstructs, and how far that is from the
 * signal (DESIGNS §g's error metric, at any t rather than only the last). O(t·N) for LegS, O(θ·N)
 * for LegT.
 */
export function hippoSnapshot(
  trajectory: HippoTrajectory,
  signal: Float64Array,
  t: number,
): HippoSnapshot {
  const { measure, N, L, theta } = trajectory;
  if (!Number.isInteger(t) || t < 1 || t > L) throw new RangeError(`hippoSnapshot: bad time ${t}`);
  if (signal.length !== L) {
    throw new RangeError(`hippoSnapshot: signal has ${signal.length} samples, trajectory ${L}`);
  }
  const coefficients = trajectory.coefficients.subarray((t - 1) * N, t * N);
  const { times, values } = hippoReconstruct(
    measure,
    coefficients,
    t,
    measure === "legt" ? theta : undefined,
  );
  const truth = Float64Array.from(times, (i) => (i >= 1 ? signal[i - 1] : 0));
  let peak = 0;
  let peakStep = 0;
  for (let k = 0; k < t; k++) {
    if (trajectory.maxAbsPerStep[k] > peak) {
      peak = trajectory.maxAbsPerStep[k];
      peakStep = k + 1;
    }
  }
  return {
    t,
    coefficients,
    times,
    values,
    truth,
    rmse: rmse(values, truth),
    signalRms: rmse(truth, new Float64Array(truth.length)),
    maxAbs: trajectory.maxAbsPerStep[t - 1],
    peak,
    peakStep,
  };
}
