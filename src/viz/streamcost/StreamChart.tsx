import { useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import { STREAM_MARGIN, streamLayout, type StreamPanelInput } from "./streamLayout";
import "./stream.css";

export interface StreamPanel extends StreamPanelInput {
  /** The panel's heading, drawn above it ("Cost of the next token"). */
  title: string;
  /** Text beside the crossover marker ("passes the state"). */
  crossoverLabel?: string;
}

interface StreamChartProps {
  positions: readonly number[];
  L: number;
  /** The playhead: tokens read so far. */
  t: number;
  panels: readonly StreamPanel[];
  /** Names at the ends of the lines. */
  attentionName: string;
  ssmName: string;
  /** Which series to draw heavier ("attn", "h") and which panel to outline. */
  emphasis?: "attn" | "h" | null;
  focusPanel?: string | null;
  label: string;
  panelHeightPx?: number;
}

/**
 * Two models reading one stream: per panel, attention's series climbs while the SSM's stays flat.
 * Solid up to the playhead, dotted beyond it; line styles (solid vs dashed) and end labels tell the
 * two apart without colour.
 */
export function StreamChart(props: StreamChartProps) {
  const { positions, L, t, panels, attentionName, ssmName, emphasis, focusPanel, label } = props;
  const panelHeightPx = props.panelHeightPx ?? 100;
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx: 300 });
  const layout = useMemo(
    () => streamLayout({ positions, L, t, panels, widthPx, panelHeightPx }),
    [positions, L, t, panels, widthPx, panelHeightPx],
  );
  const { left, right } = layout;
  return (
    <div ref={ref} className="chart stream-chart">
      <svg
        width={widthPx}
        height={layout.heightPx}
        viewBox={`0 0 ${widthPx} ${layout.heightPx}`}
        role="img"
        aria-label={label}
      >
        {layout.panels.map((p, k) => {
          const panel = panels[k];
          return (
            <g
              key={p.id}
              className={`stream-panel${focusPanel === p.id ? " is-focused" : ""}`}
              data-panel={p.id}
            >
              <rect
                className="stream-panel-frame"
                x={2}
                y={p.y0 - 16}
                width={widthPx - 4}
                height={p.y1 - p.y0 + 22}
                rx={6}
              />
              <text className="stream-panel-title" x={left} y={p.y0 - 4}>
                {panel.title} ({p.axisUnit})
              </text>
              <g className="axis" aria-hidden="true">
                {p.ticks.map((tick) => (
                  <g key={tick.y} transform={`translate(0,${tick.y})`}>
                    <line className="stream-grid" x1={left} x2={right} />
                    <text x={left - 6} dy="0.32em" textAnchor="end">
                      {tick.label}
                    </text>
                  </g>
                ))}
                <line className="axis-line" x1={left} x2={right} y1={p.y1} y2={p.y1} />
              </g>
              <path className="stream-ahead concept-attn" d={p.attentionAhead} />
              <path className="stream-ahead concept-h" d={p.ssmAhead} />
              <path
                className={`series concept-attn${emphasis === "attn" ? " is-highlighted" : ""}`}
                d={p.attentionPath}
                data-series="attention"
              />
              <path
                className={`series is-dashed-ssm concept-h${emphasis === "h" ? " is-highlighted" : ""}`}
                d={p.ssmPath}
                data-series="ssm"
              />
              {p.crossover && (
                <g className="stream-crossover" data-testid={`crossover-${p.id}`}>
                  <line x1={p.crossover.x} x2={p.crossover.x} y1={p.y0} y2={p.y1} />
                  <circle cx={p.crossover.x} cy={p.crossover.y} r={4} />
                  {panel.crossoverLabel && (
                    <text
                      x={p.crossover.x + (p.crossover.x > (left + right) / 2 ? -6 : 6)}
                      y={p.y1 - 6}
                      textAnchor={p.crossover.x > (left + right) / 2 ? "end" : "start"}
                    >
                      {panel.crossoverLabel}
                    </text>
                  )}
                </g>
              )}
              <circle
                className="stream-now concept-attn-fill"
                cx={p.attentionNow.x}
                cy={p.attentionNow.y}
                r={4}
              />
              <rect
                className="stream-now concept-h-fill"
                x={p.ssmNow.x - 3.5}
                y={p.ssmNow.y - 3.5}
                width={7}
                height={7}
              />
              <text className="stream-end-label" x={right} y={p.attentionLabelY} textAnchor="end">
                {attentionName}
              </text>
              <text className="stream-end-label" x={right} y={p.ssmLabelY} textAnchor="end">
                {ssmName}
              </text>
            </g>
          );
        })}
        <line
          className="stream-playhead"
          x1={layout.playheadX}
          x2={layout.playheadX}
          y1={STREAM_MARGIN.top - 2}
          y2={layout.heightPx - STREAM_MARGIN.bottom}
        />
        <g className="axis" aria-hidden="true">
          {layout.xTicks.map((tick) => (
            <text
              key={tick.x}
              x={tick.x}
              y={layout.heightPx - STREAM_MARGIN.bottom + 16}
              textAnchor="middle"
            >
              {tick.label}
            </text>
          ))}
          <text className="axis-label" x={right} y={layout.heightPx - 4} textAnchor="end">
            tokens read
          </text>
        </g>
      </svg>
    </div>
  );
}
