import { useId } from "react";

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** How the value is shown next to the label and read by screen readers. */
  format?: (value: number) => string;
}

/** A native range input with a visible label and value, so keyboard and screen readers work for free. */
export function Slider({ label, value, min, max, step, onChange, format = String }: SliderProps) {
  const id = useId();
  const text = format(value);
  return (
    <div className="slider">
      <label htmlFor={id}>
        {label} <output htmlFor={id}>{text}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
        }}
      />
    </div>
  );
}
