import { useApp } from "../../state/store";
import { BytesFigure } from "./BytesFigure";
import { MemoryFigure } from "./MemoryFigure";
import { RecomputeFigure } from "./RecomputeFigure";
import { ScanFigure } from "./ScanFigure";
import { figureStateFor } from "./steps";
import "./making-it-fast.css";

/**
 * The chapter's one sticky figure, picked by the active step: the memory hierarchy, the bytes
 * moved, the parallel scan or the backward pass. The scan is keyed by the step, so each of its
 * steps opens on its own level (the end of the up-sweep, or the end).
 */
export function ChapterFigure() {
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const { kind, focus } = figureStateFor(stepId);
  switch (kind) {
    case "memory":
      return <MemoryFigure focus={focus} />;
    case "bytes":
      return <BytesFigure focus={focus} />;
    case "scan":
      return <ScanFigure key={stepId} focus={focus} />;
    case "recompute":
      return <RecomputeFigure focus={focus} />;
  }
}
