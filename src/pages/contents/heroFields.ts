import { num } from "../../state/fields";

/** The contents page's one setting: the hero figure's step size Δ. */
export const heroFields = {
  dt: num("dt", { def: 0.2, min: 0.01, max: 2, digits: 2 }),
};
