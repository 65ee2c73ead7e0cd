import { scanIo, scanIoRatioApprox, scanIoTime, type IoStep } from "../../models";
import { SIZES } from "../../sizes";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { TexBlock } from "../../ui/text/Tex";
import { IoBarsChart } from "../../viz/iobars/IoBarsChart";
import type { IoRole, IoRowInput } from "../../viz/iobars/ioBarsLayout";
import { formatBytes, formatCount, formatSeconds } from "../../viz/units/units";
import { ShapeControls } from "./ShapeControls";
import { BYTES_ID, fields, VIEW_ID } from "./fields";
import { GPU_BY_ID, isBandwidthHedged } from "./gpus";
import { ioOptionsOf, shapeOf, texSci } from "./shared";
import type { FastFocus } from "./steps";

const SIZE = SIZES[BYTES_ID];

const KERNEL_LABEL: Record<IoStep["name"], string> = {
  discretise: "1. discretise",
  scan: "2. scan",
  output: "3. multiply by C",
  fused: "one fused kernel",
};

const roleOf = (name: string, isIntermediate: boolean): IoRole => {
  if (isIntermediate) return "intermediate";
  return name === "y" ? "output" : "input";
};

/** The chart's rows: each kernel's reads, then its writes, in bytes. */
export function ioRows(
  steps: { naive: IoStep[]; fused: IoStep[] },
  bytes: number,
  intermediateBytes: number,
): IoRowInput[] {
  const row = (group: string) => (s: IoStep) => ({
    id: s.name,
    group,
    label: KERNEL_LABEL[s.name],
    segments: [
      ...s.reads.map((t) => ({ ...t, kind: "read" as const })),
      ...s.writes.map((t) => ({ ...t, kind: "write" as const })),
    ].map((t) => ({
      name: t.name,
      kind: t.kind,
      role: roleOf(t.name, t.isIntermediate),
      bytes: t.elements * (t.isIntermediate ? intermediateBytes : bytes),
    })),
  });
  return [...steps.naive.map(row("naive")), ...steps.fused.map(row("fused"))];
}

const FOCUS_NOTE: Partial<Record<FastFocus, string>> = {
  naive:
    "The three naive kernels pass Ā, B̄x and h (each B·L·D·N values) to each other through HBM.",
  fused: "The fused kernel reads the inputs once and writes only y: no intermediate reaches HBM.",
};

const HIGHLIGHT_ROLE: Partial<Record<string, IoRole>> = {
  u: "input",
  h: "intermediate",
  y: "output",
};

/** "Bytes moved": the IO model of DESIGNS §h, naive against fused, and the time it implies. */
export function BytesFigure({ focus }: { focus: FastFocus }) {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const highlight = useApp((s) => s.highlight);
  const gpu = GPU_BY_ID[params.gpu];
  const shape = shapeOf(params);
  const opts = ioOptionsOf(params);
  // Closed forms: O(1) work, recomputed on every render.
  const io = scanIo(shape, opts);
  const time = scanIoTime(shape, gpu, opts);
  const approx = scanIoRatioApprox(shape.D, shape.N);
  const rows = ioRows(
    { naive: io.naiveSteps, fused: io.fusedSteps },
    opts.bytesPerElement,
    opts.intermediateBytesPerElement,
  );
  const { B, L, D, N } = shape;
  const hedged = isBandwidthHedged(gpu);
  const bw = `${formatCount(gpu.hbmBytesPerSecond / 1e9)} GB/s`;
  const widths =
    opts.intermediateBytesPerElement === opts.bytesPerElement && !params.fp32
      ? `${opts.bytesPerElement} bytes per element`
      : `${opts.bytesPerElement} bytes per element, intermediates in fp32`;

  const isSameWidth = opts.intermediateBytesPerElement === opts.bytesPerElement;
  // The approximation 1 + 6ND/(3D + 2N) holds when every value has the same width.
  const ratioNote = isSameWidth
    ? String.raw`&\approx 1 + \tfrac{6ND}{3D + 2N} = ${approx.toFixed(1)}`
    : String.raw`&\ \ (\bar A, \bar B x, h\ \text{in fp32})`;

  const summary =
    `B = ${B}, L = ${formatCount(L)}, D = ${formatCount(D)}, N = ${N}, ${widths}: the three naive kernels move ` +
    `${formatBytes(io.naiveBytes)} between HBM and the chip, the fused kernel ${formatBytes(io.fusedBytes)}: ` +
    `${io.ratio.toFixed(1)}× fewer bytes (1 + 6ND/(3D + 2N) = ${approx.toFixed(1)}). ` +
    `At the ${gpu.name}'s ${bw} that traffic alone takes ${formatSeconds(time.naiveSeconds)} against ${formatSeconds(time.fusedSeconds)}.`;

  const data = () => ({
    figure: BYTES_ID,
    discretisation: "not applicable: byte counts",
    shape,
    bytesPerElement: opts.bytesPerElement,
    intermediateBytesPerElement: opts.intermediateBytesPerElement,
    gpu: gpu.name,
    hbmBytesPerSecond: gpu.hbmBytesPerSecond,
    rows,
    naiveElements: io.naiveElements,
    fusedElements: io.fusedElements,
    naiveBytes: io.naiveBytes,
    fusedBytes: io.fusedBytes,
    ratio: io.ratio,
    ratioApprox: approx,
    naiveSeconds: time.naiveSeconds,
    fusedSeconds: time.fusedSeconds,
  });

  return (
    <FigureFrame
      id={BYTES_ID}
      title="Bytes moved between HBM and the chip: naive against fused"
      summary={summary}
      discretisation="not applicable: byte counts (the kernels use Ā = exp(ΔA), B̄ = Δ·B)"
      caption={
        <>
          One selective-scan layer. Each bar is one GPU kernel&apos;s traffic: what it reads, then
          (hatched) what it writes. Inputs x, Δ, A, B, C in the input colour, the expanded
          intermediates Ā, B̄x, h in the state colour, the output y in the output colour. Bytes are
          counted by the IO model; the time is those bytes at the GPU&apos;s HBM bandwidth only, a
          lower bound that ignores compute. {FOCUS_NOTE[focus]}
        </>
      }
      sources={
        <>
          <Cite id="mamba" where="§3.3, Appendix D" /> (the fused kernel); bandwidths FACTS §6
          {hedged ? " (this GPU's from secondary sources)" : ""}.
        </>
      }
      data={data}
      badge={<TestedBadge against="DESIGNS §h's table and closed forms" />}
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
          fp32Label="fp32 intermediates"
          fp32Hint={
            params.bytes === "4"
              ? "No effect at 4 bytes per element: every value is fp32 already."
              : "The naive path keeps Ā, B̄x and h in fp32, as a PyTorch reference would."
          }
        />
      }
    >
      <div className="fast-figure" data-focus={focus} data-kind="bytes">
        <div className="io-counter" data-testid="io-counter">
          <p className="io-ratio">
            <strong>{io.ratio.toFixed(1)}×</strong> fewer bytes
          </p>
          <p className="io-detail">
            Bytes: naive {formatBytes(io.naiveBytes)}, fused {formatBytes(io.fusedBytes)}.
          </p>
          <p className="io-detail">
            Time at {bw} ({gpu.name}): {formatSeconds(time.naiveSeconds)} against{" "}
            {formatSeconds(time.fusedSeconds)}.
          </p>
        </div>
        <IoBarsChart
          rows={rows}
          label={`Bytes per kernel: naive ${formatBytes(io.naiveBytes)} in three kernels, fused ${formatBytes(io.fusedBytes)} in one.`}
          groupTitles={{
            naive: `Naive: three kernels, ${formatBytes(io.naiveBytes)}`,
            fused: `Fused: one kernel, ${formatBytes(io.fusedBytes)}`,
          }}
          formatBytes={(b) => formatBytes(b, 3)}
          emphasis={focus === "naive" || focus === "fused" ? focus : null}
          highlight={highlight ? (HIGHLIGHT_ROLE[highlight] ?? null) : null}
        />
        <ul className="legend fast-legend" aria-label="Legend">
          <li>
            <span className="swatch swatch-input" aria-hidden="true" /> inputs (x, Δ, A, B, C)
          </li>
          <li>
            <span className="swatch swatch-intermediate" aria-hidden="true" /> intermediates Ā, B̄x,
            h
          </li>
          <li>
            <span className="swatch swatch-output" aria-hidden="true" /> output y
          </li>
          <li>
            <span className="swatch swatch-write" aria-hidden="true" /> hatched: written
          </li>
        </ul>
        <div className="formula-pair">
          <TexBlock>
            {String.raw`\begin{aligned} \text{fused} &= 3BLD + 2BLN + DN \\ &= ${texSci(io.fusedElements)} \end{aligned}`}
          </TexBlock>
          <TexBlock>
            {String.raw`\begin{aligned} \text{naive} &= \text{fused} + 6BLDN \\ &= ${texSci(io.naiveElements)} \end{aligned}`}
          </TexBlock>
          <TexBlock>
            {String.raw`\begin{aligned} \text{ratio} &= ${io.ratio.toFixed(1)} \\ ${ratioNote} \end{aligned}`}
          </TexBlock>
        </div>
      </div>
    </FigureFrame>
  );
}
