import { useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import { memoryLayout, type CapacityKey, type MemoryLayoutInput } from "./memoryLayout";
import "./memory.css";

export interface MemoryChartProps extends MemoryLayoutInput {
  /** What the chart shows, for screen readers. */
  label: string;
  chipTitle: string;
  /** Lines of the zoomed SM's inset, first line bold. */
  insetLines: readonly string[];
  /** The link's label (HBM bandwidth). */
  busLabel: string;
  hbmLabel: string;
  barsTitle: string;
  /** One name per capacity bar (with its value). */
  barLabels: Record<CapacityKey, string>;
  tickLabel: (bytes: number) => string;
  /** The part a prose step points at. */
  emphasis?: "chip" | "bars" | null;
  /** A hovered term: the on-chip SRAM or the HBM. */
  highlight?: "sram" | "hbm" | null;
}

/**
 * The GPU's two memories: many SMs, each with a small SRAM, on the chip; one large HBM off it. The
 * reader should see that the famous "164 KB" is one small square, and that the log bars put all
 * the squares together about three decades below HBM, not five.
 */
export function MemoryChart(props: MemoryChartProps) {
  const { label, chipTitle, insetLines, busLabel, hbmLabel, barsTitle, barLabels, tickLabel } =
    props;
  const { emphasis = null, highlight = null } = props;
  const { sms, sharedPerSmBytes, sharedTotalBytes, hbmBytes } = props;
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 540, heightPx: 0 });
  const lay = useMemo(
    () => memoryLayout({ sms, sharedPerSmBytes, sharedTotalBytes, hbmBytes }, widthPx),
    [sms, sharedPerSmBytes, sharedTotalBytes, hbmBytes, widthPx],
  );
  const { chip, inset, hbm, bus, connector } = lay;
  const isSram = highlight === "sram";
  const isHbm = highlight === "hbm";
  const insetPitch = lay.isInsetBeside ? 16 : 15;
  return (
    <div
      ref={ref}
      className="chart memory-chart"
      data-emphasis={emphasis ?? "none"}
      data-highlight={highlight ?? "none"}
    >
      <svg
        width={lay.widthPx}
        height={lay.heightPx}
        viewBox={`0 0 ${lay.widthPx} ${lay.heightPx}`}
        role="img"
        aria-label={label}
      >
        <text className="mem-title" x={chip.x} y={lay.chipTitleY}>
          {chipTitle}
        </text>
        <rect
          className={`mem-chip${emphasis === "chip" || isSram ? " is-emphasised" : ""}`}
          x={chip.x}
          y={chip.y}
          width={chip.w}
          height={chip.h}
          rx={6}
        />
        {lay.cells.map((c) => (
          <rect
            key={c.index}
            className={`mem-sm${c.index === lay.zoomCell.index ? " is-zoomed" : ""}`}
            x={c.x}
            y={c.y}
            width={c.w}
            height={c.h}
            rx={1.5}
          />
        ))}
        <line
          className="mem-connector"
          x1={connector.x1}
          y1={connector.y1}
          x2={connector.x2}
          y2={connector.y2}
        />
        <rect
          className={`mem-inset${emphasis === "chip" || isSram ? " is-emphasised" : ""}`}
          x={inset.x}
          y={inset.y}
          width={inset.w}
          height={inset.h}
          rx={4}
        />
        {insetLines.map((line, i) => (
          <text
            key={line}
            className={i === 0 ? "mem-inset-head" : "mem-inset-text"}
            x={inset.x + 8}
            y={inset.y + 16 + i * insetPitch}
          >
            {line}
          </text>
        ))}
        <line className="mem-bus" x1={bus.x} x2={bus.x} y1={bus.y1 + 3} y2={bus.y2 - 3} />
        <path
          className="mem-bus-head"
          d={`M${bus.x - 5},${bus.y2 - 9}L${bus.x},${bus.y2 - 3}L${bus.x + 5},${bus.y2 - 9}`}
        />
        <path
          className="mem-bus-head"
          d={`M${bus.x - 5},${bus.y1 + 9}L${bus.x},${bus.y1 + 3}L${bus.x + 5},${bus.y1 + 9}`}
        />
        <text className="mem-bus-label" x={bus.x + 10} y={(bus.y1 + bus.y2) / 2 + 4}>
          {busLabel}
        </text>
        <rect
          className={`mem-hbm${isHbm ? " is-emphasised" : ""}`}
          x={hbm.x}
          y={hbm.y}
          width={hbm.w}
          height={hbm.h}
          rx={6}
        />
        <text className="mem-hbm-label" x={hbm.x + 10} y={hbm.y + hbm.h / 2 + 5}>
          {hbmLabel}
        </text>

        <g className={`mem-bars${emphasis === "bars" ? " is-emphasised" : ""}`}>
          {emphasis === "bars" && (
            <rect
              className="mem-bars-band"
              x={2}
              y={lay.barsTitleY - 16}
              width={lay.widthPx - 4}
              height={lay.axisY - lay.barsTitleY + 40}
              rx={6}
            />
          )}
          <text className="mem-title" x={chip.x} y={lay.barsTitleY}>
            {barsTitle}
          </text>
          {lay.ticks.map((t) => (
            <line
              key={t.bytes}
              className="mem-grid"
              x1={t.x}
              x2={t.x}
              y1={lay.barsTitleY + 8}
              y2={lay.axisY}
            />
          ))}
          {lay.bars.map((b) => {
            const isOn = (b.key === "hbm" && isHbm) || (b.key !== "hbm" && isSram);
            return (
              <g key={b.key}>
                <text className="mem-bar-label" x={b.x} y={b.labelY}>
                  {barLabels[b.key]}
                </text>
                <rect
                  className={`mem-bar mem-bar-${b.key}${isOn ? " is-emphasised" : ""}`}
                  x={b.x}
                  y={b.y}
                  width={b.w}
                  height={b.h}
                />
              </g>
            );
          })}
          <line
            className="axis-line"
            x1={lay.x.range()[0]}
            x2={lay.x.range()[1]}
            y1={lay.axisY}
            y2={lay.axisY}
          />
          {lay.ticks
            .filter((t) => t.isLabelled)
            .map((t, i, all) => (
              <text
                key={t.bytes}
                className="mem-tick"
                x={t.x}
                y={lay.axisY + 16}
                textAnchor={i === 0 ? "start" : i === all.length - 1 ? "end" : "middle"}
              >
                {tickLabel(t.bytes)}
              </text>
            ))}
        </g>
      </svg>
    </div>
  );
}
