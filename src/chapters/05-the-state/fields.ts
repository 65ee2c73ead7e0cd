import { HIPPO_SIGNALS, SIGNAL_KINDS } from "../../models";
import { dimField } from "../../sizes";
import { bool, choice, int, num } from "../../state/fields";

/** The chapter's shareable settings (URL keys in the first argument). */
export const fields = {
  // The LTI state figure.
  dt: num("dt", { def: 0.1, min: 0.001, max: 2, digits: 4 }),
  N: dimField("the-state/lti-state", "N", "N"),
  L: dimField("the-state/lti-state", "L", "L"),
  input: choice("in", { def: "impulse", options: SIGNAL_KINDS }),
  seed: int("s", { def: 1, min: 1, max: 9999 }),
  // The HiPPO compressor. A drawn signal is not in the URL (it stays on the page); its preset is.
  hippoN: dimField("the-state/hippo", "N", "hN"),
  hippoL: dimField("the-state/hippo", "L", "hL"),
  measure: choice("hm", { def: "legs", options: ["legs", "legt"] }),
  signal: choice("hsig", { def: "test", options: HIPPO_SIGNALS }),
  isEuler: bool("euler", { def: false }),
};
