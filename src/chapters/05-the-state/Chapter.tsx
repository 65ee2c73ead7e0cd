import { useMemo } from "react";
import { makeSignal, runS4dRealLti } from "../../models";
import { appStore } from "../../state/store";
import { PredictThenSee } from "../../ui/controls/PredictThenSee";
import { Scrolly, Step } from "../../ui/scrolly/Scrolly";
import { Cite } from "../../ui/text/Cite";
import { FactCheck } from "../../ui/text/FactCheck";
import { Tex } from "../../ui/text/Tex";
import { Term } from "../../ui/text/Term";
import { fields } from "./fields";
import { ChapterFigure } from "./ChapterFigure";
import { VIEW_ID } from "./Figure";
import { STEP_IDS } from "./steps";

type Share = "most" | "third" | "none";

const PREDICT_L = 128;
const PREDICT_ONSET = 16;

/**
 * The share of an impulse that the slowest slot still holds at the last step, for Δ = 0.01,
 * computed by the same model the figure runs: h_{L−1}[1] / h_{onset}[1].
 */
function keptShare(dt: number): number {
  const u = makeSignal("impulse", PREDICT_L, { onset: PREDICT_ONSET });
  const { states } = runS4dRealLti(dt, 1, u);
  return states[PREDICT_L - 1] / states[PREDICT_ONSET];
}

function classify(share: number): Share {
  if (share > 0.9) return "most";
  if (share > 0.01) return "third";
  return "none";
}

function Prediction() {
  const kept = useMemo(() => ({ coarse: keptShare(0.1), fine: keptShare(0.01) }), []);
  return (
    <PredictThenSee<Share>
      question={
        <>
          At Δ = 0.1, the slowest slot keeps{" "}
          {kept.coarse < 1e-4 ? "less than 0.01%" : `${(kept.coarse * 100).toFixed(2)}%`} of a spike
          by the last of 128 steps: it has all but forgotten it. Make Δ ten times smaller, 0.01. How
          much does that slot keep now?
        </>
      }
      options={[
        { value: "most", label: "Almost all of it (more than 90%)" },
        { value: "third", label: "A fair part (between 1% and 90%)" },
        { value: "none", label: "Almost nothing (under 1%)" },
      ]}
      answer={() => ({
        value: classify(kept.fine),
        explanation: (
          <>
            It keeps {(kept.fine * 100).toFixed(0)}%: the spike is {PREDICT_L - 1 - PREDICT_ONSET}{" "}
            steps old, and each step multiplies it by Ā = e<sup>−0.01</sup>, so what is left is e
            <sup>−1.11</sup>. A smaller Δ slows the clock: the same slot now spans about ten times
            as many steps. The figure shows that case now.
          </>
        ),
      })}
      onReveal={() =>
        appStore.getState().setParams(VIEW_ID, {
          ...(appStore.getState().params[VIEW_ID] ?? {}),
          dt: 0.01,
          N: fields.N.def,
          L: PREDICT_L,
          input: "impulse",
          seed: fields.seed.def,
        })
      }
    />
  );
}

/** Chapter 5: "Enter the state". */
export default function TheStateChapter() {
  return (
    <article className="chapter" aria-labelledby="chapter-title">
      <header className="chapter-header">
        <p className="kicker">Chapter 5 of 14</p>
        <h1 id="chapter-title">Enter the state</h1>
        <p className="lede">
          Attention keeps every token it has seen. A state space model keeps a summary instead: a
          handful of numbers it rewrites at every step. This chapter is about that summary: what it
          costs, how long it remembers, and how to choose it well.
        </p>
        <p>
          Mamba&apos;s authors are Albert Gu (Carnegie Mellon University and Cartesia AI) and Tri
          Dao (Princeton University and Together AI, known for FlashAttention{" "}
          <Cite id="flashattention" />
          ), as listed on a 2024 study they wrote with NVIDIA <Cite id="nvidia-hybrid" />. The
          episode also calls Gu Cartesia&apos;s chief scientist, a title that source does not give.
          In the host&apos;s view, the paper could become the &ldquo;Attention Is All You
          Need&rdquo; of state space models <Cite id="transformer" />.
        </p>
      </header>
      <Scrolly stepIds={STEP_IDS} figure={<ChapterFigure />}>
        <Step id="one-step-at-a-time">
          <h2>One step at a time</h2>
          <p>
            A recurrent model is a loop. Each step takes the old <Term k="h">state</Term> and a new{" "}
            <Term k="u">input</Term> and returns a new state and an <Term k="y">output</Term>.
            Whatever the model will ever know about the past has to fit in that state.
          </p>
          <p>
            The figure unrolls the loop for a single spike. Each column of the heat map is the state
            after one step, each row one of its numbers: the spike enters every row at once, then
            each row fades at its own pace.
          </p>
        </Step>
        <Step id="never-grows">
          <h2>It changes every step but never grows</h2>
          <p>
            That is the episode&apos;s point, in paraphrase. Drag the length to 1,024: the heat map
            gets wider, but each column still holds N numbers, so reading the millionth token costs
            what the tenth did. Hence linear time over a sequence and constant cost per generated
            token <Cite id="mamba" where="§1" />, while attention&apos;s memory grows with the
            context, as the previous chapter counted.
          </p>
        </Step>
        <Step id="how-long-it-remembers">
          <h2>How long it remembers</h2>
          <p>
            Slot n decays at its own rate a<sub>n</sub> = −n; a step of size <Term k="dt">Δ</Term>{" "}
            turns that into a factor <Tex>{String.raw`\Abar_n = e^{\Delta a_n}`}</Tex> applied at
            every step. Slow slots keep the gist of the old, fast ones recent detail. Δ is the
            clock: large, and the state reacts and forgets fast; small, and it remembers long.
          </p>
          <Prediction />
        </Step>
        <Step id="which-numbers-to-keep">
          <h2>Which numbers to keep?</h2>
          <p>
            Decay says how long to remember, not what. HiPPO, by Gu and Dao with Stefano Ermon, Atri
            Rudra and Christopher Ré <Cite id="hippo" />, gave a principled answer: keep the
            coefficients of the best fit of the whole history by N Legendre polynomials. Each new
            sample updates all N numbers at once, and the past can be read back from them at any
            time.
          </p>
          <p>
            The broad band is the <Term k="u">history</Term>, the thin line what 16 numbers{" "}
            <Term k="y">read back</Term>. Press Play to run time forward, or draw your own signal on
            the chart.
          </p>
        </Step>
        <Step id="fewer-numbers-blur">
          <h2>Fewer numbers, blurrier past</h2>
          <p>
            The bars are the <Term k="h">state</Term>: N coefficients, nothing else. Set N to 8 and
            the reconstruction turns into a smooth blur, since eight polynomials cannot follow four
            oscillations. At 16 it snaps into place; past 32 the error stops falling, because the
            step-by-step update, not N, is now the limit. Lossy, but principled.
          </p>
        </Step>
        <Step id="all-history-or-a-window">
          <h2>All of history, or a window</h2>
          <p>
            The measure says which past matters. LegS weighs all history equally, so its fit
            stretches as time goes on and old detail is slowly squeezed. LegT keeps a sliding window
            of the last 1,000 samples and lets the rest go; a third, LagT, weighs recent history
            exponentially more. The episode describes these measures correctly{" "}
            <Cite id="s4-code" where="models/hippo/README.md" />.
          </p>
        </Step>
        <Step id="why-the-step-rule-matters">
          <h2>Why the step rule matters</h2>
          <p>
            HiPPO&apos;s update is a differential equation, and the figure takes it one sample at a
            time with the bilinear rule. The obvious shortcut, forward Euler, multiplies mode n by{" "}
            <Tex>{String.raw`1 - \tfrac{n+1}{t}`}</Tex>, larger than 1 in size while t &lt; (n+1)/2.
            Switch it on and go to the peak: at N = 16 the coefficients pass 10<sup>9</sup>, then
            recover, so a test of the final values alone would miss it.
          </p>
        </Step>
        <Step id="long-range">
          <h2>What this bought, and what it lacked</h2>
          <p>
            S4, built on the HiPPO matrix, scored far above Transformers on the Long Range Arena,
            six tasks of 1K to 16K tokens: 86.09 on average against 53.66{" "}
            <Cite id="s4" where="Table 4" />. The figure shows the two tasks the episode alluded to.
          </p>
          <FactCheck id="bracket-task-listops" />
          <p>
            But such models were not good at language. The same <Tex>{String.raw`\Abar`}</Tex> and{" "}
            <Tex>{String.raw`\Bbar`}</Tex> apply to every input, so noise enters the state exactly
            as signal does: the model cannot choose what to keep. The next chapters are about that.
          </p>
        </Step>
      </Scrolly>
    </article>
  );
}
