import { useMemo } from "react";
import {
  blellochScan,
  makeSignal,
  selectiveScanElements,
  sequentialScan,
  type SignalKind,
} from "../../models";

/** The seed of the noise input (fixed, so a link reproduces the same tokens). */
export const SCAN_SEED = 1;

/**
 * One selective channel on n tokens (Δ_t = softplus(u_t), Ā_t = e^{−Δ_t}, B̄_t·u_t = Δ_t·u_t), its
 * parallel scan with every level recorded, and the sequential loop on the same pairs. O(n).
 */
export function useScanRun(input: SignalKind, n: number) {
  return useMemo(() => {
    const u = makeSignal(input, n, { seed: SCAN_SEED });
    const elements = selectiveScanElements(u);
    const run = blellochScan(elements.a, elements.b);
    const loop = sequentialScan(elements.a, elements.b);
    let maxDiff = 0;
    for (let t = 0; t < n; t++) maxDiff = Math.max(maxDiff, Math.abs(run.states[t] - loop[t]));
    return { u, elements, run, loop, maxDiff };
  }, [input, n]);
}
