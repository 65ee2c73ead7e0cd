import { useApp } from "../../state/store";
import { figureStateFor } from "./steps";
import { TeaserFigure } from "./TeaserFigure";
import { TimelineFigure } from "./TimelineFigure";

/** The chapter's one sticky figure: the timeline for the history steps, the teaser after them. */
export function ChapterFigure() {
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const focus = figureStateFor(stepId);
  return focus.kind === "timeline" ? (
    <TimelineFigure focus={focus} />
  ) : (
    <TeaserFigure focus={focus} />
  );
}
