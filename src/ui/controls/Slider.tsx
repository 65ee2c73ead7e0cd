import { useId } from "react";

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Linear step; ignored on a log scale, which has `logSteps` positions. */
  step?: number;
  /** "log" spaces positions evenly in log(value), for ranges over several decades (Δ). */
  scale?: "linear" | "log";
  logSteps?: number;
  onChange: (value: number) => void;
  /** How the value is shown next to the label and read by screen readers. */
  format?: (value: number) => string;
  hint?: string;
}

/** Rounds to 3 significant digits, so a log slider writes tidy values (0.0316, not 0.031622…). */
export function roundSignificant(v: number, digits = 3): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(digits));
}

/** A native range input with a visible label and value, so keyboard and screen readers work for free. */
export function Slider(props: SliderProps) {
  const { label, value, min, max, step = 1, scale = "linear", logSteps = 100 } = props;
  const { onChange, format = String, hint } = props;
  const id = useId();
  const hintId = useId();
  const text = format(value);
  const isLog = scale === "log" && min > 0 && max > min;
  const toPos = (v: number) => (Math.log(v / min) / Math.log(max / min)) * logSteps;
  const fromPos = (p: number) => roundSignificant(min * (max / min) ** (p / logSteps));
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  return (
    <div className="slider">
      <label htmlFor={id}>
        {label} <output htmlFor={id}>{text}</output>
      </label>
      <input
        id={id}
        type="range"
        min={isLog ? 0 : min}
        max={isLog ? logSteps : max}
        step={isLog ? 1 : step}
        value={isLog ? Math.round(toPos(clamp(value))) : value}
        aria-valuetext={text}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          const raw = Number(e.currentTarget.value);
          if (!Number.isFinite(raw)) return;
          onChange(clamp(isLog ? fromPos(raw) : raw));
        }}
      />
      {hint && (
        <span id={hintId} className="control-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
