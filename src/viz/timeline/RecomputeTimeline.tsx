import { useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import {
  timelineLayout,
  type GaugeItemInput,
  type TimelineLaneInput,
  type TimelinePhase,
} from "./timelineLayout";
import "./timeline.css";

export interface RecomputeTimelineProps {
  lanes: readonly TimelineLaneInput[];
  gaugeItems: readonly GaugeItemInput[];
  capacityBytes: number;
  capacityLabel: string;
  gaugeTitle: string;
  formatSeconds: (s: number) => string;
  formatBytes: (b: number) => string;
  /** What the chart shows, for screen readers. */
  label: string;
  /** The part a prose step points at. */
  emphasis?: "timeline" | "gauge" | null;
  /** A hovered term: the phases that move or rebuild the states h. */
  isStateHighlighted?: boolean;
  /** The id of a gauge item a prose step points at. */
  highlightedItem?: string | null;
}

function phaseClass(p: TimelinePhase, isStateHighlighted: boolean): string {
  const role = p.isState ? "state" : p.kind;
  const on = isStateHighlighted && p.isState ? " is-highlighted" : "";
  return `tl-phase tl-${role} tl-pass-${p.pass}${on}`;
}

function anchorOf(i: number, n: number): "start" | "middle" | "end" {
  if (i === 0) return "start";
  return i === n - 1 ? "end" : "middle";
}

/**
 * Forward and backward pass of one scan layer under the two strategies, timed by their HBM
 * traffic, and the activation memory each keeps between the passes. The reader should see the
 * store lane dominated by writing h and reading it back, and the recompute lane replace both with a
 * marker that costs no HBM traffic at all.
 */
export function RecomputeTimeline(props: RecomputeTimelineProps) {
  const { lanes, gaugeItems, capacityBytes, capacityLabel, gaugeTitle, label } = props;
  const { formatSeconds, formatBytes, emphasis = null, isStateHighlighted = false } = props;
  const { highlightedItem = null } = props;
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 540, heightPx: 0 });
  const lay = useMemo(
    () => timelineLayout(lanes, gaugeItems, capacityBytes, widthPx),
    [lanes, gaugeItems, capacityBytes, widthPx],
  );
  const ticks = lay.t.ticks(widthPx < 420 ? 3 : 5);
  const [x0, x1] = lay.t.range();
  const labelled = lay.gaugeTicks.filter((k) => k.isLabelled);
  return (
    <div ref={ref} className="chart recompute-timeline" data-emphasis={emphasis ?? "none"}>
      <svg
        width={lay.widthPx}
        height={lay.heightPx}
        viewBox={`0 0 ${lay.widthPx} ${lay.heightPx}`}
        role="img"
        aria-label={label}
      >
        <g className={`tl-lanes${emphasis === "timeline" ? " is-emphasised" : ""}`}>
          {ticks.map((k) => (
            <line
              key={k}
              className="tl-grid"
              x1={lay.t(k)}
              x2={lay.t(k)}
              y1={8}
              y2={lay.timeAxisY}
            />
          ))}
          {lay.lanes.map((lane) => (
            <g key={lane.id} className="tl-lane" data-lane={lane.id}>
              <text className="tl-lane-title" x={x0} y={lane.titleY}>
                {lane.label}
              </text>
              {lane.phases.map((p) =>
                p.kind === "sram" ? (
                  <g key={p.label} className={phaseClass(p, isStateHighlighted)}>
                    <path
                      className="tl-marker"
                      d={`M${p.x},${lane.y - 3}l6,${lane.h / 2 + 3}l-6,${lane.h / 2 + 3}l-6,${-lane.h / 2 - 3}z`}
                    />
                  </g>
                ) : (
                  <g key={p.label} className={phaseClass(p, isStateHighlighted)}>
                    <rect x={p.x} y={lane.y} width={p.w} height={lane.h} />
                    {p.hasRoom && (
                      <text className="tl-phase-label" x={p.x + 4} y={lane.y + lane.h / 2 + 4}>
                        {p.label}
                      </text>
                    )}
                  </g>
                ),
              )}
              <line
                className="tl-boundary"
                x1={lane.xForwardEnd}
                x2={lane.xForwardEnd}
                y1={lane.y - 5}
                y2={lane.y + lane.h + 5}
              />
            </g>
          ))}
          <line className="axis-line" x1={x0} x2={x1} y1={lay.timeAxisY} y2={lay.timeAxisY} />
          {ticks.map((k, i) => (
            <text
              key={k}
              className="tl-tick"
              x={lay.t(k)}
              y={lay.timeAxisY + 15}
              textAnchor={anchorOf(i, ticks.length)}
            >
              {formatSeconds(k)}
            </text>
          ))}
          <text className="tl-axis-label" x={x1} y={lay.timeAxisY + 30} textAnchor="end">
            time at HBM bandwidth →
          </text>
        </g>

        <g className={`tl-gauge${emphasis === "gauge" ? " is-emphasised" : ""}`}>
          <text className="tl-lane-title" x={x0} y={lay.gaugeTitleY}>
            {gaugeTitle}
          </text>
          {lay.gaugeTicks.map((k) => (
            <line
              key={k.bytes}
              className="tl-grid"
              x1={k.x}
              x2={k.x}
              y1={lay.gaugeTitleY + 6}
              y2={lay.gaugeAxisY}
            />
          ))}
          {lay.gauge.map((item) => (
            <g
              key={item.id}
              className={`tl-gauge-item tl-gauge-${item.id}${item.id === highlightedItem ? " is-highlighted" : ""}`}
              data-item={item.id}
            >
              <text className="tl-gauge-label" x={x0} y={item.labelY}>
                {item.label}: {formatBytes(item.bytes)}
                {item.isOverCapacity ? " (does not fit)" : ""}
              </text>
              <rect x={item.x0} y={item.y} width={item.x1 - item.x0} height={item.h} />
            </g>
          ))}
          <line
            className="tl-capacity"
            x1={lay.capacityX}
            x2={lay.capacityX}
            y1={lay.gaugeTitleY + 4}
            y2={lay.gaugeAxisY}
          />
          <text
            className="tl-capacity-label"
            x={lay.capacityX - 4}
            y={lay.gaugeTitleY + 16}
            textAnchor="end"
          >
            {capacityLabel}
          </text>
          <line className="axis-line" x1={x0} x2={x1} y1={lay.gaugeAxisY} y2={lay.gaugeAxisY} />
          {labelled.map((k, i) => (
            <text
              key={k.bytes}
              className="tl-tick"
              x={k.x}
              y={lay.gaugeAxisY + 15}
              textAnchor={anchorOf(i, labelled.length)}
            >
              {formatBytes(k.bytes)}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
