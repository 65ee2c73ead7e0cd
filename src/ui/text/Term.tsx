import type { ReactNode } from "react";
import { useApp, type Concept } from "../../state/store";

const NAMES: Record<Concept, string> = {
  u: "input",
  h: "state",
  y: "output",
  dt: "step size Δ",
  attn: "attention",
};

/**
 * A word in the prose that names a figure element: it shares the element's colour (and an
 * underline, so colour is not the only cue), and hovering or focusing it highlights the element.
 */
export function Term({ k, children }: { k: Concept; children: ReactNode }) {
  const setHighlight = useApp((s) => s.setHighlight);
  const isActive = useApp((s) => s.highlight === k);
  const on = () => setHighlight(k);
  const off = () => setHighlight(null);
  return (
    <span
      className={`term term-${k}${isActive ? " is-active" : ""}`}
      tabIndex={0}
      data-concept={k}
      aria-description={`highlights the ${NAMES[k]} in the figure`}
      onMouseEnter={on}
      onMouseLeave={off}
      onFocus={on}
      onBlur={off}
    >
      {children}
    </span>
  );
}
