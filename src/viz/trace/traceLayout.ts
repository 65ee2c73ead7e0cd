import { line, scaleLinear } from "d3";

export const TRACE_MARGIN = { top: 12, right: 12, bottom: 34, left: 44 };

/** Shared scales for several series of one length against their index, and one path each. */
export function traceLayout(
  series: readonly ArrayLike<number>[],
  widthPx: number,
  heightPx: number,
) {
  const n = Math.max(0, ...series.map((s) => s.length));
  let lo = 0;
  let hi = 0;
  for (const s of series) {
    for (let i = 0; i < s.length; i++) {
      const v = s[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo === hi) hi = lo + 1;
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([TRACE_MARGIN.left, widthPx - TRACE_MARGIN.right]);
  const y = scaleLinear()
    .domain([lo, hi])
    .nice()
    .range([heightPx - TRACE_MARGIN.bottom, TRACE_MARGIN.top]);
  const path = line<number>()
    .defined(Number.isFinite)
    .x((_, i) => x(i))
    .y((v) => y(v))
    .digits(2);
  const paths = series.map((s) => path(Array.from(s)) ?? "");
  return { x, y, paths };
}
