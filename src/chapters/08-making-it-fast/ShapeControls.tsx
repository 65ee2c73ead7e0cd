import type { Dim } from "../../sizes";
import { Select } from "../../ui/controls/Select";
import { Slider } from "../../ui/controls/Slider";
import { Toggle } from "../../ui/controls/Toggle";
import { formatCount } from "../../viz/units/units";
import { BYTE_WIDTHS, type FastParams } from "./fields";
import { GPU_OPTIONS } from "./gpus";

interface ShapeControlsProps {
  params: FastParams;
  setParams: (patch: Partial<FastParams>) => void;
  notes: readonly string[];
  size: { L: Dim; D: Dim; N: Dim; batch: Dim };
  /** The fp32 switch's label and hint differ between the bytes and the recompute figure. */
  fp32Label: string;
  fp32Hint: string;
}

const BYTE_LABEL: Record<(typeof BYTE_WIDTHS)[number], string> = {
  "2": "2 bytes (bf16 / fp16)",
  "4": "4 bytes (fp32)",
};

/**
 * A slider over powers of two (log scale): position k means 2^k, so L and D step 1, 2, 4, …, and
 * the value shown is the setting itself (a link may hold a value between two powers).
 */
function Pow2Slider(props: {
  label: string;
  value: number;
  dim: Dim;
  onChange: (v: number) => void;
}) {
  const { label, value, dim, onChange } = props;
  return (
    <Slider
      label={label}
      value={Math.log2(value)}
      min={Math.log2(dim.min)}
      max={Math.log2(dim.max)}
      step={1}
      onChange={(k) => onChange(2 ** Math.round(k))}
      format={() => formatCount(value)}
      hint="log scale: each step doubles it"
    />
  );
}

/** GPU, batch, length, width, state size and byte widths: the inputs of the IO model. */
export function ShapeControls(props: ShapeControlsProps) {
  const { params, setParams, notes, size, fp32Label, fp32Hint } = props;
  return (
    <div className="control-grid">
      <Select
        label="GPU"
        value={params.gpu}
        options={GPU_OPTIONS}
        onChange={(v) => setParams({ gpu: v })}
      />
      <Slider
        label="Batch B"
        value={params.B}
        min={size.batch.min}
        max={size.batch.max}
        step={1}
        onChange={(v) => setParams({ B: v })}
      />
      <Pow2Slider
        label="Length L"
        value={params.L}
        dim={size.L}
        onChange={(v) => setParams({ L: v })}
      />
      <Pow2Slider
        label="Channels D"
        value={params.D}
        dim={size.D}
        onChange={(v) => setParams({ D: v })}
      />
      <Slider
        label="State size N"
        value={params.N}
        min={size.N.min}
        max={size.N.max}
        step={1}
        onChange={(v) => setParams({ N: v })}
      />
      <Select
        label="Bytes per element"
        value={params.bytes}
        options={BYTE_WIDTHS.map((w) => ({ value: w, label: BYTE_LABEL[w] }))}
        onChange={(v) => setParams({ bytes: v })}
      />
      <Toggle
        label={fp32Label}
        checked={params.fp32}
        onChange={(v) => setParams({ fp32: v })}
        hint={fp32Hint}
      />
      {notes.length > 0 && (
        <p className="url-note" role="status">
          {notes.join(" ")}
        </p>
      )}
    </div>
  );
}
