/*
 * What the reader should notice, step by step:
 * 1. One architecture since June 2017: the timeline starts with a single marker, alone in its row.
 * 2. A quiet SSM lineage (HiPPO → LSSL → S4 → S4D → H3) ran alongside, 2020–2022: the band moves there.
 * 3. 2023's contenders (Hyena, BST, RetNet, StripedHyena) were interesting, not decisive (the speaker's
 *    view, labelled as such).
 * 4. Mamba (1 Dec 2023) is the one he takes seriously; 2024 brought Mamba-2 and production hybrids.
 * 5. The teaser: two models read one stream. Attention's cost per token climbs, the SSM's stays flat.
 * 6. Memory: the prediction asks when the KV cache passes Mamba's whole state (after 40 tokens).
 * 7. Neither is the last word: the speaker's framing, and the question the next chapters answer.
 * Design lessons: the timeline is a radio group so Tab reaches one entry and the arrows walk the
 * rest; the step picks the card only until the reader picks one. The teaser defaults to 4,096
 * tokens and rests at the end of the stream, so the first view already shows the climb.
 */
import type { EntryId } from "./timeline";

export type TimelineFocus = {
  kind: "timeline";
  /** The card shown until the reader picks an entry. */
  entry: EntryId;
  /** The entries the step is about (bold labels) and the span shaded behind them. */
  highlighted: readonly EntryId[];
  band: { from: { year: number; month: number }; to: { year: number; month: number } };
};

export type TeaserFocus = {
  kind: "teaser";
  /** The panel outlined and whose formulas are shown. */
  panel: "cost" | "memory" | "both";
};

export interface StepDef {
  id: string;
  figure: TimelineFocus | TeaserFocus;
}

export const steps = [
  {
    id: "one-architecture",
    figure: {
      kind: "timeline",
      entry: "transformer",
      highlighted: ["transformer"],
      band: { from: { year: 2017, month: 6 }, to: { year: 2017, month: 6 } },
    },
  },
  {
    id: "quiet-lineage",
    figure: {
      kind: "timeline",
      entry: "s4",
      highlighted: ["hippo", "lssl", "s4", "s4d", "h3"],
      band: { from: { year: 2020, month: 8 }, to: { year: 2022, month: 12 } },
    },
  },
  {
    id: "contenders",
    figure: {
      kind: "timeline",
      entry: "retnet",
      highlighted: ["hyena", "bst", "retnet", "stripedhyena"],
      band: { from: { year: 2023, month: 2 }, to: { year: 2023, month: 12 } },
    },
  },
  {
    id: "the-alarm",
    figure: {
      kind: "timeline",
      entry: "mamba",
      highlighted: ["mamba", "jamba", "mamba2", "nvidia-hybrid"],
      band: { from: { year: 2023, month: 12 }, to: { year: 2024, month: 6 } },
    },
  },
  { id: "two-readers", figure: { kind: "teaser", panel: "cost" } },
  { id: "memory-climbs", figure: { kind: "teaser", panel: "memory" } },
  { id: "not-the-last-word", figure: { kind: "teaser", panel: "both" } },
] as const satisfies readonly StepDef[];

export type BeyondStepId = (typeof steps)[number]["id"];

export const STEP_IDS: readonly BeyondStepId[] = steps.map((s) => s.id);

export function figureStateFor(stepId: string | null): StepDef["figure"] {
  return (steps.find((s) => s.id === stepId) ?? steps[0]).figure;
}
