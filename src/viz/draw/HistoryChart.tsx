import {
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from "react";
import { Axis } from "../core/Axis";
import { useSize } from "../core/useSize";
import { controlPointIndices, nudgePoint, paintStroke, type StrokePoint } from "./drawing";
import { HISTORY_MARGIN, historyLayout, pointerToSample, seriesPath } from "./historyLayout";
import "./draw.css";

export interface HistoryChartProps {
  /** The true history: element k − 1 is the sample at time k, k = 1…L. */
  signal: Float64Array;
  /** The current time, 1…L: samples after it are not read yet. */
  t: number;
  /** What the memory reconstructs at time t (sample times and values), or null while computing. */
  reconstruction: { times: ArrayLike<number>; values: ArrayLike<number> } | null;
  /** The span of history the memory covers at time t, in sample times (may start before 1). */
  support: readonly [number, number];
  /** Legend text for the span ("all history so far", "window of the last 1,000 samples"). */
  supportLabel: string;
  /** Legend text for the reconstruction. */
  reconstructionLabel: string;
  /** Values are drawn on the fixed range ±clip; anything beyond is clipped and labelled. */
  clip: number;
  /** The largest |value| a drawing may set. */
  limit: number;
  /** Called with the edited signal when a stroke ends or a control point is nudged. */
  onDraw?: (next: Float64Array) => void;
  /** Control points for keyboard editing (0: none). */
  handles?: number;
  /** Nudge per arrow key (PageUp/PageDown: five times as much). */
  nudgeStep?: number;
  /** What the chart shows, for screen readers. */
  label: string;
  emphasis?: "u" | "y" | "window" | null;
  heightPx?: number;
}

const fmt = (v: number) => (Math.abs(v) < 0.005 ? "0.00" : v.toFixed(2));

/**
 * A signal's history with the memory's reconstruction drawn over it. It doubles as a drawing
 * surface: drag with a mouse, pen or finger to paint the signal (committed when the stroke ends),
 * or move along the control points with the keyboard and nudge them up and down.
 */
export function HistoryChart(props: HistoryChartProps) {
  const { signal, t, reconstruction, support, supportLabel, reconstructionLabel } = props;
  const { clip, limit, onDraw, handles = 0, nudgeStep = 0.1, label, emphasis = null } = props;
  const { heightPx = 180 } = props;
  const ref = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx });
  const hintId = useId();
  const L = signal.length;

  const [draft, setDraft] = useState<Float64Array | null>(null);
  const lastPoint = useRef<StrokePoint | null>(null);
  const handleRefs = useRef<(SVGCircleElement | null)[]>([]);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);

  const shown = draft ?? signal;
  const layout = useMemo(
    () => historyLayout(L, widthPx, heightPx, clip),
    [L, widthPx, heightPx, clip],
  );
  const { x, y } = layout;
  const times = useMemo(() => Float64Array.from({ length: L }, (_, i) => i + 1), [L]);
  const past = useMemo(
    () => seriesPath(layout, times, shown, clip, 0, t),
    [layout, times, shown, clip, t],
  );
  const future = useMemo(
    () => seriesPath(layout, times, shown, clip, Math.max(0, t - 1)),
    [layout, times, shown, clip, t],
  );
  const recon = useMemo(
    () =>
      reconstruction
        ? seriesPath(layout, reconstruction.times, reconstruction.values, clip)
        : { d: "", clipped: 0 },
    [layout, reconstruction, clip],
  );
  const points = useMemo(() => controlPointIndices(L, handles), [L, handles]);

  const [x0, x1] = x.range();
  const [yBottom, yTop] = y.range();
  const tPx = x(t);
  const supportFrom = x(Math.max(1, support[0]));
  const supportTo = x(Math.min(L, support[1]));

  const toSample = (e: ReactPointerEvent<SVGRectElement>): StrokePoint => {
    const rect = svgRef.current?.getBoundingClientRect();
    const sx = rect && rect.width > 0 ? widthPx / rect.width : 1;
    const sy = rect && rect.height > 0 ? heightPx / rect.height : 1;
    const px = (e.clientX - (rect?.left ?? 0)) * sx;
    const py = (e.clientY - (rect?.top ?? 0)) * sy;
    return pointerToSample(layout, px, py, L, limit);
  };
  const onPointerDown = (e: ReactPointerEvent<SVGRectElement>) => {
    if (!onDraw || e.button > 0) return;
    e.preventDefault();
    try {
      // Keeps the stroke when the pointer leaves the surface (mouse, pen or finger alike).
      e.currentTarget.setPointerCapture?.(e.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; the stroke still works.
    }
    const p = toSample(e);
    lastPoint.current = p;
    setDraft(paintStroke(signal, null, p, limit));
  };
  const onPointerMove = (e: ReactPointerEvent<SVGRectElement>) => {
    if (!draft || !lastPoint.current) return;
    const p = toSample(e);
    setDraft(paintStroke(draft, lastPoint.current, p, limit));
    lastPoint.current = p;
  };
  const endStroke = () => {
    if (draft && onDraw) onDraw(draft);
    lastPoint.current = null;
    setDraft(null);
  };

  const focusHandle = (j: number) => {
    setActive(j);
    handleRefs.current[j]?.focus();
  };
  const onHandleKey = (j: number) => (e: KeyboardEvent<SVGCircleElement>) => {
    const deltas: Record<string, number> = {
      ArrowUp: nudgeStep,
      ArrowDown: -nudgeStep,
      PageUp: 5 * nudgeStep,
      PageDown: -5 * nudgeStep,
    };
    if (e.key in deltas) {
      e.preventDefault();
      onDraw?.(nudgePoint(signal, points, j, deltas[e.key], limit));
    } else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      e.preventDefault();
      focusHandle(Math.min(points.length - 1, Math.max(0, j + (e.key === "ArrowLeft" ? -1 : 1))));
    } else if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      focusHandle(e.key === "Home" ? 0 : points.length - 1);
    }
  };

  const clippedNote =
    recon.clipped > 0 ? `reconstruction clipped at ±${clip} (${recon.clipped} samples)` : null;

  return (
    <div
      ref={ref}
      className={`chart history-chart${emphasis ? ` emphasis-${emphasis}` : ""}${draft ? " is-drawing" : ""}`}
    >
      <ul className="legend history-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-history" /> true history{" "}
          <span className="swatch swatch-u" /> not read yet
        </li>
        <li>
          <span className="swatch swatch-y" /> {reconstructionLabel}
        </li>
        <li>
          <span className="swatch swatch-support" /> {supportLabel}
        </li>
      </ul>
      <svg
        ref={svgRef}
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
        role="group"
        aria-label={label}
      >
        <rect
          className={`history-support${emphasis === "window" ? " is-highlighted" : ""}`}
          x={supportFrom}
          y={yTop}
          width={Math.max(0, supportTo - supportFrom)}
          height={yBottom - yTop}
        />
        {t < L && (
          <rect
            className="history-future"
            x={tPx}
            y={yTop}
            width={Math.max(0, x1 - tPx)}
            height={yBottom - yTop}
          />
        )}
        <Axis
          scale={x}
          orient="bottom"
          offsetPx={heightPx - HISTORY_MARGIN.bottom}
          label="time (samples)"
          ticks={5}
        />
        <Axis scale={y} orient="left" offsetPx={HISTORY_MARGIN.left} ticks={5} />
        <line className="zero-line" x1={x0} x2={x1} y1={y(0)} y2={y(0)} />
        <path
          d={future.d}
          className={`series concept-u is-dashed history-future-line${emphasis === "u" ? " is-highlighted" : ""}`}
          data-series="future"
        />
        <path
          d={past.d}
          className={`series concept-u history-past${emphasis === "u" ? " is-highlighted" : ""}`}
          data-series="history"
        />
        <path
          d={recon.d}
          className={`series concept-y history-recon${emphasis === "y" ? " is-highlighted" : ""}`}
          data-series="reconstruction"
        />
        <line className="trace-mark" x1={tPx} x2={tPx} y1={yTop} y2={yBottom} />
        <text
          className="history-t"
          x={tPx}
          y={yTop - 6}
          textAnchor={tPx > x1 - 40 ? "end" : "middle"}
        >
          t = {t}
        </text>
        {clippedNote && (
          <text className="history-clip-note" x={x0 + 6} y={yTop + 14}>
            {clippedNote}
          </text>
        )}
        {onDraw && (
          <rect
            className="draw-surface"
            data-testid="draw-surface"
            x={x0}
            y={yTop}
            width={Math.max(0, x1 - x0)}
            height={yBottom - yTop}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endStroke}
            onPointerCancel={endStroke}
            onLostPointerCapture={endStroke}
          />
        )}
        {onDraw && points.length > 0 && (
          <g className="draw-handles" role="group" aria-label="Control points of the signal">
            {points.map((i, j) => {
              const v = shown[i];
              const cx = x(i + 1);
              const cy = y(Math.max(-clip, Math.min(clip, v)));
              return (
                <g key={i}>
                  {focused === j && <circle className="draw-handle-ring" cx={cx} cy={cy} r={9} />}
                  <circle
                    ref={(el) => {
                      handleRefs.current[j] = el;
                    }}
                    className="draw-handle"
                    cx={cx}
                    cy={cy}
                    r={4}
                    role="slider"
                    tabIndex={j === active ? 0 : -1}
                    aria-label={`Point ${j + 1} of ${points.length}, at time ${i + 1}`}
                    aria-valuemin={-limit}
                    aria-valuemax={limit}
                    aria-valuenow={Number(v.toFixed(2))}
                    aria-valuetext={fmt(v)}
                    aria-describedby={hintId}
                    onKeyDown={onHandleKey(j)}
                    onFocus={() => {
                      setActive(j);
                      setFocused(j);
                    }}
                    onBlur={() => setFocused(null)}
                  />
                </g>
              );
            })}
          </g>
        )}
      </svg>
      {onDraw && (
        <p id={hintId} className="control-hint draw-hint">
          Draw on the chart with a mouse, pen or finger, or Tab to the points: ← → choose one, ↑ ↓
          nudge it by {nudgeStep} (Page Up/Down: {5 * nudgeStep}).
        </p>
      )}
    </div>
  );
}
