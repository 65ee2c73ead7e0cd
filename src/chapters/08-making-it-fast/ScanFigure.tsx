import type { KeyboardEvent } from "react";
import { SIGNAL_KINDS, type ScanLevel, type SignalKind } from "../../models";
import { SIZES } from "../../sizes";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { PlayControls } from "../../ui/controls/PlayControls";
import { Select } from "../../ui/controls/Select";
import { Slider } from "../../ui/controls/Slider";
import { usePlayer } from "../../ui/controls/usePlayer";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { TexBlock } from "../../ui/text/Tex";
import { texNumber } from "../../ui/text/texNumber";
import { BlellochChart } from "../../viz/blelloch/BlellochChart";
import { fields, SCAN_ID, VIEW_ID } from "./fields";
import type { FastFocus } from "./steps";
import { SCAN_SEED, useScanRun } from "./useScanRun";

const SIZE = SIZES[SCAN_ID];

const INPUT_LABEL: Record<SignalKind, string> = {
  impulse: "Impulse (one spike)",
  step: "Step (switches on)",
  noise: "Noise (seeded)",
  sine: "Sine wave",
};

const PHASE_TEXT: Record<ScanLevel["phase"], string> = {
  input: "the input: each cell holds its own pair (Ā_t, B̄_t·x_t)",
  up: "up-sweep",
  clear: "clear: the root's total is saved, the root set to the identity (1, 0)",
  down: "down-sweep",
  inclusive: "final combine: h_t = (prefix before t) • x_t",
};

const f3 = (v: number) => (Math.abs(v) < 1e-3 && v !== 0 ? v.toExponential(1) : v.toFixed(3));
/** f3 for TeX: a power of ten as 7.4 × 10⁻⁴, not "7.4e-4". */
const t3 = (v: number) => (Math.abs(v) < 1e-3 && v !== 0 ? texNumber(v) : v.toFixed(3));
const texPair = (a: number, b: number) => String.raw`(${t3(a)},\ ${t3(b)})`;

/** The level a step opens on: the end of the up-sweep, or the very end. */
export function initialLevel(levels: readonly ScanLevel[], focus: FastFocus): number {
  if (focus === "up") {
    let last = 0;
    levels.forEach((l, i) => {
      if (l.phase === "up") last = i;
    });
    return last;
  }
  return levels.length - 1;
}

/** What a level did, in words. */
function levelText(level: ScanLevel): string {
  const k = level.ops.length;
  if (level.phase === "up") {
    return `up-sweep, stride d = ${level.stride}: ${k} combine${k === 1 ? "" : "s"} t[i] ← t[i−${level.stride}] • t[i], all at once`;
  }
  if (level.phase === "down") {
    return `down-sweep, stride d = ${level.stride}: ${k} combine${k === 1 ? "" : "s"}, each passing its prefix down (t[i−${level.stride}] ← t[i]; t[i] ← t[i] • old t[i−${level.stride}])`;
  }
  return PHASE_TEXT[level.phase];
}

/** The last op of a level (the one that reaches the last cell) with its real numbers, in TeX. */
function opTex(levels: readonly ScanLevel[], cur: number): string | null {
  const level = levels[cur];
  const prev = levels[cur - 1];
  const op = level?.ops[level.ops.length - 1];
  if (!level || !prev || !op) return null;
  const { lo, hi } = op;
  const after = texPair(level.a[hi], level.b[hi]);
  if (level.phase === "up") {
    return String.raw`\begin{aligned} t_{${hi}} &\leftarrow ${texPair(prev.a[lo], prev.b[lo])} \\ &\bullet\ ${texPair(prev.a[hi], prev.b[hi])} \\ &= ${after} \end{aligned}`;
  }
  if (level.phase === "down") {
    return String.raw`\begin{aligned} t_{${hi}} &\leftarrow ${texPair(prev.a[hi], prev.b[hi])} \\ &\bullet\ ${texPair(prev.a[lo], prev.b[lo])} \\ &= ${after} \end{aligned}`;
  }
  if (level.phase === "inclusive") {
    const x0 = levels[0];
    return String.raw`\begin{aligned} t_{${hi}} &\leftarrow ${texPair(prev.a[hi], prev.b[hi])} \\ &\bullet\ ${texPair(x0.a[hi], x0.b[hi])} \\ h_{${hi}} &= ${t3(level.b[hi])} \end{aligned}`;
  }
  return null;
}

/** "The parallel scan": Blelloch's up-sweep and down-sweep on one selective channel's real pairs. */
export function ScanFigure({ focus }: { focus: FastFocus }) {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const highlight = useApp((s) => s.highlight);
  const { n, input } = params;
  const { u, elements, run, loop, maxDiff } = useScanRun(input, n);
  const { levels, counts } = run;
  const player = usePlayer(levels.length, 1.5, initialLevel(levels, focus));
  const cur = player.t;
  const level = levels[cur];
  const P = counts.paddedLength;
  const done = levels.slice(0, cur + 1);
  const combinesSoFar = done.reduce((s, l) => s + l.ops.length, 0);
  const depthSoFar = done.filter((l) => l.ops.length > 0).length;
  const loopDone = Math.min(n, depthSoFar);
  const isFinal = cur === levels.length - 1;
  const op = opTex(levels, cur);
  const last = n - 1;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "ArrowRight" || e.key === "ArrowDown") player.step(1);
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") player.step(-1);
    else if (e.key === "Home") player.seek(0);
    else if (e.key === "End") player.seek(levels.length - 1);
    else return;
    e.preventDefault();
  };

  const summary =
    `Parallel scan of n = ${n} tokens (${input} input): level ${cur + 1} of ${levels.length}, ${level.phase}` +
    `${level.stride ? ` with stride ${level.stride}` : ""}. ${combinesSoFar} combines in ${depthSoFar} parallel levels so far; ` +
    `in as many dependent steps the loop has done ${loopDone} of its ${n} updates. In all: ${counts.exclusiveCombines} combines in ${counts.exclusiveDepth} levels ` +
    `for the exclusive scan, ${counts.inclusiveCombines} in ${counts.inclusiveDepth} with the final combine, against ${counts.sequentialCombines} dependent combines for the loop. ` +
    (isFinal
      ? `h_${last} = ${f3(run.states[last])} from the parallel scan and ${f3(loop[last])} from the loop (largest difference ${maxDiff.toExponential(1)}).`
      : `The states appear at the last level.`);

  const data = () => ({
    figure: SCAN_ID,
    discretisation: "exact recurrence values: Ā_t = exp(Δ_t·A), B̄_t·x_t = Δ_t·B·x_t",
    n,
    input,
    seed: SCAN_SEED,
    A: elements.A,
    B: elements.B,
    u,
    delta: elements.delta,
    a: elements.a,
    b: elements.b,
    level: cur,
    levels: levels.map((l) => ({ phase: l.phase, stride: l.stride, ops: l.ops, a: l.a, b: l.b })),
    states: run.states,
    loop,
    maxDifference: maxDiff,
    counts,
  });

  return (
    <FigureFrame
      id={SCAN_ID}
      title="The parallel scan, level by level"
      summary={summary}
      discretisation="exact recurrence values, Ā_t = exp(Δ_t·A) and B̄_t·x_t = Δ_t·B·x_t (the reference rule)"
      caption={
        <>
          One selective channel on {n} tokens: x_t is the input, Δ_t = softplus(x_t), A = −1, B = 1,
          so each token is the pair (a_t, b_t) = (e<sup>−Δ_t</sup>, Δ_t·x_t). Each row is one level
          of Blelloch&apos;s scan; a cell&apos;s label is the stretch of tokens it has combined
          (&ldquo;0–7&rdquo; is x₀ • … • x₇, &ldquo;I&rdquo; the identity). Lines show the current
          level&apos;s combines (dashed: a copy). The bottom row is the loop after as many dependent
          steps. Mamba&apos;s kernel uses the same operator in a block-wide inclusive scan;
          Blelloch&apos;s tree is the textbook schedule, not necessarily the GPU&apos;s.
        </>
      }
      sources={
        <>
          <Cite id="blelloch" /> <Cite id="mamba" where="§3.3.2, Appendix D" />{" "}
          <Cite id="mamba-code" where="SSMScanOp" />
        </>
      }
      data={data}
      badge={<TestedBadge against="the sequential loop, n = 1…1,024" />}
      onReset={() => setParams({ n: fields.n.def, input: fields.input.def })}
      controls={
        <div className="control-grid">
          <Slider
            label="Tokens n"
            value={Math.log2(n)}
            min={Math.log2(SIZE.L.min)}
            max={Math.log2(SIZE.L.max)}
            step={1}
            onChange={(k) => setParams({ n: 2 ** Math.round(k) })}
            format={() => String(n)}
            hint="powers of two"
          />
          <Select
            label="Input x"
            value={input}
            options={SIGNAL_KINDS.map((k) => ({ value: k, label: INPUT_LABEL[k] }))}
            onChange={(v) => setParams({ input: v })}
          />
          <PlayControls player={player} length={levels.length} unit="level" />
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </div>
      }
    >
      <div className="fast-figure" data-focus={focus} data-kind="scan" data-level={cur}>
        <div className="formula-pair">
          <TexBlock>
            {String.raw`(a_1, b_1) \bullet (a_2, b_2) = (a_2 a_1,\ a_2 b_1 + b_2)`}
          </TexBlock>
          <TexBlock>{String.raw`h_t = a_t h_{t-1} + b_t`}</TexBlock>
        </div>
        <p className="scan-level" aria-live="polite" data-testid="scan-level">
          <strong>
            Level {cur + 1} of {levels.length}:
          </strong>{" "}
          {levelText(level)}.
        </p>
        <div
          className="scan-stage"
          tabIndex={0}
          role="group"
          aria-label="Scan levels: press the left and right arrow keys to step through them"
          onKeyDown={onKeyDown}
        >
          <BlellochChart
            levels={levels}
            n={n}
            P={P}
            current={cur}
            label={`Blelloch scan of ${n} tokens at level ${cur + 1} of ${levels.length} (${level.phase}); the loop has done ${loopDone} of ${n} updates.`}
            emphasis={focus === "up" || focus === "down" ? focus : null}
            isStateHighlighted={highlight === "h"}
          />
        </div>
        {op && (
          <div className="scan-op">
            <p className="scan-op-lead">The level&apos;s last combine, with its numbers:</p>
            <TexBlock>{op}</TexBlock>
          </div>
        )}
        <TexBlock>
          {String.raw`\begin{aligned} \text{parallel: } & 2(n-1) + n = ${counts.inclusiveCombines}\ \text{combines} \\ & 2\log_2 n + 1 = ${counts.inclusiveDepth}\ \text{levels} \\ \text{loop: } & n - 1 = ${counts.sequentialCombines}\ \text{in a row} \end{aligned}`}
        </TexBlock>
        <p className="figure-callout" data-testid="scan-check">
          {isFinal ? (
            <>
              h<sub>{last}</sub> = {f3(run.states[last])} (parallel) and {f3(loop[last])} (loop);
              largest difference over all {n} states: {maxDiff.toExponential(1)}, rounding.
            </>
          ) : (
            <>
              So far: {combinesSoFar} combines in {depthSoFar} levels. The loop, in {depthSoFar}{" "}
              dependent steps, has {loopDone} of its {n} states.
            </>
          )}
        </p>
      </div>
    </FigureFrame>
  );
}
