/*
 * What the reader should notice: the episode ends in forecasts, and a year and more later some can be
 * checked. The ledger separates what happened (hybrids, bigger states, state caching) from what
 * partly did and what is still open, each with its evidence one flip away.
 * Design lessons: the status is written on every card (not only coloured); flipping is a plain
 * disclosure button, so it works with the keyboard and a screen reader and needs no motion.
 */
import type { ForecastStatus } from "../../content/forecasts";

export interface StepDef {
  id: string;
  figure: { emphasis: ForecastStatus | null };
}

export const steps = [
  { id: "weirder-ahead", figure: { emphasis: null } },
  { id: "what-happened", figure: { emphasis: "happened" } },
  { id: "what-partly-did", figure: { emphasis: "partly" } },
  { id: "end-of-an-era", figure: { emphasis: "open" } },
] as const satisfies readonly StepDef[];

export const STEP_IDS: readonly string[] = steps.map((s) => s.id);

export function figureStateFor(stepId: string | null): StepDef["figure"] {
  return (steps.find((s) => s.id === stepId) ?? steps[0]).figure;
}
