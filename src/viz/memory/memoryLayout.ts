import { scaleLog, type ScaleLogarithmic } from "d3";

/**
 * Layout of the memory-hierarchy figure, stacked top to bottom so it fits any width:
 *   chip      the GPU chip with one small square per SM, and an inset that zooms into one of them
 *   bus       the link between the chip and HBM (its label is the HBM bandwidth)
 *   hbm       the HBM, off the chip
 *   bars      capacities on a log axis: one SM's shared memory, all SMs' shared memory, HBM
 * Pure: no DOM. Coordinates are rounded to 2 decimals.
 */

export interface MemoryLayoutInput {
  sms: number;
  sharedPerSmBytes: number;
  sharedTotalBytes: number;
  hbmBytes: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SmCell extends Rect {
  index: number;
}

export type CapacityKey = "sm" | "chip" | "hbm";

export interface CapacityBar extends Rect {
  key: CapacityKey;
  bytes: number;
  /** Baseline of the row's name, above the bar. */
  labelY: number;
}

export interface Tick {
  x: number;
  bytes: number;
  isLabelled: boolean;
}

export interface MemoryLayout {
  widthPx: number;
  heightPx: number;
  chipTitleY: number;
  chip: Rect;
  cells: SmCell[];
  cols: number;
  rows: number;
  /** The zoomed SM (the cell nearest the inset) and its inset. */
  zoomCell: SmCell;
  inset: Rect;
  /** A line from the zoomed cell to the inset. */
  connector: { x1: number; y1: number; x2: number; y2: number };
  /** True when the inset sits beside the grid (wide), false when below it (narrow). */
  isInsetBeside: boolean;
  bus: { x: number; y1: number; y2: number };
  hbm: Rect;
  barsTitleY: number;
  x: ScaleLogarithmic<number, number>;
  bars: CapacityBar[];
  ticks: Tick[];
  axisY: number;
}

const M = { left: 8, right: 8 };
const PAD = 10;
const MAX_CELL = 17;
const WIDE_PX = 460;
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Decades spanning [lo, hi], widened to whole powers of ten. */
function decades(lo: number, hi: number): [number, number] {
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

export function memoryLayout(input: MemoryLayoutInput, widthPx: number): MemoryLayout {
  const width = Math.max(260, Math.round(widthPx));
  const innerW = width - M.left - M.right;
  const isInsetBeside = width >= WIDE_PX;
  const sms = Math.max(1, Math.round(input.sms));

  // SM grid: about six rows, as many columns as that needs.
  const rows0 = Math.min(6, sms);
  const cols = Math.ceil(sms / rows0);
  const rows = Math.ceil(sms / cols);
  const gridAreaW = isInsetBeside ? innerW * 0.56 : innerW - 2 * PAD;
  const cell = Math.max(6, Math.min(MAX_CELL, Math.floor(gridAreaW / cols)));
  const chipTitleY = 14;
  const chipY = 22;
  const gridX = M.left + PAD;
  const gridY = chipY + PAD;
  const cells: SmCell[] = [];
  for (let i = 0; i < sms; i++) {
    const c = i % cols;
    const r = Math.floor(i / cols);
    cells.push({
      index: i,
      x: r2(gridX + c * cell),
      y: r2(gridY + r * cell),
      w: cell - 2,
      h: cell - 2,
    });
  }
  const gridW = cols * cell;
  const gridH = rows * cell;
  const insetH = isInsetBeside ? Math.max(gridH, 64) : 62;
  const inset: Rect = isInsetBeside
    ? {
        x: r2(gridX + gridW + 18),
        y: gridY,
        w: r2(M.left + innerW - PAD - (gridX + gridW + 18)),
        h: insetH,
      }
    : { x: gridX, y: r2(gridY + gridH + 14), w: innerW - 2 * PAD, h: insetH };
  const chipH = isInsetBeside ? Math.max(gridH, insetH) + 2 * PAD : gridH + 14 + insetH + 2 * PAD;
  const chip: Rect = { x: M.left, y: chipY, w: innerW, h: chipH };
  // The zoomed SM is the one nearest the inset: top right of the grid (inset beside it) or bottom
  // left (inset below it), so the connector crosses no other cell.
  const zoomCell = isInsetBeside ? cells[Math.min(cols, sms) - 1] : cells[(rows - 1) * cols];
  const connector = isInsetBeside
    ? {
        x1: r2(zoomCell.x + zoomCell.w),
        y1: r2(zoomCell.y + zoomCell.h / 2),
        x2: inset.x,
        y2: r2(inset.y + 12),
      }
    : {
        x1: r2(zoomCell.x + zoomCell.w / 2),
        y1: r2(zoomCell.y + zoomCell.h),
        x2: r2(inset.x + 12),
        y2: inset.y,
      };

  const busY1 = chipY + chipH;
  const busY2 = busY1 + 40;
  const hbm: Rect = { x: M.left, y: busY2, w: innerW, h: 40 };

  const barsTitleY = hbm.y + hbm.h + 30;
  const [lo, hi] = decades(
    Math.min(input.sharedPerSmBytes, input.sharedTotalBytes, input.hbmBytes),
    Math.max(input.sharedPerSmBytes, input.sharedTotalBytes, input.hbmBytes),
  );
  const x = scaleLog()
    .domain([lo, hi])
    .range([M.left, M.left + innerW]);
  const rowH = 38;
  const barH = 14;
  const rows3: [CapacityKey, number][] = [
    ["sm", input.sharedPerSmBytes],
    ["chip", input.sharedTotalBytes],
    ["hbm", input.hbmBytes],
  ];
  const bars = rows3.map(([key, bytes], i): CapacityBar => {
    const top = barsTitleY + 8 + i * rowH;
    return {
      key,
      bytes,
      labelY: top + 12,
      x: M.left,
      y: top + 17,
      w: r2(Math.max(1, x(bytes) - M.left)),
      h: barH,
    };
  });
  const axisY = barsTitleY + 8 + 3 * rowH + 4;
  const every = innerW / (Math.log10(hi) - Math.log10(lo)) < 52 ? 2 : 1;
  const ticks: Tick[] = [];
  for (let e = Math.log10(lo), k = 0; e <= Math.log10(hi) + 1e-9; e++, k++) {
    ticks.push({ x: r2(x(10 ** e)), bytes: 10 ** e, isLabelled: k % every === 0 });
  }
  return {
    widthPx: width,
    heightPx: axisY + 26,
    chipTitleY,
    chip,
    cells,
    cols,
    rows,
    zoomCell,
    inset,
    connector,
    isInsetBeside,
    bus: { x: r2(M.left + innerW / 2), y1: busY1, y2: busY2 },
    hbm,
    barsTitleY,
    x,
    bars,
    ticks,
    axisY,
  };
}
