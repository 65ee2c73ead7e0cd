import { associationOverlap, readThroughLens, topAssociations, utf8Bytes } from "../../models";
import { useViewParams } from "../../state/useViewParams";
import { PredictThenSee } from "../../ui/controls/PredictThenSee";
import { Scrolly, Step } from "../../ui/scrolly/Scrolly";
import { Cite } from "../../ui/text/Cite";
import { FactCheck } from "../../ui/text/FactCheck";
import { Term } from "../../ui/text/Term";
import { fields } from "./fields";
import { RainbowFigure, TOP_K, VIEW_ID } from "./Figure";
import { STEP_IDS } from "./steps";

type Kept = "all" | "some" | "none";

function classify(kept: number): Kept {
  if (kept === TOP_K) return "all";
  return kept === 0 ? "none" : "some";
}

function Prediction() {
  const { params, setParams } = useViewParams(VIEW_ID, fields);
  const { word, strength } = params;
  return (
    <PredictThenSee<Kept>
      question={
        <>
          Through the myth lens, “{word}” lights {TOP_K} words. Switch to the optics lens. How many
          of those {TOP_K} stay lit?
        </>
      }
      options={[
        { value: "all", label: `All ${TOP_K}: the word is the same` },
        { value: "some", label: "Some of them" },
        { value: "none", label: "None of them" },
      ]}
      answer={() => {
        const myth = topAssociations(readThroughLens(word, "myth", strength), TOP_K);
        const optics = topAssociations(readThroughLens(word, "optics", strength), TOP_K);
        const kept = associationOverlap(myth, optics);
        return {
          value: classify(kept),
          explanation: (
            <>
              {kept} of {TOP_K} stay lit. Myth gave {myth.join(", ")}; optics gives{" "}
              {optics.join(", ")}. The word’s own vector did not change at all: only the lens added
              to it did, and that was enough to change every comparison. The figure now shows the
              optics lens.
            </>
          ),
        };
      }}
      onReveal={() => setParams({ lens: "optics" })}
    />
  );
}

/** Chapter 2: "The rainbow test" (EPISODE Ch. 2), a short hook. */
export default function RainbowTestChapter() {
  const bytes = utf8Bytes("rainbow").length;
  return (
    <article className="chapter" aria-labelledby="chapter-title">
      <header className="chapter-header">
        <p className="kicker">Chapter 2 of 14</p>
        <h1 id="chapter-title">The rainbow test</h1>
        <p className="lede">
          Seven letters, and a whole world behind them: what thinking does with a single word.
        </p>
      </header>
      <Scrolly stepIds={STEP_IDS} figure={<RainbowFigure />}>
        <Step id="seven-letters">
          <h2>Seven letters</h2>
          <p>
            Think of the word <Term k="u">rainbow</Term>. On the page it is seven letters, {bytes}{" "}
            bytes of text. In your head it opens onto colours, a storm clearing, an old myth, a
            prism on a classroom bench. The host’s line, in paraphrase: the word is seven letters;
            the concept is a whole world you already carry.
          </p>
          <p>
            The figure reads the word with this explainer’s small embedding table, sixteen numbers
            per word and nothing learned. With no lens, every <Term k="y">association</Term> is
            about equally weak: the token alone says little.
          </p>
        </Step>
        <Step id="four-abilities">
          <h2>Four things thinking does</h2>
          <p>
            The host lists four things his mind does with the word: it takes input from more than
            one sense; it works in a space of associated concepts far richer than the token; it
            treats the same input differently depending on context; and it draws on long-term
            personal memory.
          </p>
          <p>
            The third, he says, is the one that matters for Mamba, whose central idea is to let the
            input set the model’s parameters <Cite id="mamba" where="abstract" />. Pick a lens in
            the figure: myth lights gods and legends, optics lights prisms and wavelengths.
          </p>
        </Step>
        <Step id="same-word-new-lens">
          <h2>Same word, new reading</h2>
          <p>
            The lens is added to the word’s vector before it is compared with the table, so the word
            itself never changes. Before you switch lenses, make a guess.
          </p>
          <Prediction />
        </Step>
        <Step id="transformers-already">
          <h2>Transformers already do this</h2>
          <p>
            By the host’s account, Transformers already manage the first three. Studies of their
            middle layers find abstract concepts there, even though every layer is the same block
            repeated: in paraphrase, a division of labour between layers without any difference in
            form.
          </p>
          <FactCheck id="interpretability-not-mamba" />
        </Step>
        <Step id="the-question">
          <h2>The question</h2>
          <p>
            In this toy the lens is handed in from outside: we add it to the word’s vector by hand.
            A real network has to find its own lens in the words around the word, and let it change
            how those words are processed.
          </p>
          <p>
            So what in a network lets context change processing? The next chapter puts two machines
            side by side to find out.
          </p>
        </Step>
      </Scrolly>
    </article>
  );
}
