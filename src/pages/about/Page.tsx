import { Link } from "../../ui/nav/Link";
import { Cite } from "../../ui/text/Cite";

const MODEL_TESTS: { what: string; against: string; where: string }[] = [
  {
    what: "Selective scan, one decoding step, Mamba block (forward and step by step), initialisation",
    against:
      "the public golden vectors from the authors' reference code, within each case's tolerance",
    where: "test/models/golden, test/models/ssm, test/models/mamba",
  },
  {
    what: "S4D kernel and convolution; LTI recurrence, kernel and (FFT) convolution",
    against:
      "the S4D golden cases; the recurrence against direct and FFT convolution; ZOH against bilinear at the O(Δ³) rate",
    where: "test/models/ssm",
  },
  {
    what: "Parallel (Blelloch) scan",
    against:
      "the sequential scan for every length from 1 to 1,024, and the operation counts in closed form",
    where: "test/models/scan",
  },
  {
    what: "HiPPO (LegS, LegT)",
    against:
      "matrices built from their defining integrals, and the reconstruction errors of a float64 reference run",
    where: "test/models/hippo",
  },
  {
    what: "Typed text, attention, cost and IO models",
    against:
      "hand-computed vectors, rows summing to one, decode equal to prefill, and the derived numbers of the fact sheet",
    where: "test/models/text, test/models/attention, test/models/cost",
  },
  {
    what: "Synthetic tasks and hand-built mechanisms",
    against:
      "accuracies of a float64 reference run of the same designs, on held-out sequences with stated seeds",
    where: "test/models/tasks, test/models/mechanisms",
  },
];

/** #about: what this is, how its numbers are checked, how it was built, and its licence. */
export default function AboutPage() {
  return (
    <article className="page about">
      <p className="kicker">About</p>
      <h1>About</h1>
      <p className="lede">
        An interactive explanation of selective state space models (Mamba): why letting the input
        steer a recurrence changes what a model can remember, and what that costs. It follows the
        argument of a podcast episode on Mamba, chapter by chapter, and corrects it gently where
        later evidence disagrees.
      </p>

      <h2>How the numbers are checked</h2>
      <p>
        Every live figure is computed by small models written in plain TypeScript, which run the
        same in a test, a worker and this page. The central ones reproduce the original reference
        implementations: Mamba’s <code>selective_scan_ref</code>,{" "}
        <code>selective_state_update_ref</code> and <code>Mamba</code> block{" "}
        <Cite id="mamba-code" />, and S4’s <code>S4D</code> <Cite id="s4-code" />. Test vectors were
        produced by running that code on fixed-seed inputs; the{" "}
        <Link to={{ kind: "page", id: "verified" }}>Verified page</Link> runs all of them in your
        browser and explains how to reproduce a case. A figure carries the “verified” badge only
        when its numbers come from one of those functions; every other figure says what it is tested
        against.
      </p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="What each model is tested against"
      >
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Tested against</th>
              <th scope="col">Tests</th>
            </tr>
          </thead>
          <tbody>
            {MODEL_TESTS.map((m) => (
              <tr key={m.what}>
                <th scope="row">{m.what}</th>
                <td>{m.against}</td>
                <td>
                  <code>{m.where}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Tests are written so they can fail: expected values come from the golden vectors, from
        closed forms, or from independent slow implementations, never from the code’s own output.
        Every page is also opened in a real browser by the test suite, operated with the keyboard,
        and checked for accessibility problems and console errors.
      </p>

      <h2>How it was built</h2>
      <p>
        TypeScript, React and Vite; D3 computes scales and shapes while React draws them; KaTeX
        typesets the formulas; Zustand holds the state, and the address bar holds every setting, so
        a link reproduces exactly what its sender saw. Heavy work runs in Web Workers. The page
        loads nothing from other sites and works offline once loaded. The{" "}
        <Link to={{ kind: "page", id: "benchmark" }}>Benchmark page</Link> times the models on your
        own device.
      </p>

      <h2>Licence</h2>
      <p>
        The explainer’s code is released under the MIT licence. The test vectors are numbers
        produced by running the authors’ Apache-2.0 reference code; none of that code is included
        here. Facts and figures are cited to their sources on the{" "}
        <Link to={{ kind: "page", id: "references" }}>References page</Link>; where the episode is
        paraphrased, it is marked as paraphrase.
      </p>
      <p>
        <Link to={{ kind: "contents" }}>Back to the contents</Link>
      </p>
    </article>
  );
}
