import type { ScaleLinear } from "d3";

interface AxisProps {
  scale: ScaleLinear<number, number>;
  orient: "bottom" | "left";
  /** Where the axis line sits across the other dimension, in px. */
  offsetPx: number;
  ticks?: number;
  label?: string;
}

/** A React-rendered axis from `scale.ticks()` (STYLE.md §5: D3 computes, React renders). */
export function Axis({ scale, orient, offsetPx, ticks = 5, label }: AxisProps) {
  const values = scale.ticks(ticks);
  const format = scale.tickFormat(ticks);
  const [r0, r1] = scale.range();
  const isBottom = orient === "bottom";
  return (
    <g
      className="axis"
      transform={isBottom ? `translate(0,${offsetPx})` : `translate(${offsetPx},0)`}
      aria-hidden="true"
    >
      <line className="axis-line" {...(isBottom ? { x1: r0, x2: r1 } : { y1: r0, y2: r1 })} />
      {values.map((v) => {
        const p = Math.round(scale(v) * 100) / 100;
        return (
          <g
            key={v}
            className="tick"
            transform={isBottom ? `translate(${p},0)` : `translate(0,${p})`}
          >
            <line {...(isBottom ? { y2: 5 } : { x2: -5 })} />
            <text
              {...(isBottom
                ? { y: 18, textAnchor: "middle" }
                : { x: -8, dy: "0.32em", textAnchor: "end" })}
            >
              {format(v)}
            </text>
          </g>
        );
      })}
      {label && (
        <text
          className="axis-label"
          {...(isBottom
            ? { x: r1, y: 34, textAnchor: "end" }
            : { x: 0, y: Math.min(r0, r1) - 10, textAnchor: "start", transform: undefined })}
        >
          {label}
        </text>
      )}
    </g>
  );
}
