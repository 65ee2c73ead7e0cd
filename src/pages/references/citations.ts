import { FACT_CHECKS } from "../../content/factChecks";
import { SOURCE_IDS, type SourceId } from "../../content/sources";

/* Where each source is cited: in the fact-check registry, and in the prose of every chapter and
   page, read from their source text at build time (so the list can never drift from the pages). */

const PROSE = import.meta.glob<string>(["../../chapters/*/*.tsx", "../*/*.tsx"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const CITE = /<Cite\s+id="([a-z0-9-]+)"/g;

export interface CitationPlace {
  kind: "chapter" | "page" | "fact-check";
  /** Chapter or page id. */
  viewId: string;
  /** The fact check's id, for kind "fact-check". */
  factCheckId?: string;
}

/** Chapter folder `./NN-id/…` or page folder `../id/…` → view id. */
function viewOf(path: string): { kind: "chapter" | "page"; viewId: string } | null {
  const ch = /chapters\/\d\d-([a-z0-9-]+)\//.exec(path);
  if (ch) return { kind: "chapter", viewId: ch[1] };
  const pg = /^\.\.\/([a-z0-9-]+)\//.exec(path);
  return pg ? { kind: "page", viewId: pg[1] } : null;
}

/** Every `<Cite id>` in the given source texts, by id, with the view it appears in. */
export function citesInProse(files: Record<string, string>): Map<string, CitationPlace[]> {
  const out = new Map<string, CitationPlace[]>();
  for (const [path, text] of Object.entries(files)) {
    const view = viewOf(path);
    if (!view) continue;
    for (const m of text.matchAll(CITE)) {
      const list = out.get(m[1]) ?? [];
      if (!list.some((p) => p.kind === view.kind && p.viewId === view.viewId)) list.push(view);
      out.set(m[1], list);
    }
  }
  return out;
}

export function citationIndex(
  files: Record<string, string> = PROSE,
): Map<SourceId, CitationPlace[]> {
  const prose = citesInProse(files);
  const index = new Map<SourceId, CitationPlace[]>();
  for (const id of SOURCE_IDS) index.set(id, [...(prose.get(id) ?? [])]);
  for (const f of FACT_CHECKS) {
    for (const c of f.cite) {
      for (const chapter of f.chapters) {
        index.get(c.source)?.push({ kind: "fact-check", viewId: chapter, factCheckId: f.id });
      }
    }
  }
  return index;
}

/** Ids cited in prose that the registry does not know (a test keeps this empty). */
export function unknownCitations(files: Record<string, string> = PROSE): string[] {
  const known = new Set<string>(SOURCE_IDS);
  return [...citesInProse(files).keys()].filter((id) => !known.has(id));
}
