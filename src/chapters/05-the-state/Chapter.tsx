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
import { StateFigure, VIEW_ID } from "./Figure";
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

/** Chapter 5, first half: "Enter the state". */
export default function TheStateChapter() {
  return (
    <article className="chapter" aria-labelledby="chapter-title">
      <header className="chapter-header">
        <p className="kicker">Chapter 5 of 14</p>
        <h1 id="chapter-title">Enter the state</h1>
        <p className="lede">
          Attention keeps every token it has seen. A state space model keeps a summary instead: a
          handful of numbers it rewrites at every step. This chapter is about that summary, what it
          costs and how long it remembers.
        </p>
      </header>
      <Scrolly stepIds={STEP_IDS} figure={<StateFigure />}>
        <Step id="one-step-at-a-time">
          <h2>One step at a time</h2>
          <p>
            A recurrent model is a loop. At every step it takes two things, its old{" "}
            <Term k="h">state</Term> and the new <Term k="u">input</Term>, and returns two things, a
            new state and an <Term k="y">output</Term>. Nothing else is carried from one step to the
            next: whatever the model will ever know about the past has to fit in that state.
          </p>
          <p>
            In the figure the loop is unrolled. The input is a single spike. Each column of the heat
            map is the state after one step, and each row is one of its numbers. The spike enters
            every row at once and then fades, each row at its own pace, while the output reads the
            whole column.
          </p>
        </Step>
        <Step id="never-grows">
          <h2>It changes every step but never grows</h2>
          <p>
            That is the episode&apos;s point about the state, in paraphrase: it is rewritten at
            every step, yet it never gets bigger. Drag the length to 1,024 steps: the heat map gets
            wider, but every column still holds N numbers. Reading one more token costs the same
            whether it is the tenth or the millionth.
          </p>
          <p>
            This is why state space models run in linear time over a sequence and constant time per
            generated token <Cite id="mamba" where="§1" />. Attention, by contrast, keeps every key
            and value it has seen, so its memory and its per-token work grow with the context, a
            price the previous chapter counted.
          </p>
        </Step>
        <Step id="how-long-it-remembers">
          <h2>How long it remembers</h2>
          <p>
            Each slot n has its own decay. Its continuous rate is a<sub>n</sub> = −n, and a step of
            size <Term k="dt">Δ</Term> turns it into a factor{" "}
            <Tex>{String.raw`\Abar_n = e^{\Delta a_n}`}</Tex> below one, applied at every step. Slot
            1 fades slowest, slot N fastest: together they hold a spread of time scales, recent
            detail in the fast slots and older gist in the slow ones.
          </p>
          <p>
            Δ is the clock. A large Δ reacts to a new input at once and forgets it quickly; a small
            Δ changes slowly and remembers for long. Before you move the slider, make a guess.
          </p>
          <Prediction />
        </Step>
        <Step id="long-range">
          <h2>What this bought, and what it lacked</h2>
          <p>
            Models built this way, S4 and its relatives, were the first to do well on the Long Range
            Arena, a set of tasks with sequences of thousands of steps <Cite id="lra" />. Their
            state carried information across distances where Transformers of the time ran out of
            room.
          </p>
          <FactCheck id="bracket-task-listops" />
          <p>
            But they were not good at language. Look at the output: the same{" "}
            <Tex>{String.raw`\Abar`}</Tex> and <Tex>{String.raw`\Bbar`}</Tex> apply to every input,
            so a spike of noise enters the state exactly as a spike of signal would. The model
            cannot choose what to keep. The next chapter shows what that sameness buys, and the one
            after it what changes when the input is allowed to choose.
          </p>
        </Step>
      </Scrolly>
    </article>
  );
}
