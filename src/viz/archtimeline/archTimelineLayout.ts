import { scaleLinear, type ScaleLinear } from "d3";

/** A calendar date; a missing day means the middle of the month. */
export interface TimelineDate {
  year: number;
  /** 1–12. */
  month: number;
  day?: number;
}

export interface TimelineEntryInput {
  id: string;
  /** The text beside the marker. */
  label: string;
  date: TimelineDate;
  /** The id of the row (family) the entry sits in. */
  row: string;
}

export interface TimelineRowInput {
  id: string;
  label: string;
}

export interface TimelineDot {
  id: string;
  row: string;
  /** Sub-lane within the row, 0 at the top: entries whose labels would overlap get their own lane. */
  lane: number;
  x: number;
  y: number;
  /** Which side of the marker the label sits on (left near the right edge). */
  labelSide: "right" | "left";
  labelX: number;
  /** Horizontal extent of marker and label together, px. */
  lo: number;
  hi: number;
}

export interface TimelineRowBand {
  id: string;
  label: string;
  /** Top and bottom of the row, px. */
  y0: number;
  y1: number;
  /** Baseline of the row's heading. */
  labelY: number;
}

export interface ArchTimelineLayout {
  x: ScaleLinear<number, number>;
  dots: TimelineDot[];
  rows: TimelineRowBand[];
  years: { year: number; x: number }[];
  heightPx: number;
  /** Top of the plotting area (below the year labels) and its bottom. */
  top: number;
  bottom: number;
}

export const ARCH_TIMELINE = {
  margin: { top: 22, right: 10, bottom: 8, left: 10 },
  dotRadius: 6,
  laneHeight: 22,
  rowHeading: 16,
  rowGap: 6,
  /** Estimated width of one label character at the chart's 11.5 px size (bold included). */
  charPx: 7.2,
  labelGap: 5,
  /** Horizontal room kept free between two entries of one lane. */
  minGap: 6,
} as const;

/** A date as a fractional year: 2017-06-12 → 2017.44. Day 15 when the day is not given. */
export function fractionalYear({ year, month, day }: TimelineDate): number {
  return year + (month - 1 + ((day ?? 15) - 1) / 31) / 12;
}

/** Estimated label width, px. */
export function labelWidth(label: string): number {
  return label.length * ARCH_TIMELINE.charPx;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Places each entry on a time axis from `fromYear` (1 January) to the end of `toYear`, in its row.
 * Within a row, entries go to the first lane where neither marker nor label comes within `minGap`
 * of an earlier one (greedy interval packing in date order), so nothing overlaps at any width. A
 * label sits right of its marker unless it would run past the right edge.
 */
export function archTimelineLayout(
  entries: readonly TimelineEntryInput[],
  rows: readonly TimelineRowInput[],
  widthPx: number,
  fromYear: number,
  toYear: number,
): ArchTimelineLayout {
  const { margin, dotRadius: r, laneHeight, rowHeading, rowGap, labelGap, minGap } = ARCH_TIMELINE;
  const x = scaleLinear()
    .domain([fromYear, toYear + 1])
    .range([margin.left + r, widthPx - margin.right - r]);
  const right = widthPx - margin.right;

  const dots: TimelineDot[] = [];
  const bands: TimelineRowBand[] = [];
  let y = margin.top;
  for (const row of rows) {
    const inRow = entries
      .filter((e) => e.row === row.id)
      .map((e) => ({ e, t: fractionalYear(e.date) }))
      .sort((a, b) => a.t - b.t || (a.e.id < b.e.id ? -1 : 1));
    const laneEnds: number[] = [];
    const placed: Omit<TimelineDot, "y">[] = [];
    for (const { e, t } of inRow) {
      const cx = r2(x(t));
      const w = labelWidth(e.label);
      const fitsRight = cx + r + labelGap + w <= right;
      const lo = fitsRight ? cx - r : cx - r - labelGap - w;
      const hi = fitsRight ? cx + r + labelGap + w : cx + r;
      let lane = laneEnds.findIndex((end) => end + minGap <= lo);
      if (lane === -1) {
        lane = laneEnds.length;
        laneEnds.push(hi);
      } else {
        laneEnds[lane] = hi;
      }
      placed.push({
        id: e.id,
        row: row.id,
        lane,
        x: cx,
        labelSide: fitsRight ? "right" : "left",
        labelX: r2(fitsRight ? cx + r + labelGap : cx - r - labelGap),
        lo: r2(lo),
        hi: r2(hi),
      });
    }
    const lanes = Math.max(1, laneEnds.length);
    const y0 = y;
    const firstLaneY = y0 + rowHeading + laneHeight / 2;
    for (const p of placed) dots.push({ ...p, y: firstLaneY + p.lane * laneHeight });
    const y1 = y0 + rowHeading + lanes * laneHeight;
    bands.push({ id: row.id, label: row.label, y0, y1, labelY: y0 + rowHeading - 4 });
    y = y1 + rowGap;
  }
  const bottom = y - rowGap;
  const years: { year: number; x: number }[] = [];
  for (let yr = fromYear; yr <= toYear; yr++) years.push({ year: yr, x: r2(x(yr)) });
  return { x, dots, rows: bands, years, heightPx: bottom + margin.bottom, top: margin.top, bottom };
}

/** The entry ids in reading order for the keyboard: by date, then by row order. */
export function keyboardOrder(
  entries: readonly TimelineEntryInput[],
  rows: readonly TimelineRowInput[],
): string[] {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  return [...entries]
    .sort(
      (a, b) =>
        fractionalYear(a.date) - fractionalYear(b.date) ||
        (rowIndex.get(a.row) ?? 0) - (rowIndex.get(b.row) ?? 0),
    )
    .map((e) => e.id);
}
