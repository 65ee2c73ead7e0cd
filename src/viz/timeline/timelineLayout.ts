import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from "d3";

/**
 * Layout of the backward-pass timeline: one lane per strategy (store the states, recompute them),
 * each a row of phases laid end to end on one linear time axis (a phase's width is its HBM time),
 * with SRAM-only work as a marker of no width; then a memory gauge on a log byte axis, one bar per
 * item (activation memory kept between the passes), with a line at the GPU's HBM capacity.
 * Pure: no DOM. Coordinates are rounded to 2 decimals.
 */

export interface TimelinePhaseInput {
  label: string;
  pass: "forward" | "backward";
  kind: "read" | "write" | "sram";
  startSeconds: number;
  seconds: number;
  /** True for phases that move or rebuild the expanded states h. */
  isState: boolean;
}

export interface TimelineLaneInput {
  id: string;
  label: string;
  phases: readonly TimelinePhaseInput[];
  forwardSeconds: number;
  totalSeconds: number;
}

export interface GaugeItemInput {
  id: string;
  label: string;
  bytes: number;
}

export interface TimelinePhase extends TimelinePhaseInput {
  x: number;
  w: number;
  hasRoom: boolean;
}

export interface TimelineLane {
  id: string;
  label: string;
  titleY: number;
  y: number;
  h: number;
  phases: TimelinePhase[];
  /** x of the boundary between the forward and the backward pass, and of the lane's end. */
  xForwardEnd: number;
  xEnd: number;
}

export interface GaugeItem extends GaugeItemInput {
  labelY: number;
  y: number;
  h: number;
  x0: number;
  x1: number;
  isOverCapacity: boolean;
}

export interface TimelineLayout {
  widthPx: number;
  heightPx: number;
  t: ScaleLinear<number, number>;
  lanes: TimelineLane[];
  timeAxisY: number;
  gaugeTitleY: number;
  g: ScaleLogarithmic<number, number>;
  gauge: GaugeItem[];
  gaugeTicks: { x: number; bytes: number; isLabelled: boolean }[];
  capacityX: number;
  gaugeAxisY: number;
}

const M = { left: 8, right: 14 };
const LANE_TITLE_PX = 18;
const LANE_BAR_PX = 24;
const LANE_GAP_PX = 12;
const CHAR_PX = 6.2;
const r2 = (v: number) => Math.round(v * 100) / 100;

export function timelineLayout(
  lanes: readonly TimelineLaneInput[],
  gaugeItems: readonly GaugeItemInput[],
  capacityBytes: number,
  widthPx: number,
): TimelineLayout {
  const width = Math.max(240, Math.round(widthPx));
  const x0 = M.left;
  const x1 = width - M.right;
  const tMax = Math.max(1e-12, ...lanes.map((l) => l.totalSeconds));
  const t = scaleLinear().domain([0, tMax]).range([x0, x1]);
  let y = 14;
  const outLanes = lanes.map((lane): TimelineLane => {
    const titleY = y + 12;
    const barY = y + LANE_TITLE_PX;
    const phases = lane.phases.map((p): TimelinePhase => {
      const x = t(p.startSeconds);
      const w = p.kind === "sram" ? 0 : Math.max(p.seconds > 0 ? 1 : 0, t(p.seconds) - x0);
      return { ...p, x: r2(x), w: r2(w), hasRoom: w >= p.label.length * CHAR_PX + 8 };
    });
    y = barY + LANE_BAR_PX + LANE_GAP_PX;
    return {
      id: lane.id,
      label: lane.label,
      titleY,
      y: barY,
      h: LANE_BAR_PX,
      phases,
      xForwardEnd: r2(t(lane.forwardSeconds)),
      xEnd: r2(t(lane.totalSeconds)),
    };
  });
  const timeAxisY = y - 4;

  const gaugeTitleY = timeAxisY + 46;
  const positive = gaugeItems.map((g) => g.bytes).filter((b) => b > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(capacityBytes, ...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(capacityBytes, ...positive) * 1.0001));
  const g = scaleLog().domain([lo, hi]).range([x0, x1]);
  const rowPx = 34;
  const gauge = gaugeItems.map((item, i): GaugeItem => {
    const top = gaugeTitleY + 6 + i * rowPx;
    return {
      ...item,
      labelY: top + 12,
      y: top + 17,
      h: 12,
      x0,
      x1: r2(Math.max(x0 + 1, g(Math.max(lo, item.bytes)))),
      isOverCapacity: item.bytes > capacityBytes,
    };
  });
  const gaugeAxisY = gaugeTitleY + 6 + gaugeItems.length * rowPx + 2;
  const decades = Math.round(Math.log10(hi / lo));
  const every = Math.max(1, Math.ceil((decades * 48) / (x1 - x0)));
  const gaugeTicks = Array.from({ length: decades + 1 }, (_, k) => ({
    x: r2(g(lo * 10 ** k)),
    bytes: lo * 10 ** k,
    isLabelled: k % every === 0,
  }));
  return {
    widthPx: width,
    heightPx: gaugeAxisY + 24,
    t,
    lanes: outLanes,
    timeAxisY,
    gaugeTitleY,
    g,
    gauge,
    gaugeTicks,
    capacityX: r2(g(capacityBytes)),
    gaugeAxisY,
  };
}
