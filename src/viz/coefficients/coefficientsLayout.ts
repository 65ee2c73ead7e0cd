import { scaleBand, scaleLinear, scaleLog, line } from "d3";

export const BARS_MARGIN = { top: 18, right: 12, bottom: 30, left: 40 };

export interface Bar {
  n: number;
  /** The value as given. */
  value: number;
  x: number;
  width: number;
  /** Top edge and height of the drawn bar, after clipping to ±clip. */
  y: number;
  height: number;
  /** 1 if the value lies above +clip, −1 below −clip, 0 if drawn in full. */
  clipped: -1 | 0 | 1;
}

/** One bar per coefficient on the fixed range ±clip; bars beyond it stop at the edge, marked. */
export function barsLayout(
  coefficients: ArrayLike<number>,
  widthPx: number,
  heightPx: number,
  clip: number,
) {
  const N = coefficients.length;
  const x = scaleBand<number>()
    .domain(Array.from({ length: N }, (_, n) => n))
    .range([BARS_MARGIN.left, widthPx - BARS_MARGIN.right])
    .paddingInner(N > 32 ? 0.1 : 0.2);
  const y = scaleLinear()
    .domain([-clip, clip])
    .range([heightPx - BARS_MARGIN.bottom, BARS_MARGIN.top]);
  const bars: Bar[] = Array.from({ length: N }, (_, n) => {
    const value = coefficients[n];
    const clipped: Bar["clipped"] = value > clip ? 1 : value < -clip ? -1 : 0;
    const v = clipped === 0 ? (Number.isFinite(value) ? value : 0) : clipped * clip;
    const y0 = y(0);
    const y1 = y(v);
    return {
      n,
      value,
      x: Math.round((x(n) ?? 0) * 100) / 100,
      width: Math.max(1, Math.round(x.bandwidth() * 100) / 100),
      y: Math.round(Math.min(y0, y1) * 100) / 100,
      height: Math.round(Math.abs(y1 - y0) * 100) / 100,
      clipped,
    };
  });
  return { x, y, bars };
}

export const STRIP_MARGIN = { top: 20, right: 12, bottom: 30, left: 44 };

/**
 * The largest |c| at each step on log–log axes: steps 1…L across, |c| from 10⁻² up to the next
 * power of ten above the peak (at least 10²). Values below the floor sit on it.
 */
export function magnitudeLayout(
  maxAbsPerStep: ArrayLike<number>,
  widthPx: number,
  heightPx: number,
) {
  const L = maxAbsPerStep.length;
  let peak = 0;
  for (let k = 0; k < L; k++) if (maxAbsPerStep[k] > peak) peak = maxAbsPerStep[k];
  const floor = 1e-2;
  const topExp = Math.max(2, Math.ceil(Math.log10(Math.max(peak, floor)) + 1e-9));
  const x = scaleLog()
    .domain([1, Math.max(2, L)])
    .range([STRIP_MARGIN.left, widthPx - STRIP_MARGIN.right]);
  const y = scaleLog()
    .domain([floor, 10 ** topExp])
    .range([heightPx - STRIP_MARGIN.bottom, STRIP_MARGIN.top]);
  const pts: [number, number][] = [];
  for (let k = 0; k < L; k++) {
    const v = maxAbsPerStep[k];
    pts.push([x(k + 1), y(Number.isFinite(v) ? Math.max(floor, v) : floor)]);
  }
  const d = line().digits(2)(pts) ?? "";
  // Ticks: powers of ten, every other one at least, at most four or so.
  const exps = Array.from({ length: topExp + 3 }, (_, i) => i - 2);
  const every = Math.max(2, Math.ceil(exps.length / 4));
  const yTicks = exps
    .filter((e) => e % every === 0 || e === 0)
    .map((e) => ({ exp: e, px: y(10 ** e) }));
  const xTicks = [1, 10, 100, 1000, 10000]
    .filter((k) => k <= Math.max(2, L))
    .map((k) => ({ k, px: x(k) }));
  return { x, y, d, peak, yTicks, xTicks };
}
