/*
 * What the reader should notice, step by step:
 * 1. The recurrence is a loop: the state (two numbers) moves one step at a time.
 * 2. Unrolled, the loop is a convolution: the kernel K_j = C Ā^j B̄ slides over the input, and the
 *    output at the marked step is the sum of the products under it.
 * 3. The two outputs coincide for any Δ, A, B, C; the badge shows the largest difference, which is
 *    rounding (about 1e−16), not an approximation.
 * 4. Why it mattered: the convolution has every output at once (the dashes are drawn over the whole
 *    run), the loop walks; training and prompt reading used the first, generation the second.
 * 5. What it cost: the same Δ, Ā, B̄ for every token. The prediction asks what happens to each face
 *    when Δ depends on the token; the reveal turns that on.
 * 6. With Δ per token the loop still runs, the kernel panel greys out: each position would need
 *    its own kernel (the grey line is the one the marked step needs, and it changes as you play).
 * Design lessons: N = 2 so every number fits in a formula; the default input is three pulses, so
 * the output reads as three shifted, scaled copies of the kernel; the default C = (1, −1) makes the
 * kernel a bump rather than a plain decay, so "the kernel" is a shape worth sliding. The marked step
 * starts past the second pulse, so the first view already shows two products under the kernel. No
 * bilinear toggle: the two faces agree under any time-invariant rule, so it would teach nothing
 * here (CONTRACT.md asks for it only where it teaches something).
 */
export type TwoFacesFocus = "state" | "kernel" | "same" | "parallel" | "price" | "token";

export interface StepDef {
  id: string;
  figure: {
    focus: TwoFacesFocus;
    /** Whether Δ depends on the token on this step, unless the reader chose otherwise. */
    isTokenDt: boolean;
  };
}

export const steps = [
  { id: "a-loop", figure: { focus: "state", isTokenDt: false } },
  { id: "a-kernel", figure: { focus: "kernel", isTokenDt: false } },
  { id: "same-output", figure: { focus: "same", isTokenDt: false } },
  { id: "why-it-mattered", figure: { focus: "parallel", isTokenDt: false } },
  { id: "what-it-cost", figure: { focus: "price", isTokenDt: false } },
  { id: "no-single-kernel", figure: { focus: "token", isTokenDt: true } },
] as const satisfies readonly StepDef[];

export type LtiBargainStepId = (typeof steps)[number]["id"];

export const STEP_IDS: readonly LtiBargainStepId[] = steps.map((s) => s.id);

export function figureStateFor(stepId: string | null): StepDef["figure"] {
  return (steps.find((s) => s.id === stepId) ?? steps[0]).figure;
}
