import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Axis } from "../core/Axis";
import { useSize } from "../core/useSize";
import {
  PANEL_TICKS,
  PANEL_TITLE_PX,
  TWO_FACES_MARGIN,
  twoFacesLayout,
  type PanelKey,
  type TwoFacesInput,
} from "./twoFacesLayout";
import "./twofaces.css";

interface TwoFacesChartProps extends TwoFacesInput {
  /** What the chart shows, for screen readers. */
  label: string;
  /** One short title per panel, saying how its marks are told apart. */
  titles: Record<PanelKey, string>;
  /** The panel to frame and emphasise (a prose step or a hovered term). */
  emphasis?: PanelKey | null;
  /** True when no single kernel exists: the kernel panel greys out and shows `kernelNote`. */
  isKernelUnavailable?: boolean;
  kernelNote?: ReactNode;
  /** Text beside the highlighted product, e.g. "K₇·u₂₈ = −0.05". */
  termLabel?: string;
}

const PANELS: readonly PanelKey[] = ["state", "input", "kernel", "output"];

/**
 * One model, two faces: the recurrence's state on top, the kernel sliding over the input below,
 * and both outputs on one axis at the bottom. Props in, SVG out; the layout is
 * `twoFacesLayout`. The reader should see the two outputs coincide while the model is
 * time-invariant, and the kernel panel grey out when it is not.
 */
export function TwoFacesChart(props: TwoFacesChartProps) {
  const { label, titles, emphasis = null, isKernelUnavailable = false, kernelNote } = props;
  const { termLabel } = props;
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx: 0 });
  const { u, states, N, yRec, yConv, kernel, terms, largestTerm, t, isConvAllAtOnce } = props;
  // The note of a greyed-out kernel panel gets a band of its own, as tall as the note is once laid
  // out at this width (a guess until then), so it never hides the kernel.
  const noteRef = useRef<HTMLDivElement>(null);
  const [noteHeightPx, setNoteHeightPx] = useState(0);
  const hasNote = isKernelUnavailable && kernelNote !== undefined;
  useLayoutEffect(() => {
    const h = noteRef.current?.offsetHeight ?? 0;
    setNoteHeightPx((prev) => (prev === h ? prev : h));
  }, [hasNote, widthPx]);
  const kernelNotePx = hasNote ? Math.max(noteHeightPx, widthPx < 440 ? 64 : 40) + 8 : 0;
  const lay = useMemo(
    () =>
      twoFacesLayout(
        { u, states, N, yRec, yConv, kernel, terms, largestTerm, t, isConvAllAtOnce, kernelNotePx },
        widthPx,
      ),
    [
      u,
      states,
      N,
      yRec,
      yConv,
      kernel,
      terms,
      largestTerm,
      t,
      isConvAllAtOnce,
      kernelNotePx,
      widthPx,
    ],
  );
  const { x, panels } = lay;
  const [x0, x1] = x.range();
  const first = panels.state;
  const last = panels.output;
  const largest = lay.termBars.find((b) => b.isLargest);
  const largestStem = largest && lay.inputStems.find((s) => s.t === largest.t);
  const nearRight = largest !== undefined && largest.x > (x0 + x1) / 2;

  return (
    <div
      ref={ref}
      className={`chart two-faces${isKernelUnavailable ? " is-kernel-unavailable" : ""}`}
      data-emphasis={emphasis ?? "none"}
    >
      <svg
        width={lay.widthPx}
        height={lay.heightPx}
        viewBox={`0 0 ${lay.widthPx} ${lay.heightPx}`}
        role="img"
        aria-label={label}
      >
        {PANELS.map((key) => {
          const p = panels[key];
          const bandPx = key === "kernel" ? kernelNotePx : 0;
          return (
            <g key={key} className={`tf-panel tf-panel-${key}`} data-panel={key}>
              {key === "kernel" && isKernelUnavailable && (
                <rect
                  className="tf-unavailable"
                  x={x0}
                  y={p.top - bandPx}
                  width={Math.max(0, x1 - x0)}
                  height={p.height + bandPx}
                />
              )}
              <text className="tf-title" x={4} y={p.top - bandPx - 9}>
                {titles[key]}
              </text>
              <Axis
                scale={p.y}
                orient="left"
                offsetPx={TWO_FACES_MARGIN.left}
                ticks={PANEL_TICKS[key]}
              />
              <line className="zero-line" x1={x0} x2={x1} y1={p.y(0)} y2={p.y(0)} />
              {emphasis === key && (
                <rect
                  className="tf-emphasis"
                  x={2}
                  y={p.top - bandPx - PANEL_TITLE_PX + 1}
                  width={Math.max(0, lay.widthPx - 4)}
                  height={p.height + bandPx + PANEL_TITLE_PX + 6}
                  rx={4}
                />
              )}
            </g>
          );
        })}

        <rect
          className="tf-window"
          x={lay.window.x0}
          y={panels.input.top}
          width={Math.max(0, lay.window.x1 - lay.window.x0)}
          height={panels.input.height}
        />
        {lay.inputStems.map((s) => (
          <g key={s.t} className="tf-stem concept-u">
            <line x1={s.x} x2={s.x} y1={s.y0} y2={s.y1} />
            <circle cx={s.x} cy={s.y1} r={2.5} />
          </g>
        ))}
        {largestStem && (
          <circle
            className="tf-ring"
            cx={largestStem.x}
            cy={largestStem.y1}
            r={6}
            data-testid="paired-input"
          />
        )}

        {lay.statePaths.map((d, n) => (
          <path
            key={n}
            d={d}
            className={`series concept-h${n > 0 ? " is-dashed-state" : ""}`}
            data-series={`h${n + 1}`}
          />
        ))}
        {lay.stateDots.map((p, n) => (
          <circle
            key={n}
            className={`tf-dot concept-h${n > 0 ? " is-hollow" : ""}`}
            cx={p.cx}
            cy={p.cy}
            r={5}
            data-testid="state-dot"
          />
        ))}

        <path className="tf-kernel" d={lay.kernelPath} data-series="kernel" />
        {lay.termBars.map((b) => (
          <line
            key={b.j}
            className={`tf-term${b.isLargest ? " is-largest" : ""}`}
            x1={b.x}
            x2={b.x}
            y1={b.y0}
            y2={b.y1}
            data-lag={b.j}
          />
        ))}
        {largest && termLabel && (
          <text
            className="tf-term-label"
            x={nearRight ? largest.x - 8 : largest.x + 8}
            y={Math.min(
              Math.max(largest.y1, panels.kernel.top + 10),
              panels.kernel.top + panels.kernel.height - 4,
            )}
            textAnchor={nearRight ? "end" : "start"}
          >
            {termLabel}
          </text>
        )}

        <path
          className={`tf-out-rec${yConv ? "" : " is-alone"}`}
          d={lay.outRecPath}
          data-series="y-recurrence"
        />
        {yConv && <path className="tf-out-conv" d={lay.outConvPath} data-series="y-convolution" />}
        {lay.outConvDots.map((p, i) => (
          <circle key={i} className="tf-out-dot" cx={p.cx} cy={p.cy} r={2.2} />
        ))}

        <line
          className="trace-mark"
          x1={lay.markX}
          x2={lay.markX}
          y1={first.top}
          y2={last.top + last.height}
        />
        <Axis
          scale={x}
          orient="bottom"
          offsetPx={last.top + last.height}
          label="step t"
          ticks={6}
        />
      </svg>
      {hasNote && (
        <div
          ref={noteRef}
          className="tf-kernel-note"
          style={{
            top: lay.kernelNoteTop + 2,
            left: x0 + 4,
            right: TWO_FACES_MARGIN.right + 4,
          }}
          data-testid="no-kernel-note"
        >
          {kernelNote}
        </div>
      )}
    </div>
  );
}
