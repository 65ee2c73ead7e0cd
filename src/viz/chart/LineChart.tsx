import { useMemo, useRef } from "react";
import { Axis } from "../core/Axis";
import { useSize } from "../core/useSize";
import { lineLayout, MARGIN } from "./lineLayout";

interface LineChartProps {
  series: ArrayLike<number>;
  /** What the chart shows, for screen readers. */
  label: string;
  xLabel?: string;
  yLabel?: string;
  heightPx?: number;
  /** Palette concept of the line (CSS class `concept-<name>`). */
  concept?: "u" | "h" | "y" | "dt" | "attn";
}

/** One series against its index: props in, SVG out. */
export function LineChart({
  series,
  label,
  xLabel,
  yLabel,
  heightPx = 260,
  concept = "y",
}: LineChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx });
  const { x, y, d } = useMemo(
    () => lineLayout(series, widthPx, heightPx),
    [series, widthPx, heightPx],
  );
  return (
    <div ref={ref} className="chart" data-testid="chart" data-ready="true">
      <svg
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
        role="img"
        aria-label={label}
      >
        <Axis scale={x} orient="bottom" offsetPx={heightPx - MARGIN.bottom} label={xLabel} />
        <Axis scale={y} orient="left" offsetPx={MARGIN.left} label={yLabel} />
        <path d={d} className={`series concept-${concept}`} data-testid="line" />
      </svg>
    </div>
  );
}
