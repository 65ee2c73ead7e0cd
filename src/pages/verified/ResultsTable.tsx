import type { GoldenCaseResult } from "../../models";
import type { CaseInfo } from "./useGoldenRun";

const FN_LABEL: Record<string, string> = {
  selective_scan_ref: "selective scan",
  selective_state_update_ref: "one decoding step",
  "selective_state_update_ref (looped over t)": "decoding steps, looped",
  S4D: "S4D kernel and convolution",
  "Mamba.forward": "Mamba block, forward",
  "Mamba.step (looped over t)": "Mamba block, step by step",
  "Mamba.__init__": "Mamba initialisation",
};

function fraction(r: GoldenCaseResult): string {
  if (!Number.isFinite(r.worstFraction)) return "did not run";
  if (r.worstFraction === 0) return "exact";
  return `${r.worstFraction.toExponential(1)} of tolerance`;
}

/** Position of a fraction on a log axis from 1e-12 (left) to 1 = the tolerance (right). */
function barWidthPercent(f: number): number {
  if (!Number.isFinite(f)) return 100;
  if (f <= 1e-12) return 0;
  return Math.min(100, Math.max(0, ((Math.log10(f) + 12) / 12) * 100));
}

/** One row per case: what it exercises, its worst error against its tolerance, pass or fail. */
export function ResultsTable({
  cases,
  results,
}: {
  cases: CaseInfo[];
  results: GoldenCaseResult[];
}) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">
        Every public golden case, its worst error and its verdict
      </caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">What it exercises</th>
          <th scope="col">Worst error</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c, i) => {
          const r = results[i];
          return (
            <tr
              key={c.name || i}
              data-case={c.name}
              data-result={r ? (r.pass ? "pass" : "fail") : "pending"}
            >
              <th scope="row">
                <code>{c.name}</code>
                <span className="golden-fn">{FN_LABEL[c.fn] ?? c.fn}</span>
              </th>
              <td>
                {c.description}
                {c.tags.length > 0 && (
                  <span className="golden-tags"> Tags: {c.tags.join(", ")}.</span>
                )}
              </td>
              <td className="golden-error">
                {r ? (
                  <>
                    <span>{fraction(r)}</span>
                    <span className="golden-bar" aria-hidden="true">
                      <span style={{ width: `${barWidthPercent(r.worstFraction)}%` }} />
                    </span>
                    {r.precision && (
                      <span className="golden-precision">
                        vs {r.precision === "f64" ? "float64" : "float32"} output
                      </span>
                    )}
                  </>
                ) : (
                  "…"
                )}
              </td>
              <td className="golden-verdict">
                {r ? (
                  r.pass ? (
                    <span className="pass">✓ pass</span>
                  ) : (
                    <span className="fail">✗ fail{r.error ? `: ${r.error}` : ""}</span>
                  )
                ) : (
                  "waiting"
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
