import { FORECASTS } from "../../content/forecasts";
import { appStore } from "../../state/store";
import { PredictThenSee } from "../../ui/controls/PredictThenSee";
import { Scrolly, Step } from "../../ui/scrolly/Scrolly";
import { Cite } from "../../ui/text/Cite";
import { FactCheck } from "../../ui/text/FactCheck";
import { Term } from "../../ui/text/Term";
import { LedgerFigure, VIEW_ID } from "./Figure";
import { STEP_IDS } from "./steps";

type HowMany = "none" | "few" | "several";

function classify(n: number): HowMany {
  if (n === 0) return "none";
  return n <= 2 ? "few" : "several";
}

function Prediction() {
  const happened = FORECASTS.filter((f) => f.status === "happened");
  return (
    <PredictThenSee<HowMany>
      question={
        <>
          The ledger holds {FORECASTS.length} of the episode’s forecasts. Before you open any card:
          how many does the published evidence already show to have happened?
        </>
      }
      options={[
        { value: "none", label: "None yet" },
        { value: "few", label: "One or two" },
        { value: "several", label: "Three or more" },
      ]}
      answer={() => ({
        value: classify(happened.length),
        explanation: (
          <>
            {happened.length} have:{" "}
            {happened.map((f) => f.forecast.replace(/\.$/, "").toLowerCase()).join("; ")}. The
            ledger now shows only those; open a card for the evidence.
          </>
        ),
      })}
      onReveal={() => appStore.getState().setParams(VIEW_ID, { status: "happened" })}
    />
  );
}

/** Chapter 14: the end of the Transformer era, and a ledger of the episode's forecasts. */
export default function TransformerEraChapter() {
  return (
    <article className="chapter" aria-labelledby="chapter-title">
      <header className="chapter-header">
        <p className="kicker">Chapter 14 of 14</p>
        <h1 id="chapter-title">The end of the Transformer era</h1>
        <p className="lede">
          The episode closes with forecasts. Some can already be checked against what was published
          after it; the rest are labelled for what they are, the speaker’s guesses.
        </p>
      </header>
      <Scrolly stepIds={STEP_IDS} figure={<LedgerFigure />}>
        <Step id="weirder-ahead">
          <h2>Stranger systems ahead</h2>
          <p>
            A forecast from the episode, in paraphrase: we understand the quirks of Transformers far
            better than those of models that carry a <Term k="h">state</Term> for a long time, and
            those models will be harder to study.
          </p>
          <p>
            The speaker goes further, and says so as speculation. A companion that remembers a
            relationship for months would change that relationship; losing such a state might be a
            real loss, and a system that models itself in its state touches theories of
            consciousness. These are forecasts, marked open on the ledger: no experiment in our
            sources bears on them.
          </p>
        </Step>
        <Step id="what-happened">
          <h2>What has already happened</h2>
          <p>
            Three forecasts have clear published evidence. Hybrids: in Mamba-2’s own study, a stack
            with about one attention layer in ten beat both the pure SSM and the pure Transformer{" "}
            <Cite id="mamba2" where="Table 2" />, and production models followed, from Jamba’s one
            attention layer in eight <Cite id="jamba" /> to NVIDIA’s 8B hybrid{" "}
            <Cite id="nvidia-hybrid" />.
          </p>
          <p>
            Bigger states came with Mamba-2, whose layer allows states at least eight times larger.
            And cached states are reused in serving systems, with a catch the episode did not
            mention: a state can be reused only for an exact prefix <Cite id="marconi" />.
          </p>
        </Step>
        <Step id="what-partly-did">
          <h2>What partly did</h2>
          <p>
            The idea that data would sculpt memory found a concrete form. Models trained on contexts
            too short for their state never learn to forget, and fall apart past their training
            length <Cite id="stuffed-mamba" />; a short extra stretch of training fixes much of it{" "}
            <Cite id="length-generalization" />.
          </p>
          <p>
            Fixed states do struggle to look things up exactly, as the recall chapter shows, but a
            little attention closes most of that gap <Cite id="zoology" />. The workaround is real;
            it just is not a pure SSM.
          </p>
        </Step>
        <Step id="end-of-an-era">
          <h2>Not the end of Transformers</h2>
          <p>
            The verdict, in paraphrase: not the end of Transformers, but the end of the era when one
            repeated block was all you needed. The speaker also forecasts that the new era will move
            three to four times faster than 2017–2023 did; that one stays open.
          </p>
          <p>
            Two more forecasts close the episode. Agents disappointed in 2023, the speaker notes,
            and a memory that lives in a state is one more reason to expect them to work; and
            language models that search the space of architectures could speed the whole field up.
            Both sit on the ledger as open: plausible directions, not results.
          </p>
          <FactCheck id="assistants-api-conjecture" />
          <Prediction />
        </Step>
      </Scrolly>
    </article>
  );
}
