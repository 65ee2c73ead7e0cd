import { scaleLinear, type ScaleLinear } from "d3";
import { formatCount, siPrefixFor, threeDigits } from "./siFormat";

/** One panel: two series over the same stream positions. */
export interface StreamPanelInput {
  id: string;
  /** The unit of both series ("FLOP", "B"); the axis picks one SI prefix for the panel. */
  unit: string;
  attention: readonly number[];
  ssm: readonly number[];
  /** A stream position to mark (where the attention curve passes the SSM's), if within the stream. */
  crossover?: number;
}

export interface StreamPanelLayout {
  id: string;
  y0: number;
  y1: number;
  y: ScaleLinear<number, number>;
  /** "GB", "MFLOP": the unit of this panel's tick labels. */
  axisUnit: string;
  ticks: { y: number; label: string }[];
  /** The drawn part (positions up to t) and the part still to come, for each series. */
  attentionPath: string;
  attentionAhead: string;
  ssmPath: string;
  ssmAhead: string;
  /** Both series at the playhead. */
  attentionNow: { x: number; y: number; value: number };
  ssmNow: { x: number; y: number; value: number };
  /** Where the end-of-line labels go (text-anchor end, at the right edge). */
  attentionLabelY: number;
  ssmLabelY: number;
  crossover?: { x: number; y: number; t: number };
}

export interface StreamLayout {
  x: ScaleLinear<number, number>;
  xTicks: { x: number; label: string }[];
  playheadX: number;
  panels: StreamPanelLayout[];
  heightPx: number;
  left: number;
  right: number;
}

export const STREAM_MARGIN = { top: 20, right: 12, bottom: 34, left: 48, gap: 34 } as const;
const LABEL_CLEARANCE = 14;

/**
 * The value of a piecewise-linear series at position t (the series are linear or constant in t, so
 * this is exact between samples).
 */
export function valueAt(
  positions: readonly number[],
  values: readonly number[],
  t: number,
): number {
  const n = positions.length;
  if (t <= positions[0]) return values[0];
  if (t >= positions[n - 1]) return values[n - 1];
  let hi = 1;
  while (positions[hi] < t) hi++;
  const lo = hi - 1;
  const f = (t - positions[lo]) / (positions[hi] - positions[lo]);
  return values[lo] + f * (values[hi] - values[lo]);
}

const r2 = (v: number) => Math.round(v * 100) / 100;

function pathOf(points: readonly [number, number][]): string {
  if (points.length === 0) return "";
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${r2(x)},${r2(y)}`).join("");
}

/**
 * Two stacked panels sharing the x axis "tokens read" (0 … L). Each panel's y axis runs from 0 to
 * its largest value (nice), so the climbing series fills the panel and the flat one shows how flat
 * it is. Series are split at the playhead t: drawn up to t, "ahead" after it.
 */
export function streamLayout(args: {
  positions: readonly number[];
  L: number;
  t: number;
  panels: readonly StreamPanelInput[];
  widthPx: number;
  panelHeightPx: number;
}): StreamLayout {
  const { positions, L, panels, widthPx, panelHeightPx } = args;
  const t = Math.min(L, Math.max(positions[0], args.t));
  const m = STREAM_MARGIN;
  const left = m.left;
  const right = widthPx - m.right;
  const x = scaleLinear().domain([0, L]).range([left, right]);
  const xTicks = x
    .ticks(widthPx < 420 ? 3 : 5)
    .filter((v) => Number.isInteger(v))
    .map((v) => ({ x: r2(x(v)), label: formatCount(v) }));

  const out: StreamPanelLayout[] = panels.map((p, k) => {
    const y0 = m.top + k * (panelHeightPx + m.gap);
    const y1 = y0 + panelHeightPx;
    const max = Math.max(...p.attention, ...p.ssm, 0) || 1;
    const y = scaleLinear().domain([0, max]).nice(4).range([y1, y0]);
    const { factor, prefix } = siPrefixFor(y.domain()[1]);
    const ticks = y.ticks(4).map((v) => ({ y: r2(y(v)), label: threeDigits(v / factor) }));
    const split = (values: readonly number[]) => {
      const now = valueAt(positions, values, t);
      const before: [number, number][] = [];
      const after: [number, number][] = [[x(t), y(now)]];
      positions.forEach((pos, i) => {
        if (pos < t) before.push([x(pos), y(values[i])]);
        else if (pos > t) after.push([x(pos), y(values[i])]);
      });
      before.push([x(t), y(now)]);
      return { drawn: pathOf(before), ahead: after.length > 1 ? pathOf(after) : "", now };
    };
    const a = split(p.attention);
    const s = split(p.ssm);
    const yAEnd = y(p.attention[p.attention.length - 1]);
    const ySEnd = y(p.ssm[p.ssm.length - 1]);
    // The upper line's label sits above it; the lower one's below its line when they would
    // collide and there is room, else above, with the upper label pushed up to clear it.
    const attentionIsUpper = yAEnd <= ySEnd;
    const upper = Math.min(yAEnd, ySEnd);
    const lower = Math.max(yAEnd, ySEnd);
    let upperLabel = upper - 6;
    let lowerLabel = lower - 6;
    if (lowerLabel - upperLabel < LABEL_CLEARANCE) {
      if (lower + LABEL_CLEARANCE <= y1 - 2) lowerLabel = lower + LABEL_CLEARANCE;
      else upperLabel = lowerLabel - LABEL_CLEARANCE;
    }
    const attentionLabelY = attentionIsUpper ? upperLabel : lowerLabel;
    const ssmLabelY = attentionIsUpper ? lowerLabel : upperLabel;
    let crossover: StreamPanelLayout["crossover"];
    if (p.crossover !== undefined && p.crossover >= positions[0] && p.crossover <= L) {
      crossover = {
        t: p.crossover,
        x: r2(x(p.crossover)),
        y: r2(y(valueAt(positions, p.ssm, p.crossover))),
      };
    }
    return {
      id: p.id,
      y0,
      y1,
      y,
      axisUnit: `${prefix}${p.unit}`,
      ticks,
      attentionPath: a.drawn,
      attentionAhead: a.ahead,
      ssmPath: s.drawn,
      ssmAhead: s.ahead,
      attentionNow: { x: r2(x(t)), y: r2(y(a.now)), value: a.now },
      ssmNow: { x: r2(x(t)), y: r2(y(s.now)), value: s.now },
      attentionLabelY: r2(attentionLabelY),
      ssmLabelY: r2(ssmLabelY),
      crossover,
    };
  });
  const last = out[out.length - 1];
  return {
    x,
    xTicks,
    playheadX: r2(x(t)),
    panels: out,
    heightPx: (last ? last.y1 : m.top) + m.bottom,
    left,
    right,
  };
}
