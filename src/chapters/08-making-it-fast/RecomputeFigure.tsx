import { recomputeVsStore, type BackwardPlan } from "../../models";
import { SIZES } from "../../sizes";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { TexBlock } from "../../ui/text/Tex";
import { RecomputeTimeline } from "../../viz/timeline/RecomputeTimeline";
import type { TimelineLaneInput } from "../../viz/timeline/timelineLayout";
import { formatBytes, formatCount, formatSeconds } from "../../viz/units/units";
import { ShapeControls } from "./ShapeControls";
import { fields, RECOMPUTE_ID, VIEW_ID } from "./fields";
import { GPU_BY_ID, isBandwidthHedged } from "./gpus";
import { ioOptionsOf, shapeOf, texSci } from "./shared";
import type { FastFocus } from "./steps";

const SIZE = SIZES[RECOMPUTE_ID];

const LANE_LABEL = {
  store: "Store the states",
  recompute: "Recompute the states",
} as const;

function lane(plan: BackwardPlan): TimelineLaneInput {
  return {
    id: plan.strategy,
    label: `${LANE_LABEL[plan.strategy]}: ${formatBytes(plan.totalBytes)}, ${formatSeconds(plan.totalSeconds)}`,
    forwardSeconds: plan.forwardSeconds,
    totalSeconds: plan.totalSeconds,
    phases: plan.phases.map((p) => ({
      label: p.label,
      pass: p.pass,
      kind: p.kind,
      startSeconds: p.startSeconds,
      seconds: p.seconds,
      isState: p.tensors.some((t) => t.name === "h"),
    })),
  };
}

const FOCUS_NOTE: Partial<Record<FastFocus, string>> = {
  timeline:
    "The thick tick on each lane separates the forward pass from the backward pass; diamonds are work done in SRAM, which moves no HBM bytes.",
  state:
    "The third gauge bar is what generation keeps per layer between tokens: the running state, B·D·N values, in ordinary GPU memory.",
};

/** "Recompute or store": the backward pass on the IO model, and the memory each strategy keeps. */
export function RecomputeFigure({ focus }: { focus: FastFocus }) {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const highlight = useApp((s) => s.highlight);
  const gpu = GPU_BY_ID[params.gpu];
  const shape = shapeOf(params);
  const opts = ioOptionsOf(params);
  // Closed forms: O(1) work, recomputed on every render.
  const r = recomputeVsStore(shape, gpu, opts);
  const lanes = [lane(r.store), lane(r.recompute)];
  const gaugeItems = [
    { id: "store", label: "kept when storing", bytes: r.store.keptBytes },
    { id: "recompute", label: "kept when recomputing", bytes: r.recompute.keptBytes },
    { id: "running", label: "running state in generation", bytes: r.runningStateBytes },
  ];
  const hbm = formatBytes(gpu.hbmBytes);
  const bw = `${formatCount(gpu.hbmBytesPerSecond / 1e9)} GB/s`;
  const hBytes = opts.intermediateBytesPerElement;
  const { B, L, D, N } = shape;

  const summary =
    `B = ${B}, L = ${formatCount(L)}, D = ${formatCount(D)}, N = ${N}, one layer on the ${gpu.name} (${bw}): ` +
    `storing the states moves ${formatBytes(r.store.totalBytes)} through HBM (${formatSeconds(r.store.totalSeconds)}), ` +
    `recomputing them moves ${formatBytes(r.recompute.totalBytes)} (${formatSeconds(r.recompute.totalSeconds)}), ${r.trafficRatio.toFixed(1)}× less. ` +
    `Kept between the passes: ${formatBytes(r.store.keptBytes)} against ${formatBytes(r.recompute.keptBytes)}, of ${hbm} of HBM. ` +
    `The running state of generation is ${formatBytes(r.runningStateBytes)}.`;

  const data = () => ({
    figure: RECOMPUTE_ID,
    discretisation: "not applicable: byte counts",
    shape,
    bytesPerElement: opts.bytesPerElement,
    storedStateBytesPerElement: hBytes,
    gpu: gpu.name,
    hbmBytes: gpu.hbmBytes,
    hbmBytesPerSecond: gpu.hbmBytesPerSecond,
    store: r.store,
    recompute: r.recompute,
    trafficRatio: r.trafficRatio,
    keptRatio: r.keptRatio,
    extraBytes: r.extraBytes,
    runningStateBytes: r.runningStateBytes,
  });

  return (
    <FigureFrame
      id={RECOMPUTE_ID}
      title="The backward pass: store the states, or recompute them"
      summary={summary}
      discretisation="not applicable: byte counts (the kernels use Ā = exp(ΔA), B̄ = Δ·B)"
      caption={
        <>
          One selective-scan layer, forward then backward, for two strategies. Each phase is as wide
          as its HBM traffic takes at the GPU&apos;s bandwidth (reads in the input colour, writes in
          the output colour, the states h in the state colour with a dashed outline). Below, a
          memory gauge on a log axis: activations kept in HBM between the passes, and the GPU&apos;s
          HBM capacity (dashed line). {FOCUS_NOTE[focus]}
        </>
      }
      sources={
        <>
          <Cite id="mamba" where="§3.3.2, Appendix D" /> (recomputation);{" "}
          <Cite id="mamba-code" where="inference cache and step" /> (the running state); bandwidths
          FACTS §6{isBandwidthHedged(gpu) ? " (this GPU's from secondary sources)" : ""}.
        </>
      }
      data={data}
      badge={<TestedBadge against="closed forms of the IO model" />}
      onReset={() =>
        setParams({
          B: fields.B.def,
          L: fields.L.def,
          D: fields.D.def,
          N: fields.N.def,
          bytes: fields.bytes.def,
          fp32: fields.fp32.def,
        })
      }
      controls={
        <ShapeControls
          params={params}
          setParams={setParams}
          notes={notes}
          size={SIZE}
          fp32Label="fp32 stored states"
          fp32Hint="Storing keeps h in fp32 (4 bytes per value)."
        />
      }
    >
      <div className="fast-figure" data-focus={focus} data-kind="recompute">
        <div className="io-counter" data-testid="recompute-counter">
          <p className="io-ratio">
            <strong>{r.trafficRatio.toFixed(1)}×</strong> less HBM traffic when recomputing
          </p>
          <p className="io-detail">
            Kept for the backward pass: {formatBytes(r.store.keptBytes)} against{" "}
            {formatBytes(r.recompute.keptBytes)} per layer.
          </p>
        </div>
        <TexBlock>
          {String.raw`\begin{aligned} \text{store} - \text{recompute} &= 2\,BLDN \times ${hBytes}\ \text{bytes} \\ &= 2 \times ${texSci(B * L * D * N)} \times ${hBytes} \\ &= ${texSci(r.extraBytes)}\ \text{bytes} \end{aligned}`}
        </TexBlock>
        <RecomputeTimeline
          lanes={lanes}
          gaugeItems={gaugeItems}
          capacityBytes={gpu.hbmBytes}
          capacityLabel={`HBM ${hbm}`}
          gaugeTitle="Memory kept in HBM, one layer (log scale)"
          formatSeconds={(s) => formatSeconds(s, 2)}
          formatBytes={(b) => formatBytes(b, 3)}
          label={`Store: ${formatBytes(r.store.totalBytes)} of traffic, ${formatSeconds(r.store.totalSeconds)}; recompute: ${formatBytes(r.recompute.totalBytes)}, ${formatSeconds(r.recompute.totalSeconds)}. Kept: ${formatBytes(r.store.keptBytes)} against ${formatBytes(r.recompute.keptBytes)}.`}
          emphasis={focus === "state" ? "gauge" : "timeline"}
          isStateHighlighted={highlight === "h"}
          highlightedItem={focus === "state" ? "running" : null}
        />
        <ul className="legend fast-legend" aria-label="Legend">
          <li>
            <span className="swatch swatch-input" aria-hidden="true" /> read from HBM
          </li>
          <li>
            <span className="swatch swatch-output" aria-hidden="true" /> written to HBM
          </li>
          <li>
            <span className="swatch swatch-state" aria-hidden="true" /> the states h (dashed)
          </li>
          <li>
            <span aria-hidden="true">◆</span> work in SRAM, no HBM bytes
          </li>
          <li>
            <span aria-hidden="true">┃</span> end of the forward pass
          </li>
        </ul>
      </div>
    </FigureFrame>
  );
}
