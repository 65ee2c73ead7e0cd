import { facts, kvCacheBytesPerToken, kvStateCrossoverTokens, streamCostAt } from "../../models";
import { useViewParams } from "../../state/useViewParams";
import { PredictThenSee } from "../../ui/controls/PredictThenSee";
import { Scrolly, Step } from "../../ui/scrolly/Scrolly";
import { Cite } from "../../ui/text/Cite";
import { Term } from "../../ui/text/Term";
import { formatSi } from "../../viz/streamcost/siFormat";
import { ChapterFigure } from "./ChapterFigure";
import { fields } from "./fields";
import { STEP_IDS } from "./steps";
import { VIEW_ID } from "./TimelineFigure";

const T = facts.TRANSFORMER_2_7B;
const M = facts.MAMBA_2_8B;
const DEFAULT_L = fields.L.def;
const MAX_L = fields.L.max;
/** Numbers the prose quotes, computed by the cost models at the figure's defaults. */
const AT_DEFAULT = streamCostAt(T, M, DEFAULT_L);
const AT_MAX = streamCostAt(T, M, MAX_L);
const PREDICT_L = 64;

type Crossing = "sentence" | "article" | "novel" | "never";

function classify(tokens: number): Crossing {
  if (tokens < 400) return "sentence";
  if (tokens < 20_000) return "article";
  if (tokens <= MAX_L) return "novel";
  return "never";
}

function Prediction() {
  const { setParams } = useViewParams(VIEW_ID, fields);
  return (
    <PredictThenSee<Crossing>
      question={
        <>
          Mamba-2.8B’s whole state, all 64 layers, is {formatSi(AT_DEFAULT.stateBytes, "B")}. The
          Transformer’s KV cache starts empty and grows with every token. After how many tokens is
          the cache the larger of the two?
        </>
      }
      options={[
        { value: "sentence", label: "About 40 tokens (a sentence)" },
        { value: "article", label: "About 4,000 tokens (a long article)" },
        { value: "novel", label: "About 100,000 tokens (a novel)" },
        { value: "never", label: "Not within a million tokens" },
      ]}
      answer={() => {
        const tokens = kvStateCrossoverTokens(T, M);
        const perToken = kvCacheBytesPerToken(T);
        return {
          value: classify(tokens),
          explanation: (
            <>
              After {tokens} tokens they are equal: {tokens} × {perToken.toLocaleString("en-US")}{" "}
              bytes per token = {formatSi(tokens * perToken, "B")}. From token {tokens + 1} on, the
              cache is larger, and it keeps growing by {formatSi(perToken, "B")} per token. The
              figure now shows a {PREDICT_L}-token stream, so you can see the two lines cross.
            </>
          ),
        };
      }}
      onReveal={() => setParams({ L: PREDICT_L })}
    />
  );
}

/** Chapter 1: "Beyond the Transformer" (EPISODE Ch. 1). */
export default function BeyondTransformersChapter() {
  return (
    <article className="chapter" aria-labelledby="chapter-title">
      <header className="chapter-header">
        <p className="kicker">Chapter 1 of 14</p>
        <h1 id="chapter-title">Beyond the Transformer</h1>
        <p className="lede">
          Since 2017, one architecture has done nearly everything. This chapter walks the timeline
          of its challengers and shows, with two models reading the same text, why a state space
          model is worth a serious look.
        </p>
      </header>
      <Scrolly stepIds={STEP_IDS} figure={<ChapterFigure />}>
        <Step id="one-architecture">
          <h2>One architecture for everything</h2>
          <p>
            In June 2017 a paper proposed a network built on <Term k="attn">attention</Term> alone,
            with no recurrence and no convolution <Cite id="transformer" />. Since then that one
            design, the Transformer, has come to write text, caption images and make art.
          </p>
          <p>
            The episode this explainer follows opens with a blunt question, in paraphrase: is there
            anything better? Its host, Nathan Labenz, calls it a hundred-trillion-dollar question, a
            rhetorical nod to the size of the world economy. On the timeline, the Transformer sits
            alone in its row.
          </p>
        </Step>
        <Step id="quiet-lineage">
          <h2>A quiet lineage</h2>
          <p>
            Meanwhile a smaller line of work grew out of control theory: state space models. HiPPO
            (2020) showed how to keep a running summary of a long history in a few numbers; LSSL and
            S4 (2021) turned that into a fast, trainable layer with a fixed-size{" "}
            <Term k="h">state</Term>; S4D (2022) made it simpler still.
          </p>
          <p>
            They excelled on very long sequences but trailed attention on language. H3 found out
            why: they could not recall an earlier token or compare two tokens{" "}
            <Cite id="h3" where="abstract" />. Use the arrow keys on the timeline to read each card.
          </p>
        </Step>
        <Step id="contenders">
          <h2>Contenders</h2>
          <p>
            2023 brought challengers. Hyena swapped the state for long convolutions. RetNet, from
            Microsoft Research and Tsinghua University <Cite id="retnet" />, offered a recurrent
            form of attention with a fixed decay. The Block-State Transformer and StripedHyena mixed
            state space or convolution layers with attention. The host also names MEGABYTE, from
            Meta.
          </p>
          <p>
            His verdict, an opinion rather than a measurement: interesting, but not decisive. None
            of them moved the field off attention.
          </p>
        </Step>
        <Step id="the-alarm">
          <h2>The one he takes seriously</h2>
          <p>
            Then, on 1 December 2023, came Mamba <Cite id="mamba" />. It lets a state space model’s
            parameters depend on the input, so the model can choose what to keep, and runs it with a
            scan designed around GPU memory. It is the first alternative the host takes seriously
            enough to sound an alarm.
          </p>
          <p>
            The following months partly bore him out. Mamba-2 tied state space models to attention
            mathematically <Cite id="mamba2" />, and production-scale models such as Jamba, like
            NVIDIA’s 8B study, mixed a few attention layers among many Mamba ones{" "}
            <Cite id="jamba" /> <Cite id="nvidia-hybrid" />.
          </p>
        </Step>
        <Step id="two-readers">
          <h2>Two readers, one stream</h2>
          <p>
            Why look for a replacement at all? Give two models of about the same size the same
            stream of tokens: a Transformer with the shape of GPT-3 2.7B, and Mamba-2.8B. Each reads
            one token at a time, as it would while generating.
          </p>
          <p>
            To read token t, <Term k="attn">attention</Term> compares it with every token before it,
            so its cost per token climbs with t. The SSM folds each token into its fixed-size{" "}
            <Term k="h">state</Term>: the same cost for the first token and the millionth. At{" "}
            {DEFAULT_L.toLocaleString("en-US")} tokens the cost models give{" "}
            {formatSi(AT_DEFAULT.attentionFlops, "FLOP")} for attention against{" "}
            {formatSi(AT_DEFAULT.ssmFlops, "FLOP")} for the scan.
          </p>
          <p>
            Those count only how tokens are mixed. Switch on “Count the weights too”: both models
            then spend about 5 GFLOP per token on their weight matrices, and attention’s extra still
            climbs. Press play, or slide the stream out to a million tokens.
          </p>
        </Step>
        <Step id="memory-climbs">
          <h2>What each must keep</h2>
          <p>
            Memory tells the story more starkly. To avoid recomputing, a Transformer keeps the keys
            and values of every token it has read: its <Term k="attn">KV cache</Term> grows by 2 ×{" "}
            {T.layers} layers × {T.dModel.toLocaleString("en-US")} numbers per token. Mamba keeps
            only its <Term k="h">state</Term>, {M.layers} layers ×{" "}
            {M.dInner.toLocaleString("en-US")} channels × ({M.dState} + {M.dConv}) numbers, whatever
            the length.
          </p>
          <Prediction />
          <p>
            The two panels match to the digit, and that is no bug: for token t, each layer spends
            4·t·d FLOPs and then holds 2·t·d values of 2 bytes. At the slider’s end,{" "}
            {MAX_L.toLocaleString("en-US")} tokens, the cache would hold{" "}
            {formatSi(AT_MAX.kvBytes, "B")}, more than four 80 GB GPUs; the state is still{" "}
            {formatSi(AT_MAX.stateBytes, "B")}.
          </p>
        </Step>
        <Step id="not-the-last-word">
          <h2>Not the last word</h2>
          <p>
            A flat line does not make Mamba better at everything. Earlier state space models were
            just as cheap per token; what Mamba added is an input that decides what the state keeps.
            Later chapters show what a fixed-size state cannot hold, and why production models
            became hybrids.
          </p>
          <p>
            The host’s framing, in paraphrase: neither human brains nor Transformers are the last
            word in intelligence. That is his opinion, and the episode is his case for it. The next
            chapter starts where he does, with what thinking does with a single word.
          </p>
        </Step>
      </Scrolly>
    </article>
  );
}
