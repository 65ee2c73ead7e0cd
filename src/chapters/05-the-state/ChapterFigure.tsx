import { useState } from "react";
import { useApp } from "../../state/store";
import { StateFigure } from "./Figure";
import { HippoFigure } from "./HippoFigure";
import { LraFigure } from "./LraFigure";
import { figureStateFor } from "./steps";

/**
 * The chapter's one sticky figure: the LTI state, the HiPPO compressor or the Long Range Arena
 * strip, picked by the active step. A drawn HiPPO signal lives here, so it survives scrolling
 * between steps (it is not in the URL).
 */
export function ChapterFigure() {
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const { kind } = figureStateFor(stepId);
  const [drawn, setDrawn] = useState<Float64Array | null>(null);
  if (kind === "hippo") return <HippoFigure drawn={drawn} onDrawnChange={setDrawn} />;
  if (kind === "lra") return <LraFigure />;
  return <StateFigure />;
}
