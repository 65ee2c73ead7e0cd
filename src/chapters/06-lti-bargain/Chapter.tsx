import { positionKernelSpread, tokenDependentDt, zohRecurrence } from "../../models";
import { useViewParams } from "../../state/useViewParams";
import { PredictThenSee } from "../../ui/controls/PredictThenSee";
import { Scrolly, Step } from "../../ui/scrolly/Scrolly";
import { Cite } from "../../ui/text/Cite";
import { Tex } from "../../ui/text/Tex";
import { Term } from "../../ui/text/Term";
import { fields } from "./fields";
import { TwoFacesFigure, VIEW_ID } from "./Figure";
import { fmt } from "./format";
import { STEP_IDS } from "./steps";
import { makeInput, modesOf, type TwoFacesParams } from "./useTwoFaces";

type Face = "both" | "recurrence" | "convolution" | "neither";

/** Relative size below which two position kernels count as the same (rounding, not a difference). */
const SAME_KERNEL = 1e-12;

/**
 * What the model says when Δ depends on the token, for the figure's current settings: the
 * recurrence still produces an output (finite, one value per step); a single kernel exists only if
 * every position needs the same one.
 */
export function tokenDtVerdict(params: TwoFacesParams) {
  const u = makeInput(params.input, params.L, params.seed);
  const { a, b, c } = modesOf(params);
  const rec = zohRecurrence(tokenDependentDt(params.dt, u), a, b, c, u);
  const recurrenceWorks = rec.y.length === u.length && rec.y.every(Number.isFinite);
  const { spread, lag } = positionKernelSpread(rec.aBar, rec.bBar, c);
  let scale = 0;
  for (const v of rec.bBar) scale = Math.max(scale, Math.abs(v));
  const oneKernel = spread <= SAME_KERNEL * Math.max(scale, Number.MIN_VALUE);
  const value: Face = recurrenceWorks
    ? oneKernel
      ? "both"
      : "recurrence"
    : oneKernel
      ? "convolution"
      : "neither";
  return { value, spread, lag };
}

function Prediction() {
  const { params, setParams } = useViewParams(VIEW_ID, fields);
  return (
    <PredictThenSee<Face>
      question={
        <>
          Suppose Δ is no longer one number for the whole sequence but is computed from each token,
          as Mamba does. Which face can still compute the output?
        </>
      }
      options={[
        { value: "both", label: "Both, and they still agree" },
        { value: "recurrence", label: "Only the recurrence" },
        { value: "convolution", label: "Only the convolution" },
        { value: "neither", label: "Neither" },
      ]}
      answer={() => {
        const verdict = tokenDtVerdict(params);
        return {
          value: verdict.value,
          explanation: (
            <>
              The loop simply takes each step&apos;s own Ā<sub>t</sub> and B̄<sub>t</sub> and runs as
              before. But the kernels that different positions would need now differ by up to{" "}
              {fmt(verdict.spread)} (at lag {verdict.lag}), so no single kernel serves them all. The
              figure now lets Δ depend on the token: the kernel panel is greyed out.
            </>
          ),
        };
      }}
      onReveal={() => setParams({ tokenDt: "on" })}
    />
  );
}

/** Chapter 6: "The time-invariant bargain" (EPISODE Ch. 6). */
export default function LtiBargainChapter() {
  return (
    <article className="chapter" aria-labelledby="chapter-title">
      <header className="chapter-header">
        <p className="kicker">Chapter 6 of 14</p>
        <h1 id="chapter-title">The time-invariant bargain</h1>
        <p className="lede">
          Before Mamba, state space models applied the same fixed machinery to every input. That
          sameness gave each of them two faces, a loop and a convolution, which compute the same
          function of the input. This chapter is about what the second face bought, and what it
          cost.
        </p>
      </header>
      <Scrolly stepIds={STEP_IDS} figure={<TwoFacesFigure />}>
        <Step id="a-loop">
          <h2>Face one: a loop</h2>
          <p>
            Take the state of the previous chapter and shrink it to two numbers, so that every one
            of them fits on the screen. At each step the model multiplies its{" "}
            <Term k="h">state</Term> by Ā, adds B̄ times the new <Term k="u">input</Term>, and reads
            its <Term k="y">output</Term> through C:{" "}
            <Tex>{String.raw`h_t = \Abar h_{t-1} + \Bbar u_t,\ y_t = C h_t`}</Tex>.
          </p>
          <p>
            The top panel runs that loop. Press Play and watch the two dots: each pulse of input
            kicks them, and between pulses they decay, each at its own rate. Every step needs the
            result of the step before it.
          </p>
        </Step>
        <Step id="a-kernel">
          <h2>Face two: a kernel</h2>
          <p>
            Now unroll the loop. Starting from an empty state, the input from j steps ago has been
            multiplied by B̄ once, by Ā j times, and by C once. Its weight in today&apos;s output
            depends only on that distance: <Tex>{String.raw`K_j = C\Abar^{j}\Bbar`}</Tex>. The list{" "}
            <Tex>{String.raw`K = (C\Bbar,\ C\Abar\Bbar,\ C\Abar^2\Bbar,\dots)`}</Tex> is the
            model&apos;s kernel <Cite id="s4" where="§2.4" />.
          </p>
          <p>
            The output is then a convolution: flip the kernel, slide it along the input, multiply
            each pair and add, <Tex>{String.raw`y_t = \sum_j K_j u_{t-j}`}</Tex>. The middle panels
            do exactly that at the marked step, with the largest product drawn in bold.
          </p>
        </Step>
        <Step id="same-output">
          <h2>Two faces, one output</h2>
          <p>
            The bottom panel draws both <Term k="y">outputs</Term>, the loop as a wide band and the
            convolution as dashes on top of it. They coincide. Move any slider, Δ, A, B, C or the
            input, and they still coincide: the two are one function of the input, written two ways{" "}
            <Cite id="mamba" where="§2, eqs. 2–3" />.
          </p>
          <p>
            They are not bit for bit identical, though. The badge shows the largest difference over
            every step, computed live: usually around 10<sup>−16</sup>. That is the rounding of
            64-bit arithmetic adding the same numbers in a different order, not an approximation.
          </p>
        </Step>
        <Step id="why-it-mattered">
          <h2>Why the convolution mattered</h2>
          <p>
            The loop is the natural way to generate text: one new token, one step, the same cost
            every time. But it is sequential. The convolution needs no loop: each output is its own
            weighted sum of inputs, so when the whole sequence is known, as in training or when a
            long prompt is read, every output can be computed at once. With fast Fourier transforms
            that takes <Tex>{String.raw`O(L \log L)`}</Tex> work per channel{" "}
            <Cite id="s4" where="§2.4" />.
          </p>
          <p>
            So these models trained in their convolutional mode and generated in their recurrent
            mode <Cite id="mamba" where="§2" />. In the episode&apos;s words, paraphrased: fixed
            machinery bought parallel training.
          </p>
        </Step>
        <Step id="what-it-cost">
          <h2>What it cost</h2>
          <p>
            The kernel exists only because <Term k="dt">Δ</Term>, A, B and C are the same at every
            step: the model is linear and time-invariant, LTI <Cite id="mamba" where="§2" />. Every
            token gets identical treatment, like parts on an assembly line. A filler word enters the
            state exactly as strongly as a name does, and fades just as fast.
          </p>
          <p>
            That is the other half of the bargain: it cost the ability to choose. Mamba&apos;s way
            out is to let Δ, B and C depend on the token. Before you tick the box in the figure,
            make a guess.
          </p>
          <Prediction />
        </Step>
        <Step id="no-single-kernel">
          <h2>One kernel per position</h2>
          <p>
            With Δ set by each token, the loop does not mind: it takes each step&apos;s own{" "}
            <Tex>{String.raw`\Abar_t`}</Tex> and <Tex>{String.raw`\Bbar_t`}</Tex> and runs as
            before. The top and bottom panels still move.
          </p>
          <p>
            The kernel does mind. The weight of <Tex>{String.raw`u_s`}</Tex> in{" "}
            <Tex>{String.raw`y_t`}</Tex> is now{" "}
            <Tex>{String.raw`C\,\Abar_t\cdots\Abar_{s+1}\Bbar_s`}</Tex>: it depends on which tokens
            lie between the two, not only on how far apart they are. Each position would need its
            own kernel; the grey line is the one the marked step needs, and it changes as you play.
          </p>
          <p>
            This is the price of selection, the subject of the next chapter. It does not make
            training sequential: the loop can still be split across a GPU with a parallel scan{" "}
            <Cite id="mamba" where="§3.3.2" />, as the chapter after it shows.
          </p>
        </Step>
      </Scrolly>
    </article>
  );
}
