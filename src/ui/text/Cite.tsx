import { SOURCES, type SourceId } from "../../content/sources";

/** An inline citation from the registry: "(Gu & Dao 2023, §3.3)", linking to the references page. */
export function Cite({ id, where }: { id: SourceId; where?: string }) {
  const src = SOURCES[id];
  const label = `${src.short}${where ? `, ${where}` : ""}`;
  return (
    <a className="cite" href="#references" title={`${src.title} (${src.authors}, ${src.year})`}>
      ({label})
    </a>
  );
}
