import { facts, recomputeVsStore, scanIo } from "../../models";
import { CHAPTERS } from "../../content/chapters";
import { useViewParams } from "../../state/useViewParams";
import { PredictThenSee } from "../../ui/controls/PredictThenSee";
import { Scrolly, Step } from "../../ui/scrolly/Scrolly";
import { Cite } from "../../ui/text/Cite";
import { FactCheck } from "../../ui/text/FactCheck";
import { Tex } from "../../ui/text/Tex";
import { Term } from "../../ui/text/Term";
import { formatBytes } from "../../viz/units/units";
import { ChapterFigure } from "./ChapterFigure";
import { fields, VIEW_ID } from "./fields";
import { GPU_BY_ID } from "./gpus";
import { ioOptionsOf, shapeOf } from "./shared";
import { STEP_IDS } from "./steps";

const INFO = CHAPTERS.find((c) => c.id === "making-it-fast");

type GrowthGuess = "same" | "little" | "fourfold";

const GUESSES: readonly { value: GrowthGuess; label: string }[] = [
  { value: "fourfold", label: "It grows about 4×, like the state" },
  { value: "little", label: "It grows a little (less than 10%)" },
  { value: "same", label: "It stays exactly the same" },
];

/** The scan-benchmark shape of Mamba's Fig. 8 (FACTS §2.10), at L = 2,048. */
const BENCH = { B: facts.SCAN_BENCHMARK.batch, L: 2048, D: facts.SCAN_BENCHMARK.D };

/** The option a growth factor of the fused kernel's bytes falls under. */
export function classifyGrowth(factor: number): GrowthGuess {
  if (factor >= 2) return "fourfold";
  if (factor > 1) return "little";
  return "same";
}

function Prediction() {
  const { setParams } = useViewParams(VIEW_ID, fields);
  return (
    <PredictThenSee<GrowthGuess>
      question={
        <>
          At the shape of Mamba&apos;s scan benchmark (batch 1, L = 2,048, D = 1,024, two bytes per
          number), the state size goes from N = 16 to N = 64, so the expanded state is four times
          larger. What happens to the bytes the fused kernel moves?
        </>
      }
      options={GUESSES}
      answer={() => {
        const opts = { bytesPerElement: 2 };
        const at16 = scanIo({ ...BENCH, N: 16 }, opts);
        const at64 = scanIo({ ...BENCH, N: 64 }, opts);
        const growth = at64.fusedBytes / at16.fusedBytes;
        return {
          value: classifyGrowth(growth),
          explanation: (
            <>
              The fused kernel&apos;s bytes grow by {((growth - 1) * 100).toFixed(1)}%, from{" "}
              {formatBytes(at16.fusedBytes)} to {formatBytes(at64.fusedBytes)}: only B, C (B·L·N)
              and A (D·N) grow with N, and the B·L·D·N intermediates never reach HBM. The naive
              kernels&apos; bytes grow {(at64.naiveBytes / at16.naiveBytes).toFixed(1)}×, to{" "}
              {formatBytes(at64.naiveBytes)}, so the ratio goes from {at16.ratio.toFixed(1)}× to{" "}
              {at64.ratio.toFixed(1)}×. The figure now shows N = 64.
            </>
          ),
        };
      }}
      onReveal={() => setParams({ ...BENCH, N: 64, bytes: "2", fp32: false })}
    />
  );
}

/** Numbers of the recompute figure at the reader's current settings, for the prose. */
function RecomputeNumbers() {
  const { params } = useViewParams(VIEW_ID, fields);
  const r = recomputeVsStore(shapeOf(params), GPU_BY_ID[params.gpu], ioOptionsOf(params));
  return (
    <>
      At the figure&apos;s current shape, recomputing moves{" "}
      <span className="live-number">{r.trafficRatio.toFixed(1)}×</span> fewer bytes and keeps{" "}
      <span className="live-number">{r.keptRatio.toFixed(1)}×</span> less memory for the backward
      pass.
    </>
  );
}

function RunningState() {
  const { params } = useViewParams(VIEW_ID, fields);
  const r = recomputeVsStore(shapeOf(params), GPU_BY_ID[params.gpu], ioOptionsOf(params));
  return <span className="live-number">{formatBytes(r.runningStateBytes)}</span>;
}

/** Chapter 8: "Making it fast" (EPISODE Ch. 8). */
export default function MakingItFastChapter() {
  return (
    <article className="chapter" aria-labelledby="chapter-title">
      <header className="chapter-header">
        <p className="kicker">Chapter 8 of 14</p>
        <h1 id="chapter-title">{INFO?.title ?? "Making it fast"}</h1>
        <p className="lede">
          Selection made the state space model smarter and, on paper, slower. This chapter is about
          the three classical tricks that make it fast on a real GPU anyway, and about what they do
          and do not mean.
        </p>
      </header>
      <Scrolly stepIds={STEP_IDS} figure={<ChapterFigure />}>
        <Step id="two-memories">
          <h2>Two memories</h2>
          <p>
            A GPU has two kinds of memory, and moving data between them often costs more than the
            arithmetic. On the chip sit the streaming multiprocessors (SMs), each with a small, fast{" "}
            <Term k="h">SRAM</Term> beside its cores. Off the chip sits the <Term k="u">HBM</Term>:
            tens of gigabytes, where weights and activations live <Cite id="a100-whitepaper" />.
          </p>
          <p>
            Each square in the figure is one SM; the episode&apos;s A100 has 108 of them, 6,912 FP32
            cores in all. Every byte a kernel needs from HBM crosses the link in the middle. On an
            A100, SRAM is about 13 times faster than HBM, 19 TB/s against 1.5 TB/s{" "}
            <Cite id="flashattention" where="Figure 1" />.
          </p>
        </Step>
        <Step id="per-sm">
          <h2>164 KB per SM, not per chip</h2>
          <p>
            The episode puts the A100&apos;s SRAM at 164 KB, smaller than a context window, as it
            says. That is the most shared memory one SM can have. The chip has 108 of them, about 18
            MB in all, 21 MB counting each SM&apos;s full 192 KB of L1 and shared memory.
          </p>
          <FactCheck id="sram-per-sm" />
          <p>
            Switch the GPU: from the V100 to the H100, HBM stays a few thousand times larger than
            all the SRAM on the chip.
          </p>
        </Step>
        <Step id="naive-pipeline">
          <h2>Where the bytes go</h2>
          <p>
            A selective model cannot use the convolution shortcut, so it must form the expanded{" "}
            <Term k="h">state</Term>: an N-vector for every token, channel and sequence, B·L·D·N
            numbers, N times the size of its <Term k="u">input</Term> and <Term k="y">output</Term>{" "}
            <Cite id="mamba" where="§3.3.1" />.
          </p>
          <p>
            Written naively, the layer is three GPU kernels: discretise (write Ā and B̄x), scan (read
            them, write h), multiply by C (read h, write y). Each hands its result to the next
            through HBM. The top three bars count those bytes; nearly all of them are Ā, B̄x and h.
          </p>
        </Step>
        <Step id="one-kernel">
          <h2>One kernel</h2>
          <p>
            Mamba runs all three steps in a single kernel: it reads x, Δ, A, B and C from HBM once,
            discretises and scans in SRAM, and writes only y <Cite id="mamba" where="Appendix D" />.
            That is kernel fusion: several operations in one kernel, so the intermediates never
            travel to HBM and back.
          </p>
          <FactCheck id="kernel-fusion" />
          <p>
            So the bytes fall by the computed ratio{" "}
            <Tex>{String.raw`1 + \frac{6BLDN}{3BLD + 2BLN + DN}`}</Tex>, close to 2N + 1 when D is
            much larger than N: not N, as a slogan would have it. The paper&apos;s
            &ldquo;20–40×&rdquo; is another quantity, a measured speed-up in time over a PyTorch
            scan <Cite id="mamba" where="§4.5" />; the time in the figure is only what the traffic
            would take at the chosen GPU&apos;s HBM bandwidth.
          </p>
          <Prediction />
        </Step>
        <Step id="up-sweep">
          <h2>Selection keeps the parallelism</h2>
          <p>
            With Δ, B and C depending on the input, every token has its own{" "}
            <Tex>{String.raw`\Abar_t`}</Tex>, and there is no single kernel to convolve with. But
            the loop is not forced either. Each step is an affine map{" "}
            <Tex>{String.raw`h \mapsto a\,h + b`}</Tex>, and two steps compose into one with{" "}
            <Tex>{String.raw`(a_1, b_1) \bullet (a_2, b_2)`}</Tex>{" "}
            <Tex>{String.raw`= (a_2 a_1,\ a_2 b_1 + b_2)`}</Tex>. That operator is associative,
            which is all a parallel scan needs <Cite id="blelloch" />.
          </p>
          <FactCheck id="selection-keeps-parallelism" />
          <p>
            The figure runs it on 16 tokens of one selective channel, with their real Ā<sub>t</sub>{" "}
            and B̄<sub>t</sub>x<sub>t</sub>. In the up-sweep, level d combines cells d apart; after
            four levels the last cell holds the whole sequence. Step through it with the buttons, or
            focus the figure and use the arrow keys.
          </p>
        </Step>
        <Step id="down-sweep">
          <h2>Down the tree, and the bill</h2>
          <p>
            The down-sweep clears the root and hands prefixes back down: after four more levels,
            cell t holds everything before token t. One last level combines each cell with its own
            token and gives the <Term k="h">states</Term> h<sub>t</sub>, equal to the loop&apos;s up
            to rounding.
          </p>
          <p>
            For 16 tokens that is 30 combines in 8 levels, plus 16 in one more, against 15 dependent
            steps for the loop. Parallel means fewer steps, not less work: about three times the
            operations. At L = 2,048 the depth is about 22 levels instead of 2,048, and Mamba runs
            one such scan for every batch element, channel and state index at once{" "}
            <Cite id="mamba" where="§3.3.2" />.
          </p>
        </Step>
        <Step id="recompute">
          <h2>Recompute instead of store</h2>
          <p>
            Training also runs a backward pass, and it needs the states. The usual answer is to
            store them in the forward pass: here, write all B·L·D·N of them to HBM and read them
            back. Mamba keeps only the inputs and recomputes the states in SRAM when the backward
            pass loads them, which is faster than reading them back{" "}
            <Cite id="mamba" where="§3.3.2, Appendix D" />.
          </p>
          <p>
            <RecomputeNumbers /> With this, Mamba trains in about the memory of a Transformer with
            FlashAttention-2: 4.8 GB against 4.6 GB for 125M-parameter models at batch 1 and length
            2,048 <Cite id="mamba" where="Table 15" />.
          </p>
        </Step>
        <Step id="where-the-state-lives">
          <h2>Where the state lives</h2>
          <p>
            The episode sums up the chapter as, in paraphrase: the state lives in the fastest,
            smallest memory on the chip, and that is the whole trick. It is half right.
          </p>
          <FactCheck id="state-leaves-sram" />
          <p>
            The expanded per-token states do stay on the chip. But generation keeps each
            layer&apos;s running state, B·D·N numbers, in ordinary GPU memory between tokens: the
            third gauge bar, <RunningState /> per layer at the figure&apos;s shape. That small,
            readable state returns in chapter 13.
          </p>
        </Step>
      </Scrolly>
    </article>
  );
}
