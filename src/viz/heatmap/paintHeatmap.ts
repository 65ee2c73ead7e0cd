import { divergingColor, type HeatmapLayout, type Rgb } from "./heatmapLayout";

export interface HeatmapColors {
  pos: Rgb;
  neg: Rgb;
  bg: Rgb;
}

/**
 * Paints a (cols × rows) grid, grid[col·rows + row], one pixel per cell into an offscreen image
 * that is then scaled to the plot without smoothing: O(cols·rows) per paint, whatever the size.
 */
export function paintHeatmap(
  ctx: CanvasRenderingContext2D,
  grid: Float64Array,
  cols: number,
  rows: number,
  layout: HeatmapLayout,
  colors: HeatmapColors,
  cssWidthPx: number,
  cssHeightPx: number,
  revealCols = cols,
): void {
  ctx.clearRect(0, 0, cssWidthPx, cssHeightPx);
  if (cols === 0 || rows === 0) return;
  const img = ctx.createImageData(cols, rows);
  for (let t = 0; t < cols; t++) {
    for (let r = 0; r < rows; r++) {
      const v = t < revealCols ? grid[t * rows + r] : NaN;
      const [R, G, B] = divergingColor(v, layout.maxAbs, colors.pos, colors.neg, colors.bg);
      const o = (r * cols + t) * 4;
      img.data[o] = R;
      img.data[o + 1] = G;
      img.data[o + 2] = B;
      img.data[o + 3] = 255;
    }
  }
  const bitmap = createCanvas(cols, rows);
  const bctx = bitmap?.getContext("2d") as CanvasRenderingContext2D | null | undefined;
  if (!bitmap || !bctx) return;
  bctx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  const left = layout.x(0);
  const top = layout.y(0) ?? 0;
  const bottom = (layout.y(rows - 1) ?? 0) + layout.y.bandwidth();
  ctx.drawImage(bitmap as CanvasImageSource, left, top, layout.x(cols) - left, bottom - top);
}

function createCanvas(w: number, h: number): HTMLCanvasElement | OffscreenCanvas | null {
  if (typeof OffscreenCanvas !== "undefined") return new OffscreenCanvas(w, h);
  if (typeof document !== "undefined") {
    const c = document.createElement("canvas");
    c.width = w;
    c.height = h;
    return c;
  }
  return null;
}
