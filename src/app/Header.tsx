import { BUILT_CHAPTERS, CHAPTER_ENTRIES } from "../chapters/registry";
import { useApp } from "../state/store";
import { Link } from "../ui/nav/Link";
import { ThemeToggle } from "../ui/nav/ThemeToggle";
import { viewTitle } from "./viewTitle";

/** Reading position: built chapters only count towards progress (CONTRACT.md). */
function useProgress() {
  const route = useApp((s) => s.route);
  const stepId = useApp((s) => s.stepId);
  const stepIds = useApp((s) => s.stepIds);
  if (route.kind !== "chapter") return null;
  const entry = CHAPTER_ENTRIES.find((c) => c.id === route.id);
  if (!entry) return null;
  const stepIndex = Math.max(0, stepIds.indexOf(stepId ?? stepIds[0] ?? ""));
  const within = stepIds.length > 0 ? (stepIndex + 1) / stepIds.length : 0;
  const builtIndex = BUILT_CHAPTERS.findIndex((c) => c.id === route.id);
  const fraction =
    BUILT_CHAPTERS.length === 0 || builtIndex < 0
      ? 0
      : (builtIndex + within) / BUILT_CHAPTERS.length;
  return {
    number: entry.number,
    step: stepIds.length > 0 ? { index: stepIndex + 1, count: stepIds.length } : null,
    fraction,
  };
}

export function Header() {
  const route = useApp((s) => s.route);
  const setHelpOpen = useApp((s) => s.setHelpOpen);
  const progress = useProgress();
  const title = viewTitle(route);
  return (
    <header className="site-header">
      <div className="site-header-row">
        <Link to={{ kind: "contents" }} className="site-title">
          <span aria-hidden="true" className="site-mark">
            h<sub>t</sub>
          </span>{" "}
          Selective SSMs
        </Link>
        {route.kind !== "contents" && (
          <span className="header-view" aria-live="polite">
            {progress && (
              <span className="header-progress-text">
                Chapter {progress.number} of 14
                {progress.step && ` · step ${progress.step.index} of ${progress.step.count}`}
                <span aria-hidden="true"> · </span>
              </span>
            )}
            <span className="header-view-title">{title}</span>
          </span>
        )}
        <span className="header-actions">
          <Link to={{ kind: "contents" }} className="header-contents">
            Contents
          </Link>
          <button
            type="button"
            className="icon-button"
            onClick={() => setHelpOpen(true)}
            aria-label="Keyboard shortcuts"
          >
            <span aria-hidden="true">?</span>
          </button>
          <ThemeToggle />
        </span>
      </div>
      {progress && (
        <div
          className="reading-progress"
          role="progressbar"
          aria-label="Reading progress through the built chapters"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress.fraction * 100)}
        >
          <div
            className="reading-progress-bar"
            style={{ transform: `scaleX(${progress.fraction})` }}
          />
        </div>
      )}
    </header>
  );
}
