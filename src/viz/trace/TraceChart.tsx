import { useMemo, useRef } from "react";
import { Axis } from "../core/Axis";
import { useSize } from "../core/useSize";
import { TRACE_MARGIN, traceLayout } from "./traceLayout";

export interface TraceSeries {
  values: ArrayLike<number>;
  /** Legend text. */
  name: string;
  concept: "u" | "h" | "y" | "dt" | "attn";
  /** Dashed lines tell series apart without colour. */
  isDashed?: boolean;
  isEmphasised?: boolean;
}

interface TraceChartProps {
  series: readonly TraceSeries[];
  label: string;
  xLabel?: string;
  markT?: number;
  heightPx?: number;
}

/** Series against time with a legend and an optional marker at the current step. */
export function TraceChart({ series, label, xLabel, markT, heightPx = 170 }: TraceChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx });
  const values = useMemo(() => series.map((s) => s.values), [series]);
  const { x, y, paths } = useMemo(
    () => traceLayout(values, widthPx, heightPx),
    [values, widthPx, heightPx],
  );
  return (
    <div ref={ref} className="chart trace">
      <ul className="legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <svg width="22" height="10">
              <line
                x1="1"
                x2="21"
                y1="5"
                y2="5"
                className={`series concept-${s.concept}${s.isDashed ? " is-dashed" : ""}`}
              />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <svg
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
        role="img"
        aria-label={label}
      >
        <Axis
          scale={x}
          orient="bottom"
          offsetPx={heightPx - TRACE_MARGIN.bottom}
          label={xLabel}
          ticks={6}
        />
        <Axis scale={y} orient="left" offsetPx={TRACE_MARGIN.left} ticks={4} />
        <line className="zero-line" x1={x.range()[0]} x2={x.range()[1]} y1={y(0)} y2={y(0)} />
        {series.map((s, i) => (
          <path
            key={s.name}
            d={paths[i]}
            data-series={s.name}
            className={`series concept-${s.concept}${s.isDashed ? " is-dashed" : ""}${s.isEmphasised ? " is-highlighted" : ""}`}
          />
        ))}
        {markT !== undefined && (
          <line
            className="trace-mark"
            x1={x(markT)}
            x2={x(markT)}
            y1={TRACE_MARGIN.top}
            y2={heightPx - TRACE_MARGIN.bottom}
          />
        )}
      </svg>
    </div>
  );
}
