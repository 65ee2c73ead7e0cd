import { useId } from "react";

interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A short line under the label saying what the switch changes. */
  hint?: string;
}

/** An on/off switch built on a native checkbox (role="switch" so it is announced as one). */
export function Toggle({ label, checked, onChange, hint }: ToggleProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label htmlFor={id}>
        {label} <span className="toggle-state">{checked ? "on" : "off"}</span>
      </label>
      {hint && (
        <span id={hintId} className="control-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
