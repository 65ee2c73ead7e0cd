import { FACT_CHECKS } from "../../content/factChecks";
import { Cite } from "./Cite";

const VERDICT_LABEL = { incorrect: "Correction", imprecise: "Nuance" } as const;

/** A gentle, cited correction of something the episode said (one registry entry). */
export function FactCheck({ id }: { id: string }) {
  const fc = FACT_CHECKS.find((f) => f.id === id);
  if (!fc) return null;
  return (
    <aside
      className={`fact-check fact-check-${fc.verdict}`}
      aria-label={`Fact check: ${VERDICT_LABEL[fc.verdict]}`}
      data-fact-check={fc.id}
    >
      <p className="fact-check-kind">
        <span aria-hidden="true">{fc.verdict === "incorrect" ? "✗" : "≈"} </span>
        Fact check · {VERDICT_LABEL[fc.verdict]}
      </p>
      <p className="fact-check-claim">
        <span className="fact-check-label">In the episode (paraphrased):</span> {fc.claim}
      </p>
      <p className="fact-check-evidence">
        <span className="fact-check-label">The evidence:</span> {fc.evidence}{" "}
        {fc.cite.map((c, i) => (
          <span key={`${c.source}-${c.where ?? ""}`}>
            {i > 0 && " "}
            <Cite id={c.source} where={c.where} />
          </span>
        ))}
      </p>
    </aside>
  );
}
