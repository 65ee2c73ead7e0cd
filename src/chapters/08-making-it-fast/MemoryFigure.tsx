import { facts, memoryHierarchy } from "../../models";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { Select } from "../../ui/controls/Select";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { TexBlock } from "../../ui/text/Tex";
import { MemoryChart } from "../../viz/memory/MemoryChart";
import { formatBytes, formatCount, formatRatio } from "../../viz/units/units";
import { fields, MEMORY_ID, VIEW_ID } from "./fields";
import { GPU_BY_ID, GPU_OPTIONS, isBandwidthHedged } from "./gpus";
import { texInt, texSci } from "./shared";
import type { FastFocus } from "./steps";

const FOCUS_NOTE: Partial<Record<FastFocus, string>> = {
  chip: "Each small square is one SM; the inset zooms into the first.",
  ratio:
    "The bars use a log scale: each grid line is ten times the one before, so the ×108 and the ×2,000 are drawn as the distances they are.",
};

const bandwidth = (bps: number) => `${formatCount(bps / 1e9)} GB/s`;

/** "Two memories": the chosen GPU's SMs and their shared memory against its HBM (FACTS §6). */
export function MemoryFigure({ focus }: { focus: FastFocus }) {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const highlight = useApp((s) => s.highlight);
  const gpu = GPU_BY_ID[params.gpu];
  const m = memoryHierarchy(gpu);
  const hedged = isBandwidthHedged(gpu);
  const isA100 = gpu.sms === facts.A100_40GB.sms;
  const kib = gpu.maxSharedPerSmKiB;
  const hbmGb = formatBytes(m.hbmBytes);
  const bw = `${bandwidth(m.hbmBytesPerSecond)}${hedged ? " (secondary source)" : ""}`;
  let chartHighlight: "sram" | "hbm" | null = null;
  if (highlight === "h") chartHighlight = "sram";
  else if (highlight === "u") chartHighlight = "hbm";

  const summary =
    `${gpu.name}: ${m.sms} SMs, ${formatCount(m.fp32Cores)} FP32 cores. Each SM has up to ${kib} KB (KiB) of shared memory ` +
    `(${gpu.l1SharedPerSmKiB} KB of L1 and shared memory in all), so the chip holds ${formatBytes(m.sharedTotalBytes)} of shared memory ` +
    `(${formatBytes(m.l1SharedTotalBytes)} counting all L1). HBM: ${hbmGb} at ${bw}. ` +
    `HBM is ${formatRatio(m.hbmOverSharedTotal)} all the shared memory, and ${formatRatio(m.hbmOverSharedPerSm)} one SM's.`;

  const data = () => ({
    figure: MEMORY_ID,
    gpu: gpu.name,
    sms: m.sms,
    fp32Cores: m.fp32Cores,
    sharedPerSmKiB: kib,
    sharedPerSmBytes: m.sharedPerSmBytes,
    l1SharedPerSmBytes: m.l1SharedPerSmBytes,
    sharedTotalBytes: m.sharedTotalBytes,
    l1SharedTotalBytes: m.l1SharedTotalBytes,
    hbmBytes: m.hbmBytes,
    hbmBytesPerSecond: m.hbmBytesPerSecond,
    hbmOverSharedTotal: m.hbmOverSharedTotal,
    hbmOverSharedPerSm: m.hbmOverSharedPerSm,
    hedged: gpu.hedged,
    units: "bytes (SI: kB = 1e3, MB = 1e6, GB = 1e9); per-SM figures in KiB as NVIDIA writes them",
  });

  return (
    <FigureFrame
      id={MEMORY_ID}
      title="Two memories: SRAM on the chip, HBM beside it"
      summary={summary}
      discretisation="not applicable: memory sizes and bandwidths"
      caption={
        <>
          The chosen GPU&apos;s streaming multiprocessors (SMs), one square each, with the shared
          memory of one SM zoomed, the HBM off the chip, and all three capacities on a log axis.
          NVIDIA&apos;s &ldquo;KB&rdquo; of shared memory means KiB (1,024 bytes); totals are in SI
          units (GB = 10⁹ bytes). {focus && FOCUS_NOTE[focus]}
        </>
      }
      sources={
        <>
          <Cite id="a100-whitepaper" where="108 SMs, 192 KB L1/shared per SM" />{" "}
          <Cite id="ampere-tuning" where="§1.4.2, up to 164 KB shared per SM" />{" "}
          <Cite id="cuda-guide" where="compute capability 9.0" /> <Cite id="hopper-in-depth" />{" "}
          <Cite id="flashattention" where="§2.1, Figure 1" />. V100 figures and the A100 80 GB and
          H100 bandwidths: FACTS §6 (HPC centre documentation and secondary spec tables).
        </>
      }
      data={data}
      badge={<TestedBadge against="FACTS §6 numbers" />}
      onReset={() => setParams({ gpu: fields.gpu.def })}
      controls={
        <div className="control-grid">
          <Select
            label="GPU"
            value={params.gpu}
            options={GPU_OPTIONS}
            onChange={(v) => setParams({ gpu: v })}
          />
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </div>
      }
    >
      <div className="fast-figure" data-focus={focus} data-kind="memory">
        <div className="formula-pair">
          <TexBlock>{String.raw`\text{all SRAM} = ${m.sms} \times ${kib}\ \text{KiB}`}</TexBlock>
          <TexBlock>
            {String.raw`\text{HBM} / \text{all SRAM} = ${texInt(m.hbmOverSharedTotal)}`}
          </TexBlock>
          <TexBlock>
            {String.raw`\text{HBM} / \text{one SM} = ${texSci(m.hbmOverSharedPerSm, 2)}`}
          </TexBlock>
        </div>
        <MemoryChart
          sms={m.sms}
          sharedPerSmBytes={m.sharedPerSmBytes}
          sharedTotalBytes={m.sharedTotalBytes}
          hbmBytes={m.hbmBytes}
          label={`${gpu.name}: ${m.sms} SMs with ${kib} KB of shared memory each, ${formatBytes(m.sharedTotalBytes)} in all, against ${hbmGb} of HBM.`}
          chipTitle={`${gpu.name}: ${m.sms} SMs on the chip`}
          insetLines={[
            `One SM: ${gpu.fp32CoresPerSm} FP32 cores`,
            `up to ${kib} KB shared memory`,
            `(of ${gpu.l1SharedPerSmKiB} KB L1 + shared)`,
          ]}
          busLabel={`HBM ↔ chip: ${bw}`}
          hbmLabel={`HBM, off the chip: ${hbmGb}`}
          barsTitle="Capacity (log scale)"
          barLabels={{
            sm: `one SM's shared memory: ${kib} KB`,
            chip: `all ${m.sms} SMs: ${formatBytes(m.sharedTotalBytes)} (×${m.sms})`,
            hbm: `HBM: ${hbmGb} (${formatRatio(m.hbmOverSharedTotal)} all SMs)`,
          }}
          tickLabel={(b) => formatBytes(b, 2)}
          emphasis={focus === "ratio" ? "bars" : "chip"}
          highlight={chartHighlight}
        />
        {isA100 && (
          <p className="figure-callout" data-testid="pyramid-note">
            FlashAttention&apos;s A100 pyramid: SRAM 19 TB/s (20 MB in all), HBM 1.5 TB/s (40 GB),
            CPU memory 12.8 GB/s. SRAM is about{" "}
            {Math.round(
              facts.A100_MEMORY_PYRAMID.sramBytesPerSecond /
                facts.A100_MEMORY_PYRAMID.hbmBytesPerSecond,
            )}
            × faster than HBM.
          </p>
        )}
      </div>
    </FigureFrame>
  );
}
