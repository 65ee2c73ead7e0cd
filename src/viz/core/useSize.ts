import { useLayoutEffect, useState, type RefObject } from "react";

export interface Size {
  widthPx: number;
  heightPx: number;
}

/** The element's content box, followed with a ResizeObserver; `fallback` until the first report. */
export function useSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) {
        const widthPx = Math.round(box.width);
        setSize((s) => (s.widthPx === widthPx ? s : { ...s, widthPx }));
      }
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
