import { dimField } from "../../sizes";
import { bool, choice } from "../../state/fields";
import { ENTRY_IDS } from "./timeline";

/** The chapter's shareable settings (URL keys in the first argument). */
export const fields = {
  /** Stream length of the teaser: 4,096 tokens by default, 1 … 1,048,576 (DESIGNS §j). */
  L: dimField("beyond-transformers/teaser", "L", "L"),
  /** Count the weights (projections and MLP) too, not only attention against the scan (DESIGNS §k). */
  weights: bool("w", { def: false }),
  /** The timeline card the reader picked; "auto" follows the step. */
  entry: choice("ev", { def: "auto", options: ["auto", ...ENTRY_IDS] }),
};
