import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { ArchTimeline } from "../../viz/archtimeline/ArchTimeline";
import { fields } from "./fields";
import type { TimelineFocus } from "./steps";
import { ENTRIES, TIMELINE_ROWS, entryById, formatDate } from "./timeline";
import "./beyond-transformers.css";

export const VIEW_ID = "beyond-transformers";

const TIMELINE_ENTRIES = ENTRIES.map((e) => ({
  id: e.id,
  label: e.label,
  date: e.date,
  row: e.row,
  name: `${e.name}, ${formatDate(e.date)}`,
}));

const FAMILY: Record<string, string> = {
  attn: "attention",
  ssm: "state space model",
  other: "convolution or retention",
  hybrid: "hybrid",
};

/** The architecture timeline, 2017–2024: one card per entry, each with its source. */
export function TimelineFigure({ focus }: { focus: TimelineFocus }) {
  const { params, setParams } = useViewParams(VIEW_ID, fields);
  const highlight = useApp((s) => s.highlight);
  const selectedId = params.entry === "auto" ? focus.entry : params.entry;
  const entry = entryById(selectedId) ?? ENTRIES[0];
  const highlighted = focus.highlighted.map((id) => entryById(id)?.name ?? id);
  const emphasisedRow = highlight === "attn" ? "attn" : highlight === "h" ? "ssm" : null;

  const summary =
    `Timeline of ${ENTRIES.length} architectures from ${formatDate(ENTRIES[0].date)} to ` +
    `${formatDate(ENTRIES[ENTRIES.length - 1].date)}, in four rows: attention, state space models, ` +
    `convolution and retention, hybrids. This step marks ${highlighted.join(", ")}. ` +
    `Selected: ${entry.name} (${FAMILY[entry.row]}), ${formatDate(entry.date)}: ${entry.fact}`;

  const exportData = () => ({
    figure: "beyond-transformers/timeline",
    selected: entry.id,
    highlighted: focus.highlighted,
    entries: ENTRIES.map((e) => ({
      id: e.id,
      name: e.name,
      date: e.date,
      arxiv: e.arxiv ?? null,
      family: e.row,
      fact: e.fact,
      sources: e.cites,
    })),
  });

  return (
    <FigureFrame
      id="beyond-transformers/timeline"
      title="Architectures, 2017–2024"
      summary={summary}
      discretisation="not applicable: dates and published facts, nothing computed"
      caption={
        <>
          Each marker is one architecture, placed at its date and in its family’s row: squares for
          attention, filled circles for state space models, diamonds for convolution and retention,
          half-and-half circles for hybrids. The shaded span and the bold labels are what the
          current step is about. Tab to the timeline, then use the arrow keys (or click) to open an
          entry’s card.
        </>
      }
      sources={
        <>
          {entry.cites.map((c) => (
            <Cite key={`${c.source}-${c.where ?? ""}`} id={c.source} where={c.where} />
          ))}{" "}
          for the selected card; every card names its own.
        </>
      }
      data={exportData}
      badge={<TestedBadge against="the arXiv ids' months" />}
      onReset={() => setParams({ entry: "auto" })}
    >
      <div className="bt-timeline" data-figure-kind="timeline" data-selected={entry.id}>
        <ArchTimeline
          entries={TIMELINE_ENTRIES}
          rows={TIMELINE_ROWS}
          fromYear={2017}
          toYear={2024}
          selectedId={entry.id}
          highlightedIds={focus.highlighted}
          band={focus.band}
          emphasisedRow={emphasisedRow}
          onSelect={(id) => setParams({ entry: id as typeof params.entry })}
          label="Architectures by date: use the arrow keys to move between them"
        />
        <div className="bt-card" aria-live="polite" data-testid="timeline-card">
          <p className="bt-card-head">
            <strong>{entry.name}</strong>{" "}
            <span className="bt-card-date">
              {formatDate(entry.date)}
              {entry.arxiv ? ` · arXiv ${entry.arxiv}` : ""}
              {entry.dateNote ? ` (${entry.dateNote})` : ""}
            </span>
          </p>
          <p className="bt-card-fact">
            {entry.fact}{" "}
            {entry.cites.map((c) => (
              <Cite key={`${c.source}-${c.where ?? ""}`} id={c.source} where={c.where} />
            ))}
          </p>
        </div>
      </div>
    </FigureFrame>
  );
}
