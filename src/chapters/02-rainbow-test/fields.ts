import { LENSES } from "../../models";
import { choice, num } from "../../state/fields";

/** Words the reader can read through a lens: the hook's word and three with a class of their own. */
export const WORDS = ["rainbow", "light", "storm", "gold"] as const;

/** The chapter's shareable settings (URL keys in the first argument). */
export const fields = {
  word: choice("w", { def: "rainbow", options: WORDS }),
  /** The lens the reader picked; "auto" follows the step. */
  lens: choice("lens", { def: "auto", options: ["auto", ...LENSES] }),
  /** λ, how hard the lens pulls: q = normalise(ê(word) + λ·c). */
  strength: num("k", { def: 1, min: 0, max: 3, digits: 1 }),
};
