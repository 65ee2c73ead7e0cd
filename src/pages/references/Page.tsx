import { useMemo } from "react";
import { CHAPTER_ENTRIES } from "../../chapters/registry";
import { PAGES } from "../../content/chapters";
import { SOURCE_IDS, SOURCES } from "../../content/sources";
import { Link } from "../../ui/nav/Link";
import { citationIndex, type CitationPlace } from "./citations";

function placeLabel(p: CitationPlace): string {
  if (p.kind === "page") return PAGES.find((x) => x.id === p.viewId)?.title ?? p.viewId;
  const c = CHAPTER_ENTRIES.find((x) => x.id === p.viewId);
  const name = c ? `Chapter ${c.number}, ${c.title}` : p.viewId;
  return p.kind === "fact-check" ? `${name} (fact check)` : name;
}

function PlaceLink({ place }: { place: CitationPlace }) {
  const label = placeLabel(place);
  if (place.kind === "page")
    return (
      <Link to={{ kind: "page", id: place.viewId as (typeof PAGES)[number]["id"] }}>{label}</Link>
    );
  const c = CHAPTER_ENTRIES.find((x) => x.id === place.viewId);
  if (!c?.isBuilt) return <span>{label}, in preparation</span>;
  const stepId = place.factCheckId ? `fact-${place.factCheckId}` : undefined;
  return <Link to={{ kind: "chapter", id: c.id, stepId }}>{label}</Link>;
}

/** #references: every source of the registry, with where the explainer cites it. */
export default function ReferencesPage() {
  const index = useMemo(() => citationIndex(), []);
  const ids = [...SOURCE_IDS].sort((a, b) => SOURCES[a].short.localeCompare(SOURCES[b].short));
  return (
    <article className="page references">
      <p className="kicker">Sources</p>
      <h1>References</h1>
      <p className="lede">
        Every number the explainer cites comes from one of these {ids.length} sources. Web addresses
        are shown as text; the explainer itself never contacts them.
      </p>
      <ol className="reference-list">
        {ids.map((id) => {
          const s = SOURCES[id];
          const places = index.get(id) ?? [];
          return (
            <li key={id} id={`ref-${id}`} data-source={id}>
              <p className="reference-main">
                <strong>{s.short}.</strong> {s.title}. {s.authors}, {s.year}
                {s.venue ? `, ${s.venue}` : ""}.
                {s.url && <code className="reference-url"> {s.url}</code>}
              </p>
              <p className="reference-places">
                {places.length === 0 ? (
                  "Not cited in a built chapter yet."
                ) : (
                  <>
                    Cited in:{" "}
                    {places.map((p, i) => (
                      <span key={`${p.kind}-${p.viewId}-${p.factCheckId ?? ""}`}>
                        {i > 0 && "; "}
                        <PlaceLink place={p} />
                      </span>
                    ))}
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      <p>
        <Link to={{ kind: "page", id: "fact-checks" }}>All fact checks</Link> ·{" "}
        <Link to={{ kind: "contents" }}>Back to the contents</Link>
      </p>
    </article>
  );
}
