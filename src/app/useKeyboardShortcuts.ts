import { useEffect } from "react";
import { CHAPTER_ENTRIES } from "../chapters/registry";
import { appStore } from "../state/store";
import { navigate } from "../state/urlSync";
import { scrollToStep } from "../ui/scrolly/useActiveStep";

function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return Boolean(
    t.closest(
      "input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='dialog']",
    ),
  );
}

/** Moves to the neighbouring step of the chapter on screen. */
export function moveStep(by: 1 | -1): void {
  const s = appStore.getState();
  if (s.stepIds.length === 0) return;
  const current = Math.max(0, s.stepIds.indexOf(s.stepId ?? s.stepIds[0]));
  const next = s.stepIds[Math.min(s.stepIds.length - 1, Math.max(0, current + by))];
  if (next === undefined) return;
  s.setStep(next);
  scrollToStep(next, !s.reducedMotion);
}

/** Moves to the neighbouring chapter (from the contents, J opens chapter 1). */
export function moveChapter(by: 1 | -1): void {
  const { route } = appStore.getState();
  const i = route.kind === "chapter" ? CHAPTER_ENTRIES.findIndex((c) => c.id === route.id) : -1;
  const target = CHAPTER_ENTRIES[i + by];
  if (target) navigate(appStore, { kind: "chapter", id: target.id });
  else if (by === -1 && i === 0) navigate(appStore, { kind: "contents" });
}

/** j / k steps, J / K chapters, ? help; never while typing in a control, and only while enabled. */
export function useKeyboardShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target))
        return;
      const s = appStore.getState();
      if (e.key === "?") {
        s.setHelpOpen(true);
        e.preventDefault();
        return;
      }
      if (!s.keysEnabled || s.isHelpOpen) return;
      const actions: Record<string, () => void> = {
        j: () => moveStep(1),
        k: () => moveStep(-1),
        J: () => moveChapter(1),
        K: () => moveChapter(-1),
      };
      const act = actions[e.key];
      if (act) {
        e.preventDefault();
        act();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
