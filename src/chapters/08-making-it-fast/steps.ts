/*
 * What the reader should notice, step by step:
 * 1. A GPU has two memories: many SMs on the chip, each with a small fast SRAM, and a large HBM off
 *    it. Every byte crosses the link between them.
 * 2. The episode's "164 KB" is one SM's shared memory; the chip has 108 of them, ≈ 18 MB. HBM is
 *    ≈ 2,000× the on-chip SRAM, not 10⁵× (the fact check), and stays in the thousands on every GPU.
 * 3. The naive selective scan is three kernels that hand Ā, B̄x and h (each B·L·D·N) to each other
 *    through HBM: the bars are almost all intermediates.
 * 4. Fusion (one kernel, intermediates never in HBM) cuts the bytes by the computed ratio, ≈ 2N + 1,
 *    not N. The prediction asks for that ratio at the scan-benchmark shape before showing it.
 * 5. Selection does not force a loop: the affine maps compose associatively, so the up-sweep builds
 *    a tree of partial products (real Ā_t, B̄_t·x_t of one selective channel).
 * 6. The down-sweep turns the tree into prefixes; one more level gives h. Fewer steps, more work.
 * 7. The backward pass: storing h costs 2·BLDN of traffic and BLDN of memory; recomputing in SRAM
 *    costs neither.
 * 8. "The state never leaves SRAM" is half right: the running state of generation (B·D·N) is an
 *    ordinary tensor in GPU memory, the gauge's third bar.
 * Design lessons: one figure per idea, switched by step, so no figure carries every control; the
 * memory figure uses a log axis for capacities (linear bars would hide 164 KB entirely); the bytes
 * and the time are shown apart, so "32.6× fewer bytes" is never read as a speed-up; the scan starts
 * on a finished phase so the first view already shows the tree.
 */
export type FigureKind = "memory" | "bytes" | "scan" | "recompute";
export type FastFocus = "chip" | "ratio" | "naive" | "fused" | "up" | "down" | "timeline" | "state";

export interface StepDef {
  id: string;
  figure: { kind: FigureKind; focus: FastFocus };
}

export const steps = [
  { id: "two-memories", figure: { kind: "memory", focus: "chip" } },
  { id: "per-sm", figure: { kind: "memory", focus: "ratio" } },
  { id: "naive-pipeline", figure: { kind: "bytes", focus: "naive" } },
  { id: "one-kernel", figure: { kind: "bytes", focus: "fused" } },
  { id: "up-sweep", figure: { kind: "scan", focus: "up" } },
  { id: "down-sweep", figure: { kind: "scan", focus: "down" } },
  { id: "recompute", figure: { kind: "recompute", focus: "timeline" } },
  { id: "where-the-state-lives", figure: { kind: "recompute", focus: "state" } },
] as const satisfies readonly StepDef[];

export type MakingItFastStepId = (typeof steps)[number]["id"];

export const STEP_IDS: readonly MakingItFastStepId[] = steps.map((s) => s.id);

export function figureStateFor(stepId: string | null): StepDef["figure"] {
  return (steps.find((s) => s.id === stepId) ?? steps[0]).figure;
}
