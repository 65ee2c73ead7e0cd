import { dimField } from "../../sizes";
import { choice, int, num } from "../../state/fields";

export const FIGURE_ID = "lti-bargain/conv-recurrence";

/** Inputs the reader can pick: a few pulses (the default), or the shared test signals. */
export const INPUT_KINDS = ["pulses", "impulse", "step", "noise", "sine"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/**
 * Whether Δ depends on the token: "auto" follows the step being read (off until the last step),
 * "off" and "on" are the reader's own choice and hold on every step.
 */
export const TOKEN_DT_MODES = ["auto", "off", "on"] as const;

const mode = (key: string, def: number) => num(key, { def, min: -4, max: -0.05, digits: 2 });
const weight = (key: string, def: number) => num(key, { def, min: -2, max: 2, digits: 2 });

/** The chapter's shareable settings (URL keys in the first argument). */
export const fields = {
  dt: num("dt", { def: 0.3, min: 0.01, max: 2, digits: 4 }),
  N: dimField(FIGURE_ID, "N", "N"),
  L: dimField(FIGURE_ID, "L", "L"),
  a1: mode("a1", -0.5),
  a2: mode("a2", -1.5),
  b1: weight("b1", 1),
  b2: weight("b2", 1),
  c1: weight("c1", 1),
  c2: weight("c2", -1),
  input: choice("in", { def: "pulses", options: INPUT_KINDS }),
  seed: int("s", { def: 1, min: 1, max: 9999 }),
  tokenDt: choice("sel", { def: "auto", options: TOKEN_DT_MODES }),
};
