import { useMemo, useRef } from "react";
import { Axis } from "../core/Axis";
import { useSize } from "../core/useSize";
import { BARS_MARGIN, barsLayout } from "./coefficientsLayout";
import "./coefficients.css";

interface CoefficientBarsProps {
  /** The state c(t): one bar per coefficient, n = 0…N−1. */
  coefficients: ArrayLike<number>;
  /** Fixed value range ±clip; bars beyond it are clipped and marked. */
  clip: number;
  label: string;
  isEmphasised?: boolean;
  heightPx?: number;
}

/** The state as N bars (the memory's coefficients), on a fixed range so growth is visible. */
export function CoefficientBars({
  coefficients,
  clip,
  label,
  isEmphasised = false,
  heightPx = 104,
}: CoefficientBarsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx });
  const { x, y, bars } = useMemo(
    () => barsLayout(coefficients, widthPx, heightPx, clip),
    [coefficients, widthPx, heightPx, clip],
  );
  const N = bars.length;
  const clippedCount = bars.filter((b) => b.clipped !== 0).length;
  const labelEvery = Math.max(1, Math.ceil(N / 8));
  const [x0, x1] = [BARS_MARGIN.left, widthPx - BARS_MARGIN.right];
  return (
    <div ref={ref} className={`chart coefficient-bars${isEmphasised ? " is-highlighted" : ""}`}>
      <svg
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
        role="img"
        aria-label={label}
      >
        <Axis scale={y} orient="left" offsetPx={BARS_MARGIN.left} ticks={2} />
        <line className="zero-line" x1={x0} x2={x1} y1={y(0)} y2={y(0)} />
        {bars.map((b) => (
          <rect
            key={b.n}
            className={`coef-bar${b.clipped !== 0 ? " is-clipped" : ""}`}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            data-n={b.n}
          />
        ))}
        {bars
          .filter((b) => b.clipped !== 0)
          .map((b) => (
            <text
              key={`c${b.n}`}
              className="coef-clip-mark"
              x={b.x + b.width / 2}
              y={b.clipped > 0 ? b.y + 9 : b.y + b.height - 3}
              textAnchor="middle"
            >
              {b.clipped > 0 ? "▲" : "▼"}
            </text>
          ))}
        <g className="axis" aria-hidden="true">
          {bars
            .filter((b) => b.n === N - 1 || (b.n % labelEvery === 0 && N - 1 - b.n >= labelEvery))
            .map((b) => (
              <text
                key={b.n}
                x={(x(b.n) ?? 0) + x.bandwidth() / 2}
                y={heightPx - BARS_MARGIN.bottom + 14}
                textAnchor="middle"
              >
                {b.n}
              </text>
            ))}
          <text className="axis-label" x={x1} y={heightPx - 2} textAnchor="end">
            coefficient n
          </text>
        </g>
        {clippedCount > 0 && (
          <text className="coef-clip-note" x={x0 + 4} y={BARS_MARGIN.top - 5}>
            ▲▼ {clippedCount} of {N} bars clipped at ±{clip}
          </text>
        )}
      </svg>
    </div>
  );
}
