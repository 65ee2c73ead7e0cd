import { useState } from "react";
import { FORECASTS, FORECAST_STATUSES, type ForecastStatus } from "../../content/forecasts";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { Select } from "../../ui/controls/Select";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { fields } from "./fields";
import { figureStateFor } from "./steps";
import "./ledger.css";

export const VIEW_ID = "transformer-era";

const STATUS_LABEL: Record<ForecastStatus, string> = {
  happened: "Happened",
  partly: "Partly",
  open: "Open",
};
const STATUS_ICON: Record<ForecastStatus, string> = { happened: "✓", partly: "◐", open: "○" };

/** How many forecasts have each status, among those shown. */
export function countByStatus(statuses: readonly ForecastStatus[]): Record<ForecastStatus, number> {
  const out: Record<ForecastStatus, number> = { happened: 0, partly: 0, open: 0 };
  for (const s of statuses) out[s]++;
  return out;
}

/** The forecast ledger: one card per forecast, its status, and its evidence behind a flip. */
export function LedgerFigure() {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const { emphasis } = figureStateFor(stepId);
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const shown = FORECASTS.filter((f) => params.status === "all" || f.status === params.status);
  const counts = countByStatus(shown.map((f) => f.status));
  const toggle = (id: string) =>
    setFlipped((cur) => {
      const next = new Set(cur);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const summary =
    `Showing ${shown.length} of ${FORECASTS.length} forecasts: ${counts.happened} happened, ` +
    `${counts.partly} partly, ${counts.open} open.` +
    (emphasis ? ` The ${STATUS_LABEL[emphasis].toLowerCase()} ones are marked.` : "");

  return (
    <FigureFrame
      id="transformer-era/ledger"
      title="The forecast ledger"
      summary={summary}
      discretisation="not applicable: a ledger of published evidence"
      caption={
        <>
          Each card is a forecast from the episode, in paraphrase, with its status judged only from
          published evidence. Open a card to read the evidence and its sources.
        </>
      }
      data={() => ({
        filter: params.status,
        forecasts: shown.map((f) => ({ ...f, isOpen: flipped.has(f.id) })),
        counts,
      })}
      badge={<TestedBadge against="the fact sheet's evidence" href="#references" />}
      onReset={() => setParams({ status: fields.status.def })}
      controls={
        <>
          <Select
            label="Show"
            value={params.status}
            options={[
              { value: "all", label: "All forecasts" },
              ...FORECAST_STATUSES.map((s) => ({ value: s, label: `${STATUS_LABEL[s]} only` })),
            ]}
            onChange={(v) => setParams({ status: v })}
          />
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </>
      }
    >
      <ul className="ledger" data-emphasis={emphasis ?? "none"}>
        {shown.map((f) => {
          const isOpen = flipped.has(f.id);
          const evidenceId = `evidence-${f.id}`;
          return (
            <li
              key={f.id}
              className={`ledger-card status-${f.status}${emphasis === f.status ? " is-emphasised" : ""}`}
              data-forecast={f.id}
              data-status={f.status}
            >
              <p className="ledger-status">
                <span aria-hidden="true">{STATUS_ICON[f.status]} </span>
                {STATUS_LABEL[f.status]}
              </p>
              <p className="ledger-forecast">{f.forecast}</p>
              <button
                type="button"
                aria-expanded={isOpen}
                aria-controls={evidenceId}
                onClick={() => toggle(f.id)}
              >
                {isOpen ? "Hide the evidence" : "Show the evidence"}
              </button>
              <div id={evidenceId} className="ledger-evidence" hidden={!isOpen}>
                <p>
                  {f.evidence}{" "}
                  {f.cite.map((c) => (
                    <Cite key={`${c.source}-${c.where ?? ""}`} id={c.source} where={c.where} />
                  ))}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </FigureFrame>
  );
}
