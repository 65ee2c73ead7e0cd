import { useEffect, useMemo, useRef, useState, type PointerEvent } from "react";
import { Axis } from "../core/Axis";
import { useSize } from "../core/useSize";
import { HEATMAP_MARGIN, heatmapLayout, parseColor } from "./heatmapLayout";
import { paintHeatmap } from "./paintHeatmap";

export interface HeatmapCanvasProps {
  /** Column-major grid: grid[col·rows + row] (for a state history: time-major h[t·N + n]). */
  grid: Float64Array;
  cols: number;
  rows: number;
  /** What the heat map shows, for screen readers. */
  label: string;
  xLabel: string;
  /** Text for row r on the left axis. */
  rowLabel: (r: number) => string;
  /** A column to mark (the current time step). */
  markCol?: number;
  /** Columns from this one on are not reached yet and are left blank (default: all shown). */
  revealCols?: number;
  heightPx?: number;
  /** Changes whenever the theme does, so the painter re-reads the palette. */
  themeKey?: string;
  isEmphasised?: boolean;
  /** Formats a value for the hover readout. */
  format?: (v: number) => string;
}

/** A dense grid on a canvas leaf, with axes, marker and hover readout drawn by React in SVG. */
export function HeatmapCanvas(props: HeatmapCanvasProps) {
  const {
    grid,
    cols,
    rows,
    label,
    xLabel,
    rowLabel,
    markCol,
    revealCols = cols,
    heightPx = 180,
  } = props;
  const { themeKey, isEmphasised = false, format = (v: number) => v.toPrecision(3) } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { widthPx } = useSize(boxRef, { widthPx: 560, heightPx });
  const layout = useMemo(
    () => heatmapLayout(grid, cols, rows, widthPx, heightPx),
    [grid, cols, rows, widthPx, heightPx],
  );
  const [hover, setHover] = useState<{ col: number; row: number } | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const dpr = typeof window !== "undefined" ? window.devicePixelRatio || 1 : 1;
    canvas.width = Math.round(widthPx * dpr);
    canvas.height = Math.round(heightPx * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const css = getComputedStyle(canvas);
    const colors = {
      pos: parseColor(css.getPropertyValue("--c-h")),
      neg: parseColor(css.getPropertyValue("--c-u")),
      bg: parseColor(css.getPropertyValue("--bg")),
    };
    paintHeatmap(ctx, grid, cols, rows, layout, colors, widthPx, heightPx, revealCols);
  }, [grid, cols, rows, layout, widthPx, heightPx, themeKey, revealCols]);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    const col = Math.floor(layout.x.invert(px));
    const row = Math.floor((py - HEATMAP_MARGIN.top) / Math.max(1, layout.y.step()));
    setHover(col >= 0 && col < cols && row >= 0 && row < rows ? { col, row } : null);
  };

  const rowTicks = rows <= 8 ? layout.y.domain() : layout.y.domain().filter((r) => r % 4 === 0);
  const bottom = HEATMAP_MARGIN.top + layout.plotHeightPx;
  return (
    <div ref={boxRef} className={`heatmap${isEmphasised ? " is-highlighted" : ""}`}>
      <div className="heatmap-stack" style={{ height: heightPx }}>
        <canvas
          ref={canvasRef}
          className="heatmap-canvas"
          style={{ width: widthPx, height: heightPx }}
          aria-hidden="true"
        />
        <svg
          width={widthPx}
          height={heightPx}
          viewBox={`0 0 ${widthPx} ${heightPx}`}
          role="img"
          aria-label={label}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(null)}
        >
          <Axis scale={layout.x} orient="bottom" offsetPx={bottom} label={xLabel} ticks={6} />
          <g className="axis" aria-hidden="true">
            {rowTicks.map((r) => (
              <text
                key={r}
                x={HEATMAP_MARGIN.left - 6}
                y={(layout.y(r) ?? 0) + layout.y.bandwidth() / 2}
                dy="0.32em"
                textAnchor="end"
              >
                {rowLabel(r)}
              </text>
            ))}
          </g>
          {markCol !== undefined && markCol >= 0 && markCol < cols && (
            <rect
              className="heatmap-mark"
              x={layout.x(markCol)}
              width={Math.max(2, layout.x(markCol + 1) - layout.x(markCol))}
              y={HEATMAP_MARGIN.top - 3}
              height={layout.plotHeightPx + 6}
            />
          )}
        </svg>
      </div>
      <p className="heatmap-readout" aria-hidden="true">
        {hover
          ? `t = ${hover.col}, ${rowLabel(hover.row)}: ${format(grid[hover.col * rows + hover.row])}`
          : "Point at a cell to read its value."}
      </p>
    </div>
  );
}
