import { choice } from "../../state/fields";

/** The ledger's one shareable setting: which statuses to show. */
export const fields = {
  status: choice("st", { def: "all", options: ["all", "happened", "partly", "open"] as const }),
};
