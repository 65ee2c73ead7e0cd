import { useMemo, useRef, type KeyboardEvent } from "react";
import { useSize } from "../core/useSize";
import {
  fractionalYear,
  keyboardOrder,
  ARCH_TIMELINE,
  archTimelineLayout,
  type TimelineDate,
  type TimelineEntryInput,
  type TimelineRowInput,
} from "./archTimelineLayout";
import "./archTimeline.css";

/** How a row's markers look: attention squares, SSM circles, other diamonds, hybrids half and half. */
export type TimelineKind = "attn" | "ssm" | "other" | "hybrid";

export interface TimelineRow extends TimelineRowInput {
  kind: TimelineKind;
}

export interface TimelineEntry extends TimelineEntryInput {
  /** The accessible name of the entry ("Mamba, 1 December 2023"). */
  name: string;
}

interface ArchTimelineProps {
  entries: readonly TimelineEntry[];
  rows: readonly TimelineRow[];
  fromYear: number;
  toYear: number;
  selectedId: string;
  /** Entries the current step points at: bold labels, full-strength markers. Empty: all full. */
  highlightedIds: readonly string[];
  /** A span of time shaded behind the rows (the step's era). */
  band?: { from: TimelineDate; to: TimelineDate };
  /** A row to outline (the prose's hovered term). */
  emphasisedRow?: string | null;
  onSelect: (id: string) => void;
  /** Name of the group of entries, for screen readers. */
  label: string;
}

const NEXT_KEYS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

function Marker({ kind, r }: { kind: TimelineKind; r: number }) {
  if (kind === "attn") {
    return <rect className="at-mark at-kind-attn" x={-r} y={-r} width={2 * r} height={2 * r} />;
  }
  if (kind === "other") {
    const d = r * 1.3;
    return <path className="at-mark at-kind-other" d={`M0,${-d}L${d},0L0,${d}L${-d},0Z`} />;
  }
  if (kind === "hybrid") {
    return (
      <g className="at-mark at-kind-hybrid">
        <path className="at-half-attn" d={`M0,${-r}A${r},${r} 0 0 0 0,${r}Z`} />
        <path className="at-half-ssm" d={`M0,${-r}A${r},${r} 0 0 1 0,${r}Z`} />
        <circle className="at-outline" r={r} />
      </g>
    );
  }
  return <circle className="at-mark at-kind-ssm" r={r} />;
}

/**
 * A keyboard-operable timeline: rows of families, one marker per entry, labels that never overlap.
 * It is a radio group: Tab reaches the selected entry, arrows (and Home, End) move the selection
 * through the entries in date order. Props in, SVG out; selection is the parent's state.
 */
export function ArchTimeline(props: ArchTimelineProps) {
  const { entries, rows, fromYear, toYear, selectedId, highlightedIds, band } = props;
  const { emphasisedRow, onSelect, label } = props;
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx: 240 });
  const layout = useMemo(
    () => archTimelineLayout(entries, rows, widthPx, fromYear, toYear),
    [entries, rows, widthPx, fromYear, toYear],
  );
  const order = useMemo(() => keyboardOrder(entries, rows), [entries, rows]);
  const nodes = useRef(new Map<string, SVGGElement>());
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const kindOf = useMemo(() => new Map(rows.map((r) => [r.id, r.kind])), [rows]);
  const highlighted = new Set(highlightedIds);
  const current = byId.has(selectedId) ? selectedId : order[0];
  const r = ARCH_TIMELINE.dotRadius;

  const move = (to: string) => {
    onSelect(to);
    nodes.current.get(to)?.focus();
  };
  const onKeyDown = (id: string) => (e: KeyboardEvent<SVGGElement>) => {
    const i = order.indexOf(id);
    let to: string | undefined;
    if (e.key in NEXT_KEYS)
      to = order[Math.min(order.length - 1, Math.max(0, i + NEXT_KEYS[e.key]))];
    else if (e.key === "Home") to = order[0];
    else if (e.key === "End") to = order[order.length - 1];
    else if (e.key === " " || e.key === "Enter") to = id;
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };

  const bandX =
    band && ([layout.x(fractionalYear(band.from)), layout.x(fractionalYear(band.to))] as const);

  return (
    <div ref={ref} className="chart arch-timeline">
      <svg
        width={widthPx}
        height={layout.heightPx}
        viewBox={`0 0 ${widthPx} ${layout.heightPx}`}
        data-testid="timeline"
      >
        <title>{label}</title>
        {bandX && (
          <rect
            className="at-band"
            data-testid="timeline-band"
            x={bandX[0] - r - 2}
            width={bandX[1] - bandX[0] + 2 * r + 4}
            y={layout.top - 4}
            height={layout.bottom - layout.top + 8}
            rx={6}
          />
        )}
        <g className="at-years" aria-hidden="true">
          {layout.years.map(({ year, x }) => (
            <g key={year}>
              <line className="at-year-line" x1={x} x2={x} y1={layout.top - 4} y2={layout.bottom} />
              <text className="at-year" x={(x + layout.x(year + 1)) / 2} y={layout.top - 8}>
                {widthPx < 420 ? `’${String(year).slice(2)}` : year}
              </text>
            </g>
          ))}
        </g>
        {layout.rows.map((row) => (
          <g
            key={row.id}
            className={`at-row${emphasisedRow === row.id ? " is-emphasised" : ""}`}
            data-row={row.id}
            aria-hidden="true"
          >
            <rect
              className="at-row-frame"
              x={1}
              y={row.y0}
              width={widthPx - 2}
              height={row.y1 - row.y0}
              rx={4}
            />
            <text className="at-row-label" x={ARCH_TIMELINE.margin.left} y={row.labelY}>
              {row.label}
            </text>
          </g>
        ))}
        <g role="radiogroup" aria-label={label}>
          {layout.dots.map((dot) => {
            const entry = byId.get(dot.id)!;
            const isSelected = dot.id === current;
            const isLit = highlighted.size === 0 || highlighted.has(dot.id);
            return (
              <g
                key={dot.id}
                ref={(el) => {
                  if (el) nodes.current.set(dot.id, el);
                  else nodes.current.delete(dot.id);
                }}
                className={`at-entry${isSelected ? " is-selected" : ""}${isLit ? " is-lit" : ""}`}
                transform={`translate(${dot.x},${dot.y})`}
                role="radio"
                aria-checked={isSelected}
                aria-label={entry.name}
                tabIndex={isSelected ? 0 : -1}
                data-entry={dot.id}
                onClick={() => move(dot.id)}
                onKeyDown={onKeyDown(dot.id)}
              >
                <rect
                  className="at-hit"
                  x={dot.lo - dot.x - 3}
                  y={-ARCH_TIMELINE.laneHeight / 2}
                  width={dot.hi - dot.lo + 6}
                  height={ARCH_TIMELINE.laneHeight}
                />
                <circle className="at-focus" r={r + 5} />
                {isSelected && <circle className="at-selected-ring" r={r + 3} />}
                <Marker kind={kindOf.get(dot.row) ?? "ssm"} r={isSelected ? r + 1 : r} />
                <text
                  className="at-label"
                  x={dot.labelX - dot.x}
                  y={4}
                  textAnchor={dot.labelSide === "right" ? "start" : "end"}
                >
                  {entry.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
