/*
 * What the reader should notice, step by step:
 * 1. A recurrent model is a loop: (old state, new input) → (new state, output). The heat map is that
 *    loop unrolled, one column per step.
 * 2. The column never gets taller: N numbers, whatever the length. That is the constant cost per token.
 * 3. How long an input lingers is set by Ā_n = e^{Δ·a_n}: Δ is the clock. The prediction makes the
 *    reader commit before seeing how much a 10× smaller Δ keeps.
 * 4. HiPPO: which N numbers to keep. The first view already shows the point: 16 Legendre
 *    coefficients reconstruct 2,000 samples of the test signal to an RMSE of 0.014.
 * 5. The bars are the state; fewer of them blur the past (N = 8 cannot follow four oscillations).
 * 6. The measure decides which past matters: all of it (LegS) or a sliding window (LegT).
 * 7. The discretisation matters: forward Euler's coefficients reach 10⁹ at N = 16 before
 *    recovering; the magnitude strip (log–log) makes the early spike visible.
 * 8. What this bought (the Long Range Arena strip, with the ListOps correction) and what it lacked.
 * Design lessons: start the LTI figure on an impulse so the decay is unmistakable, with N = 4 so
 * every slot has a readable row; park both players at the end so the first view shows the whole
 * history; draw HiPPO values on a fixed ±2.5 range so Euler's blow-up is clipped and labelled rather
 * than rescaling everything else to nothing.
 */
export type StateFocus = "h" | "size" | "dt" | "y";
export type HippoFocus = "reconstruction" | "coefficients" | "measure" | "euler";

export type StepFigure =
  { kind: "lti"; focus: StateFocus } | { kind: "hippo"; focus: HippoFocus } | { kind: "lra" };

export interface StepDef {
  id: string;
  figure: StepFigure;
}

export const steps = [
  { id: "one-step-at-a-time", figure: { kind: "lti", focus: "h" } },
  { id: "never-grows", figure: { kind: "lti", focus: "size" } },
  { id: "how-long-it-remembers", figure: { kind: "lti", focus: "dt" } },
  { id: "which-numbers-to-keep", figure: { kind: "hippo", focus: "reconstruction" } },
  { id: "fewer-numbers-blur", figure: { kind: "hippo", focus: "coefficients" } },
  { id: "all-history-or-a-window", figure: { kind: "hippo", focus: "measure" } },
  { id: "why-the-step-rule-matters", figure: { kind: "hippo", focus: "euler" } },
  { id: "long-range", figure: { kind: "lra" } },
] as const satisfies readonly StepDef[];

export type TheStateStepId = (typeof steps)[number]["id"];

export const STEP_IDS: readonly TheStateStepId[] = steps.map((s) => s.id);

export function figureStateFor(stepId: string | null): StepFigure {
  return (steps.find((s) => s.id === stepId) ?? steps[0]).figure;
}
