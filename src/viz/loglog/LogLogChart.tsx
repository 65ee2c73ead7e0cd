import { useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import { LOGLOG_MARGIN, logLogLayout, markerPath, type LogLogSeries } from "./logLogLayout";

interface LogLogChartProps {
  series: readonly LogLogSeries[];
  label: string;
  heightPx?: number;
}

const formatL = (L: number) => (L >= 1024 ? `${L / 1024}K` : String(L));
const formatMs = (ms: number) =>
  ms >= 1000 ? `${ms / 1000} s` : ms >= 1 ? `${ms} ms` : `${ms * 1000} µs`;

/** Powers of two in the domain, every other one (or every one when the range is short). */
function powerTicks([lo, hi]: [number, number]): number[] {
  const from = Math.ceil(Math.log2(lo));
  const to = Math.floor(Math.log2(hi));
  const every = to - from > 6 ? 2 : 1;
  const out: number[] = [];
  for (let e = from; e <= to; e++) if ((e - from) % every === 0) out.push(2 ** e);
  return out;
}

/** Time against length on log–log axes: a power law is a straight line whose slope is its exponent. */
export function LogLogChart({ series, label, heightPx = 320 }: LogLogChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 640, heightPx });
  const { x, y, fitPath } = useMemo(
    () => logLogLayout(series, widthPx, heightPx),
    [series, widthPx, heightPx],
  );
  const xTicks = powerTicks(x.domain() as [number, number]);
  const yTicks = y.ticks().filter((t) => Number.isInteger(Math.log10(t)));
  const bottom = heightPx - LOGLOG_MARGIN.bottom;
  return (
    <div ref={ref} className="chart loglog">
      <ul className="legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.id}>
            <svg width="14" height="14" viewBox="-7 -7 14 14">
              <path
                d={markerPath(s.marker)}
                className={`marker concept-${s.concept}${s.isReference ? " is-reference" : ""}`}
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
        <g className="axis" aria-hidden="true">
          <line className="axis-line" x1={x.range()[0]} x2={x.range()[1]} y1={bottom} y2={bottom} />
          {xTicks.map((t) => (
            <g
              key={t}
              className="tick"
              transform={`translate(${Math.round(x(t) * 100) / 100},${bottom})`}
            >
              <line y2={5} />
              <text y={18} textAnchor="middle">
                {formatL(t)}
              </text>
            </g>
          ))}
          <text x={x.range()[1]} y={bottom + 36} textAnchor="end" className="axis-label">
            sequence length L (log scale)
          </text>
          <line
            className="axis-line"
            x1={LOGLOG_MARGIN.left}
            x2={LOGLOG_MARGIN.left}
            y1={y.range()[0]}
            y2={y.range()[1]}
          />
          {yTicks.map((t) => (
            <g
              key={t}
              className="tick"
              transform={`translate(${LOGLOG_MARGIN.left},${Math.round(y(t) * 100) / 100})`}
            >
              <line x2={-5} />
              <text x={-8} dy="0.32em" textAnchor="end">
                {formatMs(t)}
              </text>
            </g>
          ))}
        </g>
        {series.map((s) => (
          <g
            key={s.id}
            className={`loglog-series concept-${s.concept}${s.isReference ? " is-reference" : ""}`}
            data-series={s.id}
          >
            {s.fit && <path className="fit-line" d={fitPath(s)} />}
            {s.points
              .filter((p) => p.L > 0 && p.ms > 0 && Number.isFinite(p.ms))
              .map((p) => (
                <path
                  key={p.L}
                  className="marker"
                  d={markerPath(s.marker)}
                  transform={`translate(${Math.round(x(p.L) * 100) / 100},${Math.round(y(p.ms) * 100) / 100})`}
                />
              ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
