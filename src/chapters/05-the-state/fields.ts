import { SIGNAL_KINDS } from "../../models";
import { dimField } from "../../sizes";
import { choice, int, num } from "../../state/fields";

/** The chapter's shareable settings (URL keys in the first argument). */
export const fields = {
  dt: num("dt", { def: 0.1, min: 0.001, max: 2, digits: 4 }),
  N: dimField("the-state/lti-state", "N", "N"),
  L: dimField("the-state/lti-state", "L", "L"),
  input: choice("in", { def: "impulse", options: SIGNAL_KINDS }),
  seed: int("s", { def: 1, min: 1, max: 9999 }),
};
