import type { SourceId } from "../../content/sources";

/*
 * The Long Range Arena strip (FACTS §3, LRA and S4 rows): published accuracies only, in percent.
 * The Transformer row is the official LRA leaderboard's (repeated in S4's Table 4); S4's numbers are
 * S4's Table 4 (FACTS §9: confirmed through transcriptions and the repository's table). Chance is
 * derived from the number of classes: 10-way ListOps → 10%, binary Path-X → 50%.
 */
export interface LraResult {
  model: "Transformer" | "S4";
  /** Accuracy in %, or null when the model failed to learn the task (no better than chance). */
  accuracy: number | null;
  source: SourceId;
  where: string;
}

export interface LraTask {
  task: "ListOps" | "Path-X";
  what: string;
  classes: number;
  /** 100 / classes, in %. */
  chance: number;
  results: readonly LraResult[];
}

export const LRA_TASKS: readonly LraTask[] = [
  {
    task: "ListOps",
    what: "nested MAX, MIN, MEDIAN expressions up to 2K tokens; the answer is one digit",
    classes: 10,
    chance: 10,
    results: [
      { model: "Transformer", accuracy: 36.37, source: "lra", where: "leaderboard" },
      { model: "S4", accuracy: 59.6, source: "s4", where: "Table 4" },
    ],
  },
  {
    task: "Path-X",
    what: "an image read as 16K pixels: are two dots joined by a path?",
    classes: 2,
    chance: 50,
    results: [
      { model: "Transformer", accuracy: null, source: "lra", where: "leaderboard" },
      { model: "S4", accuracy: 96.35, source: "s4", where: "Table 4" },
    ],
  },
];

/** FACTS §3's ListOps example, verbatim (the LRA paper's). */
export const LISTOPS_EXAMPLE = "[MAX 4 3 [MIN 2 3 ] 1 0 [MEDIAN 1 5 8 9, 2]]";
