import { useLayoutEffect, useRef } from "react";
import katex from "katex";
import { TEX_MACROS } from "./texMacros";

interface TexProps {
  children: string;
  /** A label for screen readers when the formula's own MathML is not enough. */
  label?: string;
}

function renderInto(el: HTMLElement, tex: string, displayMode: boolean) {
  try {
    // katex.render builds DOM nodes and sets styles through the CSSOM, so a strict CSP holds.
    katex.render(tex, el, {
      displayMode,
      strict: "error",
      throwOnError: true,
      macros: { ...TEX_MACROS },
    });
  } catch (err) {
    el.textContent = tex;
    el.className = "katex-error";
    el.title = err instanceof Error ? err.message : String(err);
  }
}

function useKatex(tex: string, displayMode: boolean) {
  const ref = useRef<HTMLSpanElement & HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) renderInto(ref.current, tex, displayMode);
  }, [tex, displayMode]);
  return ref;
}

/** Inline formula. */
export function Tex({ children, label }: TexProps) {
  const ref = useKatex(children, false);
  return <span ref={ref} className="tex" aria-label={label} />;
}

/** Display formula on its own line. */
export function TexBlock({ children, label }: TexProps) {
  const ref = useKatex(children, true);
  return <div ref={ref} className="tex-block" aria-label={label} />;
}
