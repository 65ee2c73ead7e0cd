import { useState } from "react";
import { CHAPTER_ENTRIES } from "../../chapters/registry";
import {
  FACT_CHECKS,
  factChecksFor,
  type FactCheck as FactCheckEntry,
} from "../../content/factChecks";
import { Select } from "../../ui/controls/Select";
import { Link } from "../../ui/nav/Link";
import { FactCheck } from "../../ui/text/FactCheck";

type Filter = "all" | FactCheckEntry["verdict"];

const FILTERS: { value: Filter; label: string }[] = [
  { value: "all", label: "All fact checks" },
  { value: "incorrect", label: "Corrections only" },
  { value: "imprecise", label: "Nuances only" },
];

/** #fact-checks: every entry of the registry, grouped by the chapter that shows it. */
export default function FactChecksPage() {
  const [filter, setFilter] = useState<Filter>("all");
  const keep = (f: FactCheckEntry) => filter === "all" || f.verdict === filter;
  const corrections = FACT_CHECKS.filter((f) => f.verdict === "incorrect").length;
  return (
    <article className="page fact-checks">
      <p className="kicker">Where the episode was loose</p>
      <h1>Fact checks</h1>
      <p className="lede">
        The explainer follows a podcast episode, and a spoken argument is sometimes loose. Each
        place where the evidence says otherwise, or says more, is checked gently and with sources:{" "}
        {FACT_CHECKS.length} in all, {corrections} of them corrections and the rest nuances. Each
        one is also shown in its chapter, at the point where it matters.
      </p>
      <Select label="Show" value={filter} options={FILTERS} onChange={setFilter} />
      {CHAPTER_ENTRIES.map((c) => {
        const checks = factChecksFor(c.id).filter(keep);
        if (checks.length === 0) return null;
        return (
          <section key={c.id} aria-labelledby={`fc-${c.id}`} className="fact-check-group">
            <h2 id={`fc-${c.id}`}>
              {c.number}. {c.title}
            </h2>
            {checks.map((f) => (
              <div key={f.id} className="fact-check-entry" data-entry={f.id}>
                <FactCheck id={f.id} />
                <p className="fact-check-place">
                  {c.isBuilt ? (
                    <Link to={{ kind: "chapter", id: c.id, stepId: `fact-${f.id}` }}>
                      See it in chapter {c.number}
                    </Link>
                  ) : (
                    <>Chapter {c.number} is in preparation; this check will appear there.</>
                  )}
                </p>
              </div>
            ))}
          </section>
        );
      })}
      <p>
        <Link to={{ kind: "page", id: "references" }}>All references</Link> ·{" "}
        <Link to={{ kind: "contents" }}>Back to the contents</Link>
      </p>
    </article>
  );
}
