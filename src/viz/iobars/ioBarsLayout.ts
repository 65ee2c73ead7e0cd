import { scaleLinear, type ScaleLinear } from "d3";

/**
 * Layout of the bytes-moved bars: one row per kernel, grouped (naive pipeline, fused kernel), each
 * row a stack of the tensors it reads then, after a small gap, the tensors it writes, on one linear
 * byte axis shared by every row, so a kernel's bar length is the HBM traffic it causes.
 * Pure: no DOM. Coordinates are rounded to 2 decimals.
 */

export type IoRole = "input" | "intermediate" | "output";

export interface IoSegmentInput {
  name: string;
  kind: "read" | "write";
  role: IoRole;
  bytes: number;
}

export interface IoRowInput {
  id: string;
  group: string;
  label: string;
  segments: readonly IoSegmentInput[];
}

export interface IoSegment extends IoSegmentInput {
  x: number;
  w: number;
  /** True when the name fits inside the segment. */
  hasRoom: boolean;
}

export interface IoRow {
  id: string;
  group: string;
  label: string;
  totalBytes: number;
  labelY: number;
  y: number;
  h: number;
  segments: IoSegment[];
  /** Right end of the bar. */
  x1: number;
}

export interface IoGroupHead {
  group: string;
  y: number;
}

export interface IoBarsLayout {
  widthPx: number;
  heightPx: number;
  x: ScaleLinear<number, number>;
  rows: IoRow[];
  heads: IoGroupHead[];
  axisY: number;
}

export const IO_MARGIN = { left: 8, right: 14 };
const HEAD_PX = 22;
const ROW_PX = 42;
const BAR_PX = 18;
const GAP_PX = 3;
/** Approximate width of one character of the 11 px segment labels. */
const CHAR_PX = 7;
const r2 = (v: number) => Math.round(v * 100) / 100;

export function ioBarsLayout(rows: readonly IoRowInput[], widthPx: number): IoBarsLayout {
  const width = Math.max(240, Math.round(widthPx));
  const totals = rows.map((r) => r.segments.reduce((s, g) => s + g.bytes, 0));
  const max = Math.max(1, ...totals);
  const x = scaleLinear()
    .domain([0, max])
    .range([IO_MARGIN.left, width - IO_MARGIN.right]);
  const px = (bytes: number) => x(bytes) - x(0);
  let y = 0;
  let lastGroup: string | null = null;
  const heads: IoGroupHead[] = [];
  const out = rows.map((r, i): IoRow => {
    if (r.group !== lastGroup) {
      heads.push({ group: r.group, y: y + 15 });
      y += HEAD_PX;
      lastGroup = r.group;
    }
    let cursor = x(0);
    const segments: IoSegment[] = [];
    let wasRead = true;
    for (const s of r.segments) {
      if (s.kind === "write" && wasRead && segments.length > 0) cursor += GAP_PX;
      wasRead = s.kind === "read";
      const w = Math.max(s.bytes > 0 ? 1 : 0, px(s.bytes));
      segments.push({
        ...s,
        x: r2(cursor),
        w: r2(w),
        hasRoom: w >= s.name.length * CHAR_PX + 6,
      });
      cursor += w;
    }
    const row: IoRow = {
      id: r.id,
      group: r.group,
      label: r.label,
      totalBytes: totals[i],
      labelY: y + 13,
      y: y + 18,
      h: BAR_PX,
      segments,
      x1: r2(cursor),
    };
    y += ROW_PX;
    return row;
  });
  const axisY = y + 4;
  return { widthPx: width, heightPx: axisY + 24, x, rows: out, heads, axisY };
}
