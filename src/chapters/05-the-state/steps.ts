/*
 * What the reader should notice, step by step:
 * 1. A recurrent model is a loop: (old state, new input) → (new state, output). The heat map is that
 *    loop unrolled, one column per step.
 * 2. The column never gets taller: N numbers, whatever the length. That is the constant cost per token.
 * 3. How long an input lingers is set by Ā_n = e^{Δ·a_n}: Δ is the clock. The prediction makes the
 *    reader commit before seeing how much a 10× smaller Δ keeps.
 * 4. What this bought (long-range benchmarks) and what it lacks (the same Ā for every input).
 * Design lessons: start on an impulse so the decay is unmistakable; keep N small (4) so every slot
 * has a readable row; put the marker at the end so the first view shows the whole history.
 */
export type StateFocus = "h" | "size" | "dt" | "y";

export interface StepDef {
  id: string;
  figure: { focus: StateFocus };
}

export const steps = [
  { id: "one-step-at-a-time", figure: { focus: "h" } },
  { id: "never-grows", figure: { focus: "size" } },
  { id: "how-long-it-remembers", figure: { focus: "dt" } },
  { id: "long-range", figure: { focus: "y" } },
] as const satisfies readonly StepDef[];

export type TheStateStepId = (typeof steps)[number]["id"];

export const STEP_IDS: readonly TheStateStepId[] = steps.map((s) => s.id);

export function figureStateFor(stepId: string | null): StepDef["figure"] {
  return (steps.find((s) => s.id === stepId) ?? steps[0]).figure;
}
