import { scaleLog } from "d3";

export const LOGLOG_MARGIN = { top: 24, right: 16, bottom: 44, left: 58 };

export interface LogLogSeries {
  id: string;
  name: string;
  points: readonly { L: number; ms: number }[];
  /** Fitted line log10 t = intercept + slope·log10 L, drawn over [fromL, toL]. */
  fit?: { slope: number; intercept: number; fromL: number; toL: number };
  marker: "circle" | "square" | "triangle";
  concept: "u" | "h" | "y" | "dt" | "attn";
  isReference?: boolean;
}

/** Log scales that hold every positive, finite point of every series (with a little headroom). */
export function logLogLayout(series: readonly LogLogSeries[], widthPx: number, heightPx: number) {
  const Ls: number[] = [];
  const ts: number[] = [];
  for (const s of series) {
    for (const p of s.points) {
      if (p.L > 0 && p.ms > 0 && Number.isFinite(p.L) && Number.isFinite(p.ms)) {
        Ls.push(p.L);
        ts.push(p.ms);
      }
    }
  }
  const lo = (v: number[], d: number) => (v.length ? Math.min(...v) : d);
  const hi = (v: number[], d: number) => (v.length ? Math.max(...v) : d);
  const x = scaleLog()
    .domain([lo(Ls, 100) / 1.3, hi(Ls, 10000) * 1.3])
    .range([LOGLOG_MARGIN.left, Math.max(LOGLOG_MARGIN.left + 10, widthPx - LOGLOG_MARGIN.right)]);
  const y = scaleLog()
    .domain([lo(ts, 0.01) / 2, hi(ts, 100) * 2])
    .range([heightPx - LOGLOG_MARGIN.bottom, LOGLOG_MARGIN.top]);
  const round = (v: number) => Math.round(v * 100) / 100;
  const fitPath = (s: LogLogSeries) => {
    if (!s.fit || !Number.isFinite(s.fit.slope)) return "";
    const at = (L: number) => 10 ** (s.fit!.intercept + s.fit!.slope * Math.log10(L));
    const { fromL, toL } = s.fit;
    return `M${round(x(fromL))},${round(y(at(fromL)))}L${round(x(toL))},${round(y(at(toL)))}`;
  };
  return { x, y, fitPath };
}

/** Marker paths centred at (0, 0), so different series differ by shape, not only by colour. */
export function markerPath(marker: LogLogSeries["marker"], r = 4.5): string {
  switch (marker) {
    case "circle":
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case "square":
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "triangle":
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
  }
}
