import { useMemo } from "react";
import {
  decodeFlopCrossover,
  facts,
  kvStateCrossoverTokens,
  streamCostAt,
  streamCostSeries,
} from "../../models";
import { SIZES } from "../../sizes";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { Slider } from "../../ui/controls/Slider";
import { Toggle } from "../../ui/controls/Toggle";
import { usePlayer } from "../../ui/controls/usePlayer";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { Tex } from "../../ui/text/Tex";
import { formatSi } from "../../viz/streamcost/siFormat";
import { StreamChart, type StreamPanel } from "../../viz/streamcost/StreamChart";
import { fields } from "./fields";
import type { TeaserFocus } from "./steps";
import { VIEW_ID } from "./TimelineFigure";
import "./beyond-transformers.css";

const T = facts.TRANSFORMER_2_7B;
const M = facts.MAMBA_2_8B;
const SIZE = SIZES["beyond-transformers/teaser"].L;
/** Frames of the stream animation (4 s at 30 frames per second), whatever the stream's length. */
export const STREAM_FRAMES = 120;
const FPS = 30;
const SAMPLES = 200;

/** Tokens read at frame f of the animation: frame 0 reads the first token, the last frame all L. */
export function tokensAtFrame(frame: number, L: number): number {
  return 1 + Math.round(((L - 1) * frame) / (STREAM_FRAMES - 1));
}

const count = (n: number) => n.toLocaleString("en-US");
const texCount = (n: number) => count(n).replace(/,/g, "{,}");
const texSi = (v: number, unit: string) => {
  const [num, u] = formatSi(v, unit).split(" ");
  return String.raw`${num.replace(/,/g, "{,}")}\ \text{${u}}`;
};
const ratioText = (r: number) => (r >= 10 ? Math.round(r).toLocaleString("en-US") : r.toFixed(2));

/** Two models read one stream: per-token cost and memory of each, from the cost models (§k). */
export function TeaserFigure({ focus }: { focus: TeaserFocus }) {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const highlight = useApp((s) => s.highlight);
  const reducedMotion = useApp((s) => s.reducedMotion);
  const { L, weights } = params;
  const player = usePlayer(STREAM_FRAMES, FPS, STREAM_FRAMES - 1);
  const t = Math.min(L, tokensAtFrame(player.t, L));

  const series = useMemo(
    () => streamCostSeries(T, M, L, { projections: weights, samples: SAMPLES }),
    [L, weights],
  );
  const now = streamCostAt(T, M, t, { projections: weights });
  const memoryCross = kvStateCrossoverTokens(T, M);
  const costCross = decodeFlopCrossover(T, M, { scope: "model", projections: weights });
  const costWord = weights ? "whole model" : "attention against the scan";

  const panels: StreamPanel[] = useMemo(
    () => [
      {
        id: "cost",
        title: "Cost of the latest token",
        unit: "FLOP",
        attention: series.attentionFlops,
        ssm: series.ssmFlops,
        crossover: costCross,
        crossoverLabel: `equal at ${count(Math.round(costCross))}`,
      },
      {
        id: "memory",
        title: "Memory held",
        unit: "B",
        attention: series.kvBytes,
        ssm: series.stateBytes,
        crossover: memoryCross,
        crossoverLabel: `equal at ${count(Math.round(memoryCross))}`,
      },
    ],
    [series, costCross, memoryCross],
  );

  const emphasis = highlight === "attn" || highlight === "h" ? highlight : null;
  const costRatio = now.attentionFlops / now.ssmFlops;
  const memRatio = now.kvBytes / now.stateBytes;
  const summary =
    `Stream of ${count(L)} tokens; ${count(t)} read. Token ${count(t)} costs the ${T.name} ` +
    `${formatSi(now.attentionFlops, "FLOP")} and ${M.name} ${formatSi(now.ssmFlops, "FLOP")} ` +
    `(${costWord}; ${ratioText(costRatio)}×). Memory: KV cache ${formatSi(now.kvBytes, "B")} against ` +
    `a fixed state of ${formatSi(now.stateBytes, "B")} (${ratioText(memRatio)}×). ` +
    `The KV cache passes the state after ${count(memoryCross)} tokens; per-token cost after ` +
    `${count(Math.round(costCross))}.`;

  const exportData = () => ({
    figure: "beyond-transformers/teaser",
    discretisation: "none (closed-form cost counts, DESIGNS §k)",
    transformer: T,
    mamba: M,
    L,
    weights,
    bytesPerElement: facts.BYTES_FP16,
    tokensRead: t,
    positions: series.positions,
    attentionFlopsPerToken: series.attentionFlops,
    ssmFlopsPerToken: series.ssmFlops,
    kvCacheBytes: series.kvBytes,
    stateBytes: series.stateBytes,
    crossovers: { memoryTokens: memoryCross, costTokens: costCross },
  });

  const d = T.dModel;
  const D = M.dInner;
  // Inline formulas, so that a phone can break them after an operator instead of scrolling.
  const attentionTex = weights
    ? String.raw`${T.layers}\times(4\cdot ${texCount(t)}\cdot ${texCount(d)} + 24\cdot ${texCount(d)}^2) = ${texSi(now.attentionFlops, "FLOP")}`
    : String.raw`${T.layers}\times 4\cdot ${texCount(t)}\cdot ${texCount(d)} = ${texSi(now.attentionFlops, "FLOP")}`;
  const ssmTex = weights
    ? String.raw`${M.layers}\times(7DN + 3D + 12d^2 + 8D) = ${texSi(now.ssmFlops, "FLOP")}`
    : String.raw`${M.layers}\times(7\cdot ${texCount(D)}\cdot ${M.dState} + 3\cdot ${texCount(D)}) = ${texSi(now.ssmFlops, "FLOP")}`;
  const kvTex = String.raw`2\cdot ${T.layers}\cdot ${texCount(t)}\cdot ${texCount(d)}\cdot 2\,\text{B} = ${texSi(now.kvBytes, "B")}`;
  const stateTex = String.raw`${M.layers}\cdot ${texCount(D)}\cdot(${M.dState} + ${M.dConv})\cdot 2\,\text{B} = ${texSi(now.stateBytes, "B")}`;
  const showCost = focus.panel !== "memory";
  const showMemory = focus.panel !== "cost";

  const playLabel = player.isPlaying ? "Pause" : reducedMotion ? "Show end" : "Play the stream";
  return (
    <FigureFrame
      id="beyond-transformers/teaser"
      title="Two models read the same stream"
      summary={summary}
      discretisation="not applicable: closed-form cost counts"
      caption={
        <>
          The {T.name} (solid line, {T.layers} layers × d = {count(d)}) and {M.name} (dashed,{" "}
          {M.layers} layers, D = {count(D)}, N = {M.dState}) read the same tokens one at a time.
          Top: FLOPs spent on the latest token ({costWord}; forward, one multiply-add = 2 FLOPs,
          softmax ignored). Bottom: what each must keep, the KV cache against the recurrent state,
          at 2 bytes per value (GB = 10⁹ bytes). Dotted lines show the rest of the stream.
        </>
      }
      sources={
        <>
          <Cite id="flashattention2" where="§4.1" /> for attention FLOPs;{" "}
          <Cite id="gpt3" where="Table 2.1" />, <Cite id="mamba" where="§3.4" /> and{" "}
          <Cite id="mamba-code" where="README" /> for the shapes.
        </>
      }
      data={exportData}
      badge={<TestedBadge against="FACTS §8’s KV-cache and state sizes" />}
      onReset={() => {
        setParams({ L: fields.L.def, weights: fields.weights.def });
        player.seek(STREAM_FRAMES - 1);
      }}
      controls={
        <div className="control-grid">
          <Slider
            label="Stream length"
            value={Math.log2(L)}
            min={Math.log2(SIZE.min)}
            max={Math.log2(SIZE.max)}
            step={1}
            format={(p) => `${count(Math.round(2 ** p))} tokens`}
            onChange={(p) => setParams({ L: Math.round(2 ** p) })}
            hint="Log scale: each step doubles the stream."
          />
          <Toggle
            label="Count the weights too"
            checked={weights}
            onChange={(on) => setParams({ weights: on })}
            hint="Adds projections and MLP: 24d² per attention layer, 12d² per Mamba block."
          />
          <div className="play-controls bt-play" role="group" aria-label="Stream playback">
            <button
              type="button"
              onClick={player.isPlaying ? player.pause : player.play}
              title={reducedMotion ? "Reduced motion: jumps to the end" : undefined}
            >
              {playLabel}
            </button>
            <button type="button" onClick={player.reset} disabled={player.t === 0}>
              Back to the first token
            </button>
            <span className="play-position" aria-live={player.isPlaying ? "off" : "polite"}>
              token {count(t)} of {count(L)}
            </span>
          </div>
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </div>
      }
    >
      <div className="bt-teaser" data-figure-kind="teaser" data-focus={focus.panel}>
        <div className="bt-formulas">
          {showCost && (
            <p>
              <span className="bt-formula-name">attention, token t:</span> <Tex>{attentionTex}</Tex>
            </p>
          )}
          {showCost && (
            <p>
              <span className="bt-formula-name">SSM, any token:</span> <Tex>{ssmTex}</Tex>
            </p>
          )}
          {showMemory && (
            <p>
              <span className="bt-formula-name">KV cache after t:</span> <Tex>{kvTex}</Tex>
            </p>
          )}
          {showMemory && (
            <p>
              <span className="bt-formula-name">SSM state:</span> <Tex>{stateTex}</Tex>
            </p>
          )}
        </div>
        <StreamChart
          positions={series.positions}
          L={L}
          t={t}
          panels={panels}
          attentionName="Transformer 2.7B"
          ssmName="Mamba-2.8B"
          emphasis={emphasis}
          focusPanel={focus.panel === "both" ? null : focus.panel}
          label={`Per-token cost and memory over a stream of ${count(L)} tokens, up to token ${count(t)}: attention climbs to ${formatSi(now.attentionFlops, "FLOP")} and ${formatSi(now.kvBytes, "B")}; the SSM stays at ${formatSi(now.ssmFlops, "FLOP")} and ${formatSi(now.stateBytes, "B")}.`}
        />
        <table className="bt-readout" data-testid="teaser-readout">
          <caption className="visually-hidden">At token {count(t)}</caption>
          <thead>
            <tr>
              <th scope="col">At token {count(t)}</th>
              <th scope="col">token cost</th>
              <th scope="col">memory</th>
            </tr>
          </thead>
          <tbody>
            <tr className={emphasis === "attn" ? "is-emphasised" : undefined}>
              <th scope="row">
                <span className="bt-key bt-key-attn" aria-hidden="true" /> Transformer 2.7B
              </th>
              <td>{formatSi(now.attentionFlops, "FLOP")}</td>
              <td>{formatSi(now.kvBytes, "B")}</td>
            </tr>
            <tr className={emphasis === "h" ? "is-emphasised" : undefined}>
              <th scope="row">
                <span className="bt-key bt-key-h" aria-hidden="true" /> Mamba-2.8B
              </th>
              <td>{formatSi(now.ssmFlops, "FLOP")}</td>
              <td>{formatSi(now.stateBytes, "B")}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </FigureFrame>
  );
}
