/**
 * Log–log fits for benchmark curves: time ≈ c·L^slope, so log t = log c + slope·log L.
 * Least squares on (log L, log t); the 95% interval uses Student's t for n − 2 degrees of freedom.
 */
export interface BenchPoint {
  L: number;
  ms: number;
}

export interface LogLogFit {
  slope: number;
  /** log10 of the constant c. */
  intercept: number;
  /** Half-width of the 95% confidence interval of the slope (NaN with fewer than 3 points). */
  slopeHalfWidth95: number;
  n: number;
}

// Two-sided 97.5% quantiles of Student's t for 1…30 degrees of freedom.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

function usable(points: readonly BenchPoint[]): BenchPoint[] {
  return points.filter((p) => p.L > 0 && p.ms > 0 && Number.isFinite(p.L) && Number.isFinite(p.ms));
}

/** Fits log10 t against log10 L over `points` (non-positive or non-finite points are skipped). */
export function fitLogLog(points: readonly BenchPoint[]): LogLogFit {
  const ps = usable(points);
  const n = ps.length;
  if (n < 2) return { slope: NaN, intercept: NaN, slopeHalfWidth95: NaN, n };
  const xs = ps.map((p) => Math.log10(p.L));
  const ys = ps.map((p) => Math.log10(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) return { slope: NaN, intercept: NaN, slopeHalfWidth95: NaN, n };
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i] - intercept - slope * xs[i]) ** 2;
  const dof = n - 2;
  const halfWidth =
    dof > 0 ? T975[Math.min(dof, T975.length) - 1] * Math.sqrt(sse / dof / sxx) : NaN;
  return { slope, intercept, slopeHalfWidth95: halfWidth, n };
}

/** The fit over the upper half of the lengths (the asymptotic regime), as the bench reports it. */
export function fitUpperHalf(points: readonly BenchPoint[]): LogLogFit {
  const ps = usable(points).sort((a, b) => a.L - b.L);
  return fitLogLog(ps.slice(Math.floor(ps.length / 2)));
}

/** Time the fit predicts at length L, in ms. */
export function predictMs(fit: LogLogFit, L: number): number {
  return 10 ** (fit.intercept + fit.slope * Math.log10(L));
}

/**
 * The length where curve `slow` (steeper) overtakes curve `fast`: where their fitted lines cross,
 * L* = 10^((b_fast − b_slow)/(s_slow − s_fast)). NaN when the slopes do not order that way.
 */
export function crossoverLength(slow: LogLogFit, fast: LogLogFit): number {
  const ds = slow.slope - fast.slope;
  if (!(ds > 0)) return NaN;
  return 10 ** ((fast.intercept - slow.intercept) / ds);
}

/** Median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
