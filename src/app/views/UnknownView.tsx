import { Link } from "../../ui/nav/Link";

/** A hash that names no view: never a blank page. */
export function UnknownView({ raw }: { raw: string }) {
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  return (
    <article className="in-preparation" data-view-state="unknown">
      <p className="kicker">Not found</p>
      <h1>There is no page here</h1>
      <p>
        The link asked for <code>{shown}</code>, which is not a chapter or page of this explainer.
      </p>
      <p>
        <Link to={{ kind: "contents" }}>Go to the contents</Link>
      </p>
    </article>
  );
}
