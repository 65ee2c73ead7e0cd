import { CHAPTER_ENTRIES } from "../../chapters/registry";
import type { ChapterId } from "../../content/chapters";
import { Link } from "../../ui/nav/Link";

/** Previous and next chapter at the end of every chapter view. */
export function ChapterNav({ id }: { id: ChapterId }) {
  const i = CHAPTER_ENTRIES.findIndex((c) => c.id === id);
  const prev = CHAPTER_ENTRIES[i - 1];
  const next = CHAPTER_ENTRIES[i + 1];
  return (
    <nav className="chapter-nav" aria-label="Chapters">
      {prev ? (
        <Link to={{ kind: "chapter", id: prev.id }} rel="prev" className="chapter-nav-prev">
          <span className="chapter-nav-dir">← Previous</span>
          <span>
            {prev.number}. {prev.title}
          </span>
        </Link>
      ) : (
        <Link to={{ kind: "contents" }} className="chapter-nav-prev">
          <span className="chapter-nav-dir">← Contents</span>
        </Link>
      )}
      {next ? (
        <Link to={{ kind: "chapter", id: next.id }} rel="next" className="chapter-nav-next">
          <span className="chapter-nav-dir">Next →</span>
          <span>
            {next.number}. {next.title}
          </span>
        </Link>
      ) : (
        <Link to={{ kind: "contents" }} className="chapter-nav-next">
          <span className="chapter-nav-dir">Contents →</span>
        </Link>
      )}
    </nav>
  );
}
