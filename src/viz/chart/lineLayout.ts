import { extent, line, scaleLinear } from "d3";

export const MARGIN = { top: 24, right: 16, bottom: 40, left: 52 };

/**
 * Scales and path for a series drawn against its index. The y domain always includes 0 so a decay
 * towards zero reads as one; path coordinates keep two decimals so the DOM stays small.
 */
export function lineLayout(series: ArrayLike<number>, widthPx: number, heightPx: number) {
  const n = series.length;
  const values = Array.from(series);
  const [lo, hi] = extent(values.filter(Number.isFinite)) as [
    number | undefined,
    number | undefined,
  ];
  const yMin = Math.min(0, lo ?? 0);
  const yMax = Math.max(0, hi ?? 1) || 1;
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([MARGIN.left, widthPx - MARGIN.right]);
  const y = scaleLinear()
    .domain([yMin, yMax])
    .nice()
    .range([heightPx - MARGIN.bottom, MARGIN.top]);
  const d =
    line<number>()
      .defined(Number.isFinite)
      .x((_, i) => x(i))
      .y((v) => y(v))
      .digits(2)(values) ?? "";
  return { x, y, d };
}
