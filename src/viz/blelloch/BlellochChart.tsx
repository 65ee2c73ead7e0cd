import { useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import { blellochLayout, spanLabel, type LevelInput, type ScanPhase } from "./blellochLayout";
import "./blelloch.css";

export interface BlellochChartProps {
  levels: readonly LevelInput[];
  /** Elements scanned (n) and the padded length P (a power of two ≥ n). */
  n: number;
  P: number;
  /** Index of the level shown as current; later levels are drawn empty. */
  current: number;
  /** What the chart shows, for screen readers. */
  label: string;
  /** The phase a prose step points at. */
  emphasis?: "up" | "down" | null;
  /** A hovered term: the states h (the inclusive row) are emphasised. */
  isStateHighlighted?: boolean;
}

function rowName(phase: ScanPhase, stride: number): string {
  switch (phase) {
    case "input":
      return "input x";
    case "up":
      return `up, d = ${stride}`;
    case "clear":
      return "clear root";
    case "down":
      return `down, d = ${stride}`;
    case "inclusive":
      return "h = incl.";
  }
}

/**
 * The work-efficient parallel scan, level by level. Each cell names the stretch of elements it
 * holds ("0–7" is x₀ • … • x₇; "I" the identity). The reader should see the up-sweep build sums of
 * 2, 4, 8, 16 elements, the down-sweep hand every cell the prefix before it, and the loop's row
 * below fill only one cell per level.
 */
export function BlellochChart(props: BlellochChartProps) {
  const { levels, n, P, current, label, emphasis = null, isStateHighlighted = false } = props;
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 540, heightPx: 0 });
  const lay = useMemo(
    () => blellochLayout(levels, n, P, current, widthPx),
    [levels, n, P, current, widthPx],
  );
  const labelX = 4;
  return (
    <div ref={ref} className="chart blelloch" data-emphasis={emphasis ?? "none"}>
      <svg
        width={lay.widthPx}
        height={lay.heightPx}
        viewBox={`0 0 ${lay.widthPx} ${lay.heightPx}`}
        role="img"
        aria-label={label}
      >
        <text className="bl-col-title" x={labelX} y={lay.columnsY}>
          element t
        </text>
        {lay.columns.map((c) => (
          <text key={c.index} className="bl-col" x={c.x} y={lay.columnsY}>
            {c.index}
          </text>
        ))}
        {lay.rows.map((row) => {
          const phaseClass =
            (emphasis === "up" && row.phase === "up") ||
            (emphasis === "down" && (row.phase === "down" || row.phase === "clear")) ||
            (isStateHighlighted && row.phase === "inclusive")
              ? " is-emphasised"
              : "";
          return (
            <g
              key={row.level}
              className={`bl-row bl-${row.phase}${row.isDone ? " is-done" : " is-pending"}${row.isCurrent ? " is-current" : ""}${phaseClass}`}
              data-level={row.level}
            >
              <text className="bl-row-label" x={labelX} y={row.y + lay.rowH / 2 + 4}>
                {row.isCurrent ? "▸ " : ""}
                {rowName(row.phase, row.stride)}
              </text>
              {row.cells.map((c) => (
                <g key={c.index}>
                  <rect
                    className={`bl-cell${c.isChanged && row.isDone ? " is-changed" : ""}${c.span === null ? " is-identity" : ""}`}
                    x={c.x}
                    y={c.y}
                    width={c.w}
                    height={c.h}
                    rx={2}
                  />
                  {row.isDone && lay.hasCellLabels && (
                    <text className="bl-cell-label" x={c.x + c.w / 2} y={c.y + c.h / 2 + 3.5}>
                      {spanLabel(c.span)}
                    </text>
                  )}
                </g>
              ))}
            </g>
          );
        })}
        {lay.links.map((l, i) => (
          <line
            key={i}
            className={`bl-link bl-link-${l.kind}`}
            x1={l.x1}
            y1={l.y1}
            x2={l.x2}
            y2={l.y2}
          />
        ))}
        <g className="bl-loop">
          <text className="bl-row-label" x={labelX} y={lay.loop.y + lay.rowH / 2 + 4}>
            loop: {lay.loopDone}/{n}
          </text>
          {lay.loop.cells.map((c) => (
            <rect
              key={c.index}
              className={`bl-loop-cell${c.isDone ? " is-done" : ""}`}
              x={c.x}
              y={lay.loop.y + 2}
              width={c.w}
              height={lay.rowH - 4}
              rx={2}
            />
          ))}
        </g>
      </svg>
    </div>
  );
}
