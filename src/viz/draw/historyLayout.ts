import { line, scaleLinear, type ScaleLinear } from "d3";
import type { StrokePoint } from "./drawing";

export const HISTORY_MARGIN = { top: 22, right: 14, bottom: 34, left: 40 };

export interface HistoryLayout {
  /** Sample time (1…L) to px. */
  x: ScaleLinear<number, number>;
  /** Value (−clip…clip) to px. */
  y: ScaleLinear<number, number>;
}

/** Scales for a history of L samples drawn at a fixed range ±clip (fixed, so drawing is stable). */
export function historyLayout(
  L: number,
  widthPx: number,
  heightPx: number,
  clip: number,
): HistoryLayout {
  const x = scaleLinear()
    .domain([1, Math.max(2, L)])
    .range([HISTORY_MARGIN.left, widthPx - HISTORY_MARGIN.right]);
  const y = scaleLinear()
    .domain([-clip, clip])
    .range([heightPx - HISTORY_MARGIN.bottom, HISTORY_MARGIN.top]);
  return { x, y };
}

/**
 * A path through (times[j], values[j]) for the j in [from, to) whose time lies in the x domain,
 * with values clipped to ±clip. Returns the path and how many values had to be clipped.
 */
export function seriesPath(
  { x, y }: HistoryLayout,
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  clip: number,
  from = 0,
  to = values.length,
): { d: string; clipped: number } {
  const [t0, t1] = x.domain();
  const pts: [number, number][] = [];
  let clipped = 0;
  for (let j = Math.max(0, from); j < Math.min(to, values.length); j++) {
    const t = times[j];
    if (t < t0 || t > t1) continue;
    let v = values[j];
    if (!Number.isFinite(v) || Math.abs(v) > clip) {
      clipped++;
      v = Number.isNaN(v) ? 0 : Math.sign(v) * clip;
    }
    pts.push([x(t), y(v)]);
  }
  const d = line().digits(2)(pts) ?? "";
  return { d, clipped };
}

/** The sample (0-based index) and value under a pointer at (px, py) in the chart's coordinates. */
export function pointerToSample(
  { x, y }: HistoryLayout,
  px: number,
  py: number,
  L: number,
  limit: number,
): StrokePoint {
  const i = Math.min(L - 1, Math.max(0, Math.round(x.invert(px)) - 1));
  const v = Math.min(limit, Math.max(-limit, y.invert(py)));
  return { i, v };
}
