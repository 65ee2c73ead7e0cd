import { useEffect, type RefObject } from "react";
import { appStore } from "../../state/store";

/**
 * One IntersectionObserver with a trigger line across the middle of the viewport: the step that
 * crosses it becomes the active step (STYLE.md §6). No scroll listeners, so fast scrolling or a
 * deep link simply lands on whatever step is at the line.
 */
export function useActiveStep(
  containerRef: RefObject<HTMLElement | null>,
  stepIds: readonly string[],
) {
  useEffect(() => {
    const root = containerRef.current;
    if (!root || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const id = (e.target as HTMLElement).dataset.stepId;
          if (e.isIntersecting && id && appStore.getState().stepId !== id) {
            appStore.getState().setStep(id);
          }
        }
      },
      { rootMargin: "-50% 0px -50% 0px", threshold: 0 },
    );
    root.querySelectorAll<HTMLElement>("[data-step-id]").forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [containerRef, stepIds]);
}

/** Scrolls a step to the trigger line (used by deep links and the j/k keys). */
export function scrollToStep(stepId: string, smooth: boolean): boolean {
  const el = document.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(stepId)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  return true;
}
