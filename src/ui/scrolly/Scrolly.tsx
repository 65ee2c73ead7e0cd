import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { appStore, useApp } from "../../state/store";
import { scrollToStep, useActiveStep } from "./useActiveStep";

interface ScrollyProps {
  /** The chapter's step ids in order (from its steps.ts). */
  stepIds: readonly string[];
  /** The sticky figure: a pure function of (view, step, settings). */
  figure: ReactNode;
  children: ReactNode;
}

function factCheckElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-fact-check="${CSS.escape(id)}"]`);
}

/** Prose steps beside a sticky figure (above it below 800 px). */
export function Scrolly({ stepIds, figure, children }: ScrollyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const setStepIds = useApp((s) => s.setStepIds);
  useLayoutEffect(() => setStepIds(stepIds), [setStepIds, stepIds]);
  useActiveStep(ref, stepIds);

  // A deep link lands on its step once, after layout settles; an unknown step id falls back to the top.
  useEffect(() => {
    const wanted = appStore.getState().stepId;
    if (!wanted) return;
    if (!stepIds.includes(wanted)) {
      // `#chapter/fact-<id>` (from the Fact checks page) lands on the step that shows that check.
      const target = wanted.startsWith("fact-") ? factCheckElement(wanted.slice(5)) : null;
      const step = target?.closest<HTMLElement>("[data-step-id]")?.dataset.stepId ?? null;
      appStore.getState().setStep(step);
      if (!target) return;
      const raf = requestAnimationFrame(() => target.scrollIntoView({ block: "center" }));
      return () => cancelAnimationFrame(raf);
    }
    const raf = requestAnimationFrame(() => scrollToStep(wanted, false));
    return () => cancelAnimationFrame(raf);
  }, [stepIds]);

  return (
    <div className="scrolly" ref={ref}>
      <div className="scrolly-figure">{figure}</div>
      <div className="scrolly-steps">{children}</div>
    </div>
  );
}

interface StepProps<Id extends string> {
  id: Id;
  children: ReactNode;
}

/** One prose step; it is "current" while it sits on the trigger line. */
export function Step<Id extends string>({ id, children }: StepProps<Id>) {
  const isActive = useApp((s) => (s.stepId ?? s.stepIds[0]) === id);
  return (
    <section
      className={`step${isActive ? " is-active" : ""}`}
      data-step-id={id}
      aria-current={isActive ? "step" : undefined}
    >
      {children}
    </section>
  );
}
