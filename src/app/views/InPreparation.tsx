import { Link } from "../../ui/nav/Link";

/** A known chapter or page that is not built yet: say so calmly and offer the way back. */
export function InPreparation({
  kicker,
  title,
  summary,
}: {
  kicker: string;
  title: string;
  summary?: string;
}) {
  return (
    <article className="in-preparation" data-view-state="in-preparation">
      <p className="kicker">{kicker}</p>
      <h1>{title}</h1>
      {summary && <p className="lede">{summary}</p>}
      <p className="prep-note">
        <span aria-hidden="true">✎ </span>This part is in preparation. Its live figures are being
        built and checked against the reference code before they appear here.
      </p>
      <p>
        <Link to={{ kind: "contents" }}>Back to the contents</Link>
      </p>
    </article>
  );
}
