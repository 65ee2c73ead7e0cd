import { Link } from "../../ui/nav/Link";
import { ResultsTable } from "./ResultsTable";
import { useGoldenRun, type GoldenRunState } from "./useGoldenRun";
import "./verified.css";

function Progress({ state }: { state: GoldenRunState }) {
  const done =
    state.status === "running" ? state.done : state.status === "done" ? state.report.total : 0;
  const total =
    state.status === "running" ? state.total : state.status === "done" ? state.report.total : 0;
  const label =
    state.status === "loading"
      ? "Loading the vectors…"
      : state.status === "running"
        ? `Checking case ${done} of ${total}…`
        : state.status === "done"
          ? `verify: ${state.report.passed}/${state.report.total} cases within tolerance`
          : "";
  return (
    <div className="golden-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label="Cases checked"
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done}
        aria-valuetext={label}
      >
        <div
          className="progress-bar"
          style={{ transform: `scaleX(${total > 0 ? done / total : 0})` }}
        />
      </div>
      <p className="run-status" aria-live="polite" data-testid="golden-status">
        {label}
      </p>
    </div>
  );
}

/** #verified: the public golden vectors, run through our models in the reader's own browser. */
export default function VerifiedPage() {
  const { state, run } = useGoldenRun();
  const isDone = state.status === "done" || state.status === "error";
  const allPass =
    state.status === "done" && state.report.passed === state.report.total && !state.report.error;
  return (
    <article className="page verified" data-ready={isDone ? "true" : "false"}>
      <p className="kicker">How we know the numbers are right</p>
      <h1>Verified</h1>
      <p className="lede">
        Every figure marked “verified” computes its numbers with code that reproduces the original
        Mamba and S4 reference implementations. This page proves it, here and now: it runs the
        public test vectors through the explainer’s own models, in your browser.
      </p>

      <Progress state={state} />
      {state.status === "error" && (
        <div className="figure-error" role="alert">
          <p>
            <strong>The check could not run:</strong> {state.message}
          </p>
          <button type="button" onClick={run}>
            Try again
          </button>
        </div>
      )}
      {(state.status === "running" || state.status === "done") && (
        <>
          {state.status === "done" && (
            <p className={`golden-verdict-line ${allPass ? "pass" : "fail"}`}>
              {allPass
                ? "Every case is within its tolerance."
                : `${state.report.total - state.report.passed} case(s) are outside their tolerance${state.report.error ? `: ${state.report.error}` : ""}.`}{" "}
              <button type="button" onClick={run}>
                Run again
              </button>
            </p>
          )}
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label="Results, one row per case"
          >
            <ResultsTable
              cases={state.cases}
              results={state.status === "running" ? state.results : state.report.results}
            />
          </div>
        </>
      )}

      <h2>Where the vectors come from</h2>
      <p>
        The expected numbers were produced by running the authors’ own reference functions, not our
        re-implementation, on fixed-seed random inputs: Mamba’s <code>selective_scan_ref</code>,{" "}
        <code>selective_state_update_ref</code> and its <code>Mamba</code> block, and S4’s{" "}
        <code>S4DKernel</code> and <code>S4D</code>.
        {state.status === "done" && state.source.length > 0 && (
          <>
            {" "}
            The code was taken at these commits:{" "}
            {state.source.map((s, i) => (
              <span key={s.repo}>
                {i > 0 && "; "}
                <code>{s.repo}</code> at <code>{s.commit.slice(0, 12)}</code>
              </span>
            ))}
            .
          </>
        )}
      </p>
      <p>
        The reference scan and block compute in 32-bit floats, so their outputs carry errors of
        about one part in ten million. For those cases the file also holds a second answer, from the
        same code with every 32-bit cast turned into a 64-bit one; our models compute in 64-bit and
        are compared against that answer. An element passes when its error is at most{" "}
        <em>atol + rtol·|expected|</em>, with the tolerances stored beside each case: the column
        above shows the worst element as a fraction of that bound, so anything below 1 passes.
      </p>

      <h2>Reproduce a case yourself</h2>
      <ol>
        <li>
          Download <a href={`./golden/golden-public.json`}>the vector file</a>. Each case names the
          upstream function (<code>fn</code>), its inputs (<code>args</code>, nested lists in
          row-major order, complex numbers as [re, im] pairs) and the outputs it returned.
        </li>
        <li>
          Load a case’s <code>args</code> into PyTorch tensors, call the function named in its{" "}
          <code>source</code> on the CPU, and compare with <code>expected</code> (or, after changing
          its <code>.float()</code> casts to <code>.double()</code>, with <code>expected_f64</code>
          ).
        </li>
        <li>
          To check this explainer’s side without a browser, run{" "}
          <code>npm run verify -- public/golden/golden-public.json</code> in its repository: one
          line per case, then the same summary as above.
        </li>
      </ol>
      <p>
        <Link to={{ kind: "contents" }}>Back to the contents</Link>
      </p>
    </article>
  );
}
