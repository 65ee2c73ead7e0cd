/*
 * What the reader should notice, step by step:
 * 1. The word alone: seven letters. With no lens, every content word of the table lights about
 *    equally (only the hashed identity separates them): the token carries almost nothing.
 * 2. Four things thinking does with the word; the third, context, is the one that matters for
 *    Mamba. The myth lens lights the myth words.
 * 3. The same word through another lens lights a different set: the prediction asks how many of
 *    the top five survive a switch from myth to optics (none, at the default strength). The step
 *    keeps the myth lens so the figure does not give the answer away; the reveal switches to optics
 *    and the callout compares the two lists.
 * 4. Transformers already do this (the interpretability fact check: context, not evidence about
 *    Mamba). The memory lens.
 * 5. The question for the next chapter: here the lens is handed in from outside; what in a network
 *    lets the context compute it? The formula's lens term is outlined.
 * Design lessons: a hook, so one figure and one idea; the words never move when the lens changes,
 * only the light does, so the change is easy to see; the step picks the lens only until the reader
 * picks one.
 */
import type { Lens } from "../../models";

export type RainbowFocus = "word" | "lens" | "compare" | "layers" | "context";

export interface StepDef {
  id: string;
  figure: { lens: Lens; focus: RainbowFocus };
}

export const steps = [
  { id: "seven-letters", figure: { lens: "none", focus: "word" } },
  { id: "four-abilities", figure: { lens: "myth", focus: "lens" } },
  { id: "same-word-new-lens", figure: { lens: "myth", focus: "compare" } },
  { id: "transformers-already", figure: { lens: "memory", focus: "layers" } },
  { id: "the-question", figure: { lens: "science", focus: "context" } },
] as const satisfies readonly StepDef[];

export type RainbowStepId = (typeof steps)[number]["id"];

export const STEP_IDS: readonly RainbowStepId[] = steps.map((s) => s.id);

export function figureStateFor(stepId: string | null): StepDef["figure"] {
  return (steps.find((s) => s.id === stepId) ?? steps[0]).figure;
}
