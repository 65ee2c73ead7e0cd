import { scaleBand, scaleLinear } from "d3";

export const HEATMAP_MARGIN = { top: 8, right: 12, bottom: 40, left: 44 };

export interface HeatmapLayout {
  /** Column t → left edge in px (continuous, so a marker can sit between cells). */
  x: ReturnType<typeof scaleLinear<number, number>>;
  /** Row index → top edge in px. */
  y: ReturnType<typeof scaleBand<number>>;
  plotWidthPx: number;
  plotHeightPx: number;
  /** The largest |value|: colours run from −maxAbs to +maxAbs. */
  maxAbs: number;
}

/** Scales for a (cols × rows) grid stored column-major as grid[col·rows + row]. */
export function heatmapLayout(
  grid: Float64Array,
  cols: number,
  rows: number,
  widthPx: number,
  heightPx: number,
): HeatmapLayout {
  const plotWidthPx = Math.max(1, widthPx - HEATMAP_MARGIN.left - HEATMAP_MARGIN.right);
  const plotHeightPx = Math.max(1, heightPx - HEATMAP_MARGIN.top - HEATMAP_MARGIN.bottom);
  const x = scaleLinear()
    .domain([0, Math.max(1, cols)])
    .range([HEATMAP_MARGIN.left, HEATMAP_MARGIN.left + plotWidthPx]);
  const y = scaleBand<number>()
    .domain(Array.from({ length: rows }, (_, i) => i))
    .range([HEATMAP_MARGIN.top, HEATMAP_MARGIN.top + plotHeightPx])
    .paddingInner(0);
  let maxAbs = 0;
  for (let i = 0; i < grid.length; i++) {
    const v = Math.abs(grid[i]);
    if (v > maxAbs && Number.isFinite(v)) maxAbs = v;
  }
  return { x, y, plotWidthPx, plotHeightPx, maxAbs: maxAbs || 1 };
}

export type Rgb = readonly [number, number, number];

/** Parses "#rrggbb" or "rgb(r, g, b)"; falls back to mid grey. */
export function parseColor(css: string): Rgb {
  const s = css.trim();
  const hex = /^#([0-9a-f]{6})$/i.exec(s);
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgba?\((\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return [128, 128, 128];
}

/**
 * Diverging colour for v in [−maxAbs, maxAbs]: the background at 0, blending towards `pos` or
 * `neg`. A square root of the magnitude keeps small, decaying values visible.
 */
export function divergingColor(v: number, maxAbs: number, pos: Rgb, neg: Rgb, bg: Rgb): Rgb {
  if (!Number.isFinite(v)) return bg;
  const t = Math.min(1, Math.sqrt(Math.abs(v) / maxAbs));
  const c = v >= 0 ? pos : neg;
  return [
    Math.round(bg[0] + (c[0] - bg[0]) * t),
    Math.round(bg[1] + (c[1] - bg[1]) * t),
    Math.round(bg[2] + (c[2] - bg[2]) * t),
  ];
}
