import { CHAPTER_ENTRIES, BUILT_CHAPTERS } from "../../chapters/registry";
import { PAGES } from "../../content/chapters";
import { Link } from "../../ui/nav/Link";
import { KernelHero } from "./KernelHero";

/** The landing view: what this is, one live figure, and every chapter with one line each. */
export function ContentsPage() {
  return (
    <article className="contents">
      <header className="contents-intro">
        <p className="kicker">An interactive explainer</p>
        <h1>Selective state space models, from the inside</h1>
        <p className="lede">
          Why does letting the input steer a recurrence change what a model can remember, and what
          does it cost? Fourteen short chapters, each with a live toy model checked against the
          original Mamba and S4 code.
        </p>
      </header>
      <KernelHero />
      <section aria-labelledby="chapters-title">
        <h2 id="chapters-title">Chapters</h2>
        <p className="contents-status">
          {BUILT_CHAPTERS.length} of {CHAPTER_ENTRIES.length} chapters ready; the others are in
          preparation.
        </p>
        <ol className="chapter-list" aria-labelledby="chapters-title">
          {CHAPTER_ENTRIES.map((c) => (
            <li key={c.id} className={c.isBuilt ? "is-built" : "is-preparing"}>
              <Link to={{ kind: "chapter", id: c.id }}>
                <span className="chapter-number">{c.number}</span>
                <span className="chapter-title">{c.title}</span>
              </Link>
              <span className="chapter-summary">
                {c.summary}
                {!c.isBuilt && <span className="chapter-flag"> (in preparation)</span>}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="more-title">
        <h2 id="more-title">More</h2>
        <ul className="page-list">
          {PAGES.map((p) => (
            <li key={p.id}>
              <Link to={{ kind: "page", id: p.id }}>{p.title}</Link>
              {p.summary && <span className="chapter-summary"> {p.summary}</span>}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
