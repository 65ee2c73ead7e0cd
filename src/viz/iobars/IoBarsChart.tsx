import { useId, useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import { ioBarsLayout, type IoRole, type IoRowInput } from "./ioBarsLayout";
import "./iobars.css";

export interface IoBarsChartProps {
  rows: readonly IoRowInput[];
  /** What the chart shows, for screen readers. */
  label: string;
  /** Heading of each group (keyed by the rows' `group`). */
  groupTitles: Record<string, string>;
  formatBytes: (bytes: number) => string;
  /** The group a prose step points at. */
  emphasis?: string | null;
  /** A hovered term: the tensors of that role. */
  highlight?: IoRole | null;
}

function anchorOf(i: number, n: number): "start" | "middle" | "end" {
  if (i === 0) return "start";
  return i === n - 1 ? "end" : "middle";
}

/**
 * Bytes each kernel moves between HBM and the chip. Inputs, the (B, L, D, N) intermediates and the
 * output each have a colour and a name; what a kernel writes is hatched. The reader should see the
 * naive rows dominated by the intermediates, which the fused row does not have at all.
 */
export function IoBarsChart(props: IoBarsChartProps) {
  const { rows, label, groupTitles, formatBytes, emphasis = null, highlight = null } = props;
  const ref = useRef<HTMLDivElement>(null);
  const hatchId = `io-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const { widthPx } = useSize(ref, { widthPx: 540, heightPx: 0 });
  const lay = useMemo(() => ioBarsLayout(rows, widthPx), [rows, widthPx]);
  const ticks = lay.x.ticks(widthPx < 420 ? 3 : 5);
  return (
    <div ref={ref} className="chart io-bars" data-emphasis={emphasis ?? "none"}>
      <svg
        width={lay.widthPx}
        height={lay.heightPx}
        viewBox={`0 0 ${lay.widthPx} ${lay.heightPx}`}
        role="img"
        aria-label={label}
      >
        <defs>
          <pattern
            id={hatchId}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line className="io-hatch" x1={0} y1={0} x2={0} y2={6} />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <line key={t} className="io-grid" x1={lay.x(t)} x2={lay.x(t)} y1={0} y2={lay.axisY} />
        ))}
        {lay.heads.map((h) => (
          <text
            key={h.group}
            className={`io-head${emphasis === h.group ? " is-emphasised" : ""}`}
            x={lay.x(0)}
            y={h.y}
          >
            {groupTitles[h.group] ?? h.group}
          </text>
        ))}
        {lay.rows.map((r) => (
          <g
            key={r.id}
            className={`io-row${emphasis === r.group ? " is-emphasised" : ""}`}
            data-row={r.id}
          >
            <text className="io-row-label" x={lay.x(0)} y={r.labelY}>
              {r.label}: {formatBytes(r.totalBytes)}
            </text>
            {r.segments.map((s) => (
              <g
                key={`${s.kind}-${s.name}`}
                className={`io-seg io-${s.role}${highlight === s.role ? " is-highlighted" : ""}`}
              >
                <rect x={s.x} y={r.y} width={s.w} height={r.h} />
                {s.kind === "write" && (
                  <rect
                    className="io-write"
                    x={s.x}
                    y={r.y}
                    width={s.w}
                    height={r.h}
                    fill={`url(#${hatchId})`}
                  />
                )}
                {s.hasRoom && (
                  <text className="io-seg-label" x={s.x + s.w / 2} y={r.y + r.h / 2 + 4}>
                    {s.name}
                  </text>
                )}
              </g>
            ))}
          </g>
        ))}
        <line
          className="axis-line"
          x1={lay.x.range()[0]}
          x2={lay.x.range()[1]}
          y1={lay.axisY}
          y2={lay.axisY}
        />
        {ticks.map((t, i) => (
          <text
            key={t}
            className="io-tick"
            x={lay.x(t)}
            y={lay.axisY + 16}
            textAnchor={anchorOf(i, ticks.length)}
          >
            {formatBytes(t)}
          </text>
        ))}
      </svg>
    </div>
  );
}
