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
    el.classList.remove("katex-error");
    el.removeAttribute("title");
  } catch (err) {
    el.textContent = tex;
    el.classList.add("katex-error");
    el.title = err instanceof Error ? err.message : String(err);
  }
}

/** Inline formula. */
export function Tex({ children, label }: TexProps) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current) renderInto(ref.current, children, false);
  }, [children]);
  return <span ref={ref} className="tex" aria-label={label} />;
}

/**
 * Display formula on its own line. When it is wider than the column (a phone), it scrolls inside
 * its own box, which then becomes focusable so keyboard users can scroll it too.
 */
export function TexBlock({ children, label }: TexProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    renderInto(el, children, true);
    const update = () => {
      const overflows = el.scrollWidth > el.clientWidth + 1;
      if (overflows) {
        el.tabIndex = 0;
        el.setAttribute("role", "group");
        if (!label) el.setAttribute("aria-label", "Formula (scrolls sideways)");
      } else {
        el.removeAttribute("tabindex");
        el.removeAttribute("role");
        if (!label) el.removeAttribute("aria-label");
      }
    };
    update();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [children, label]);
  return <div ref={ref} className="tex-block" aria-label={label} />;
}
