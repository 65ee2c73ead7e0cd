/**
 * HiPPO as a live compressor (DESIGNS §g; FACTS §1.11): N Legendre coefficients c(t) that summarise
 * the history of a sampled signal f, updated online one sample at a time, and the reconstruction
 * of the history from them.
 *
 * Time grid: sample k = 1, 2, … sits at time t = k, and c = 0 before the first sample (LegS's 1/t
 * is singular at t = 0, so it starts at t = 1).
 *
 * LegS (uniform measure on [0, t]), generalised bilinear step with α = ½ (the reference
 * HiPPOScale's 'bilinear'); α = 0 is forward Euler, the labelled counter-example that blows up:
 *   (I + α·A/k)·c_k = (I − (1−α)·A/k)·c_{k−1} + (1/k)·B·f_k
 * I + αA/k is lower-triangular: one triangular mat-vec and one forward substitution, O(N²) a step.
 *
 * LegT (uniform on a sliding window of θ samples; LTI): bilinear with a step of one sample,
 *   (I + A/2θ)·Ā = I − A/2θ,   (I + A/2θ)·B̄ = B/θ,   c_k = Ā·c_{k−1} + B̄·f_k
 * (dense solves once per (N, θ)); forward Euler: Ā = I − A/θ, B̄ = B/θ.
 */
import { legendreP } from "./legendre";
import { hippoMatrices, type HippoMeasure } from "./matrices";

export type HippoMethod = "bilinear" | "euler";

export interface HippoConfig {
  measure: HippoMeasure;
  /** Number of coefficients, ≥ 1. */
  N: number;
  /** 'bilinear' (α = ½, the default and the one to show) or 'euler' (α = 0, a counter-example). */
  method?: HippoMethod;
  /** LegT window length in samples (> 0); required for 'legt', ignored for 'legs'. */
  theta?: number;
}

/**
 * An online HiPPO memory. `step(f)` consumes the next sample and returns the coefficients c_k: one
 * Float64Array reused (overwritten) by every step, to be treated as read-only (copy what you keep).
 */
export interface HippoStepper {
  readonly measure: HippoMeasure;
  readonly N: number;
  readonly method: HippoMethod;
  /** The LegT window; NaN for LegS. */
  readonly theta: number;
  step(f: number): Float64Array;
  /** Samples consumed so far, the current time t (0 before the first step). */
  time(): number;
  /** A copy of the current coefficients. */
  coefficients(): Float64Array;
  /** Back to t = 0, c = 0. */
  reset(): void;
}

function checkConfig({ measure, N, method = "bilinear", theta }: HippoConfig, where: string) {
  if (measure !== "legs" && measure !== "legt") {
    throw new RangeError(`${where}: unknown measure ${String(measure)}`);
  }
  if (!Number.isInteger(N) || N < 1) throw new RangeError(`${where}: bad N ${N}`);
  if (method !== "bilinear" && method !== "euler") {
    throw new RangeError(`${where}: unknown method ${String(method)}`);
  }
  if (measure === "legt" && !(typeof theta === "number" && Number.isFinite(theta) && theta > 0)) {
    throw new RangeError(`${where}: LegT needs a window θ > 0, got ${theta}`);
  }
  return { measure, N, method, theta: measure === "legt" ? (theta as number) : NaN };
}

/**
 * Solves M·X = R for X in place of R, M (N×N) and R (N×m) row-major, by Gaussian elimination with
 * partial pivoting. M is overwritten. Throws if M is singular.
 */
function solveDense(M: Float64Array, R: Float64Array, N: number, m: number): void {
  for (let col = 0; col < N; col++) {
    let piv = col;
    for (let r = col + 1; r < N; r++) {
      if (Math.abs(M[r * N + col]) > Math.abs(M[piv * N + col])) piv = r;
    }
    if (M[piv * N + col] === 0) throw new RangeError("hippo: singular discretisation matrix");
    if (piv !== col) {
      for (let j = 0; j < N; j++) {
        const t = M[col * N + j];
        M[col * N + j] = M[piv * N + j];
        M[piv * N + j] = t;
      }
      for (let j = 0; j < m; j++) {
        const t = R[col * m + j];
        R[col * m + j] = R[piv * m + j];
        R[piv * m + j] = t;
      }
    }
    const p = M[col * N + col];
    for (let r = col + 1; r < N; r++) {
      const f = M[r * N + col] / p;
      if (f === 0) continue;
      for (let j = col; j < N; j++) M[r * N + j] -= f * M[col * N + j];
      for (let j = 0; j < m; j++) R[r * m + j] -= f * R[col * m + j];
    }
  }
  for (let col = N - 1; col >= 0; col--) {
    const p = M[col * N + col];
    for (let j = 0; j < m; j++) {
      let s = R[col * m + j];
      for (let k = col + 1; k < N; k++) s -= M[col * N + k] * R[k * m + j];
      R[col * m + j] = s / p;
    }
  }
}

/**
 * LegT's discrete system for a step of one sample: Ā (N×N row-major) and B̄ (N).
 * bilinear: (I + A/2θ)·Ā = I − A/2θ, (I + A/2θ)·B̄ = B/θ;  euler: Ā = I − A/θ, B̄ = B/θ.
 */
export function legtDiscrete(
  N: number,
  theta: number,
  method: HippoMethod = "bilinear",
): { aBar: Float64Array; bBar: Float64Array } {
  checkConfig({ measure: "legt", N, theta, method }, "legtDiscrete");
  const { A, B } = hippoMatrices("legt", N);
  const aBar = new Float64Array(N * N);
  const bBar = new Float64Array(N);
  if (method === "euler") {
    for (let i = 0; i < N * N; i++) aBar[i] = -A[i] / theta;
    for (let n = 0; n < N; n++) {
      aBar[n * N + n] += 1;
      bBar[n] = B[n] / theta;
    }
    return { aBar, bBar };
  }
  const m = N + 1;
  const M = new Float64Array(N * N);
  const R = new Float64Array(N * m);
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < N; k++) {
      const h = A[n * N + k] / (2 * theta);
      M[n * N + k] = (n === k ? 1 : 0) + h;
      R[n * m + k] = (n === k ? 1 : 0) - h;
    }
    R[n * m + N] = B[n] / theta;
  }
  solveDense(M, R, N, m);
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < N; k++) aBar[n * N + k] = R[n * m + k];
    bBar[n] = R[n * m + N];
  }
  return { aBar, bBar };
}

/**
 * An online HiPPO memory for `config` (see the file comment for the updates). Closure state: the
 * coefficients and the time. Throws a RangeError on a bad config, a non-finite sample, or if the
 * coefficients overflow.
 */
export function createHippoStepper(config: HippoConfig): HippoStepper {
  const { measure, N, method, theta } = checkConfig(config, "createHippoStepper");
  const alpha = method === "bilinear" ? 0.5 : 0;
  const c = new Float64Array(N);
  const scratch = new Float64Array(N);
  let k = 0;
  const { A, B } = hippoMatrices(measure, N);
  const legt = measure === "legt" ? legtDiscrete(N, theta, method) : null;

  const stepLegS = (f: number) => {
    // rhs = (I − (1−α)A/k)·c + (1/k)·B·f, with A lower-triangular.
    const beta = (1 - alpha) / k;
    for (let n = 0; n < N; n++) {
      let s = 0;
      for (let j = 0; j <= n; j++) s += A[n * N + j] * c[j];
      scratch[n] = c[n] - beta * s + (B[n] * f) / k;
    }
    // Forward substitution for (I + αA/k)·c = rhs.
    const g = alpha / k;
    for (let n = 0; n < N; n++) {
      let s = scratch[n];
      for (let j = 0; j < n; j++) s -= g * A[n * N + j] * c[j];
      c[n] = s / (1 + g * A[n * N + n]);
    }
  };

  const stepLegT = (f: number, aBar: Float64Array, bBar: Float64Array) => {
    for (let n = 0; n < N; n++) {
      let s = bBar[n] * f;
      for (let j = 0; j < N; j++) s += aBar[n * N + j] * c[j];
      scratch[n] = s;
    }
    c.set(scratch);
  };

  return {
    measure,
    N,
    method,
    theta,
    step(f: number): Float64Array {
      if (!Number.isFinite(f)) throw new RangeError(`hippo step: non-finite sample ${f}`);
      k++;
      if (legt) stepLegT(f, legt.aBar, legt.bBar);
      else stepLegS(f);
      for (let n = 0; n < N; n++) {
        if (!Number.isFinite(c[n])) {
          throw new RangeError(`hippo step: coefficient ${n} overflowed at step ${k}`);
        }
      }
      return c;
    },
    time: () => k,
    coefficients: () => c.slice(),
    reset() {
      c.fill(0);
      k = 0;
    },
  };
}

/**
 * The reconstruction f̂(s) = Σ_n c_n·√(2n+1)·P_n(x) at time s, from coefficients taken at time t:
 *   LegS: x = 2s/t − 1              (0 ≤ s ≤ t)
 *   LegT: x = 2(s − ½ − t)/θ + 1    (t − θ + ½ ≤ s ≤ t + ½; the −½ is bilinear's half-sample delay)
 * Outside those ranges the polynomial is extrapolated (and grows quickly).
 */
export function hippoReconstructAt(
  measure: HippoMeasure,
  coefficients: Float64Array,
  t: number,
  s: number,
  theta = NaN,
  scratch: Float64Array = new Float64Array(coefficients.length),
): number {
  const N = coefficients.length;
  const x = measure === "legs" ? (2 * s) / t - 1 : (2 * (s - 0.5 - t)) / theta + 1;
  legendreP(N, x, scratch);
  let y = 0;
  for (let n = 0; n < N; n++) y += coefficients[n] * Math.sqrt(2 * n + 1) * scratch[n];
  return y;
}

/**
 * The history as the memory sees it at time t, at the integer sample times:
 *   LegS: samples i = 1…t (all history);   LegT: i = t−θ+1…t (the window; θ an integer here).
 * Returns the sample times and f̂ there (LegT times ≤ 0 lie before the first sample, where the
 * memory assumes f = 0). coefficients: (N).
 */
export function hippoReconstruct(
  measure: HippoMeasure,
  coefficients: Float64Array,
  t: number,
  theta?: number,
): { times: Float64Array; values: Float64Array } {
  if (!Number.isInteger(t) || t < 1) throw new RangeError(`hippoReconstruct: bad time ${t}`);
  for (let n = 0; n < coefficients.length; n++) {
    if (!Number.isFinite(coefficients[n])) {
      throw new RangeError(`hippoReconstruct: coefficient ${n} is ${coefficients[n]}`);
    }
  }
  let first = 1;
  let th = NaN;
  if (measure === "legt") {
    if (!(typeof theta === "number" && Number.isInteger(theta) && theta >= 1)) {
      throw new RangeError(`hippoReconstruct: LegT needs an integer window θ ≥ 1, got ${theta}`);
    }
    th = theta;
    first = t - theta + 1;
  }
  const count = t - first + 1;
  const times = new Float64Array(count);
  const values = new Float64Array(count);
  const scratch = new Float64Array(coefficients.length);
  for (let j = 0; j < count; j++) {
    const i = first + j;
    times[j] = i;
    values[j] = hippoReconstructAt(measure, coefficients, t, i, th, scratch);
  }
  return { times, values };
}

/** Root-mean-square difference √(mean (x − y)²) of two equal-length arrays (0 for empty ones). */
export function rmse(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError(`rmse: lengths ${x.length} and ${y.length}`);
  if (x.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - y[i]) ** 2;
  return Math.sqrt(s / x.length);
}

/** DESIGNS §g's test signal f(s) = sin(8πs) + 0.5·cos(3πs²) (RMS 0.871 over s in (0, 1]). */
export function hippoTestFunction(s: number): number {
  return Math.sin(8 * Math.PI * s) + 0.5 * Math.cos(3 * Math.PI * s * s);
}

/** The test signal sampled at s_k = k/L, k = 1…L (the sample at time t = k is element k − 1). */
export function hippoTestSignal(L = 2000): Float64Array {
  if (!Number.isInteger(L) || L < 0) throw new RangeError(`hippoTestSignal: bad L ${L}`);
  return Float64Array.from({ length: L }, (_, j) => hippoTestFunction((j + 1) / L));
}

export interface HippoRunResult {
  /** c_L after the last sample, (N). */
  coefficients: Float64Array;
  /** L, the samples consumed (the final time t). */
  steps: number;
  /** max over steps k and modes n of |c_k[n]|, and the first step where it was reached. */
  maxAbs: number;
  maxAbsStep: number;
  /** Final reconstruction (hippoReconstruct at t = L): sample times and values. */
  times: Float64Array;
  reconstruction: Float64Array;
  /**
   * RMSE of the final reconstruction against the signal at the same sample times (LegS: all L
   * samples; LegT: the window, counting f = 0 before the first sample). NaN if L = 0.
   */
  rmse: number;
}

/**
 * Runs the memory over a whole signal (sample k = 1…L at time t = k = signal[k − 1]) and
 * reconstructs at the end. observe(k, c), if given, sees the coefficients after step k (1-based),
 * in a view reused between calls: copy what you keep. O(L·N²) (LegS N = 64, L = 2,000: ~40 ms).
 */
export function hippoRun(
  config: HippoConfig & { signal: Float64Array },
  observe?: (k: number, c: Float64Array) => void,
): HippoRunResult {
  const stepper = createHippoStepper(config);
  const { signal } = config;
  const L = signal.length;
  let maxAbs = 0;
  let maxAbsStep = 0;
  for (let j = 0; j < L; j++) {
    const c = stepper.step(signal[j]);
    for (let n = 0; n < c.length; n++) {
      const v = Math.abs(c[n]);
      if (v > maxAbs) {
        maxAbs = v;
        maxAbsStep = j + 1;
      }
    }
    observe?.(j + 1, c);
  }
  const coefficients = stepper.coefficients();
  if (L === 0) {
    const empty = new Float64Array(0);
    return {
      coefficients,
      steps: 0,
      maxAbs,
      maxAbsStep,
      times: empty,
      reconstruction: empty,
      rmse: NaN,
    };
  }
  const { times, values } = hippoReconstruct(
    stepper.measure,
    coefficients,
    L,
    stepper.measure === "legt" ? stepper.theta : undefined,
  );
  const truth = Array.from(times, (i) => (i >= 1 ? signal[i - 1] : 0));
  return {
    coefficients,
    steps: L,
    maxAbs,
    maxAbsStep,
    times,
    reconstruction: values,
    rmse: rmse(values, truth),
  };
}
