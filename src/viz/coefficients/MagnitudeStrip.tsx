import { useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import { magnitudeLayout } from "./coefficientsLayout";
import "./coefficients.css";

interface MagnitudeStripProps {
  /** max_n |c_k[n]| for k = 1…L. */
  maxAbsPerStep: ArrayLike<number>;
  /** The current time, 1…L. */
  t: number;
  /** A level to draw as a dashed reference line (the plotted range of the other panels). */
  reference?: { value: number; label: string };
  label: string;
  heightPx?: number;
}

function Pow10({ exp }: { exp: number }) {
  if (exp === 0) return <>1</>;
  if (exp === 1) return <>10</>;
  return (
    <>
      10
      <tspan className="pow-exp" dy="-0.45em">
        {exp}
      </tspan>
    </>
  );
}

/** How large the state gets, step by step, on log–log axes: a blow-up is a spike on the left. */
export function MagnitudeStrip({
  maxAbsPerStep,
  t,
  reference,
  label,
  heightPx = 100,
}: MagnitudeStripProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx });
  const { x, y, d, yTicks, xTicks } = useMemo(
    () => magnitudeLayout(maxAbsPerStep, widthPx, heightPx),
    [maxAbsPerStep, widthPx, heightPx],
  );
  const [x0, x1] = x.range();
  const [yb, yt] = y.range();
  return (
    <div ref={ref} className="chart magnitude-strip">
      <svg
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
        role="img"
        aria-label={label}
      >
        <g className="axis" aria-hidden="true">
          <line className="axis-line" x1={x0} x2={x1} y1={yb} y2={yb} />
          <line className="axis-line" x1={x0} x2={x0} y1={yb} y2={yt} />
          {xTicks.map(({ k, px }) => (
            <g key={k} className="tick" transform={`translate(${px},${yb})`}>
              <line y2={5} />
              <text y={18} textAnchor="middle">
                {k}
              </text>
            </g>
          ))}
          {yTicks.map(({ exp, px }) => (
            <g key={exp} className="tick" transform={`translate(${x0},${px})`}>
              <line x2={-5} />
              <text x={-8} dy="0.32em" textAnchor="end">
                <Pow10 exp={exp} />
              </text>
            </g>
          ))}
          <text className="axis-label" x={x1} y={heightPx - 2} textAnchor="end">
            step k (log scale)
          </text>
          <text className="axis-label" x={x0 + 6} y={yt - 4}>
            largest |c| (log)
          </text>
        </g>
        {reference && (
          <g className="magnitude-reference">
            <line x1={x0} x2={x1} y1={y(reference.value)} y2={y(reference.value)} />
            <text x={x1} y={y(reference.value) - 4} textAnchor="end">
              {reference.label}
            </text>
          </g>
        )}
        <path d={d} className="series concept-h" data-series="max-abs" />
        <line className="trace-mark" x1={x(t)} x2={x(t)} y1={yt} y2={yb} />
      </svg>
    </div>
  );
}
