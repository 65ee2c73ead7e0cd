import { useMemo } from "react";
import { makeSignal, runS4dRealLti, type SignalKind } from "../../models";

export interface StateParams {
  dt: number;
  N: number;
  L: number;
  input: SignalKind;
  seed: number;
}

/** The input and the model's run for the current settings: O(L·N), 16k updates at most. */
export function useStateRun({ dt, N, L, input, seed }: StateParams) {
  const u = useMemo(
    () => makeSignal(input, L, { seed, onset: Math.floor(L / 8) }),
    [input, L, seed],
  );
  const run = useMemo(() => runS4dRealLti(dt, N, u), [dt, N, u]);
  return { u, ...run };
}
