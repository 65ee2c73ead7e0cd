import { useEffect, useMemo, useState } from "react";
import {
  hippoTrajectory,
  type HippoMeasure,
  type HippoMethod,
  type HippoTrajectory,
} from "../../models";
import { getHippoClient, type HippoJobInput } from "../../workers/hippoClient";

/** DESIGNS §j, `the-state/hippo`: "worker for N > 32" (L·N² reaches 1.6·10⁷ at N = 64, L = 4,000). */
export const WORKER_ABOVE_N = 32;

export interface HippoRunInput {
  signal: Float64Array;
  measure: HippoMeasure;
  N: number;
  method: HippoMethod;
  theta: number;
}

/** A trajectory together with the signal it was computed from. */
export interface HippoRunShown {
  trajectory: HippoTrajectory;
  signal: Float64Array;
}

export interface HippoRun {
  /** What to draw: the answer for the current input, or the previous one while that is computed. */
  shown: HippoRunShown | null;
  /** True when `shown` answers the current input. */
  isReady: boolean;
  /** Fraction of the pending worker run, 0…1. */
  progress: number;
  where: "main" | "worker";
  error: string | null;
}

/**
 * The HiPPO memory over the signal, recorded step by step. At N ≤ 32 it runs here, memoised (at
 * most L·N² = 4·10⁶ multiply-adds); above, in hippo.worker.ts, and until its answer arrives the
 * previous picture stays on screen (dimmed by the figure frame) with the worker's progress.
 */
export function useHippoRun({ signal, measure, N, method, theta }: HippoRunInput): HippoRun {
  const inWorker = N > WORKER_ABOVE_N;
  const sync = useMemo(() => {
    if (inWorker) return null;
    try {
      const config = { measure, N, method, theta, signal };
      return { shown: { trajectory: hippoTrajectory(config), signal }, error: null };
    } catch (err) {
      return { shown: null, error: err instanceof Error ? err.message : String(err) };
    }
  }, [inWorker, signal, measure, N, method, theta]);

  const request = useMemo<HippoJobInput | null>(
    () => (inWorker ? { measure, N, method, theta, signal } : null),
    [inWorker, signal, measure, N, method, theta],
  );
  const [answer, setAnswer] = useState<{ request: HippoJobInput; shown: HippoRunShown } | null>(
    null,
  );
  const [progress, setProgress] = useState<{ request: HippoJobInput; fraction: number } | null>(
    null,
  );
  const [failure, setFailure] = useState<{ request: HippoJobInput; message: string } | null>(null);

  useEffect(() => {
    if (!request) return;
    let isLive = true;
    getHippoClient()
      .run(request, (fraction) => {
        if (isLive) setProgress({ request, fraction });
      })
      .then((trajectory) => {
        if (isLive && trajectory) {
          setAnswer({ request, shown: { trajectory, signal: request.signal } });
        }
      })
      .catch((err: unknown) => {
        if (isLive)
          setFailure({ request, message: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      isLive = false;
    };
  }, [request]);

  const fresh = sync ? sync.shown : answer?.request === request ? answer.shown : null;
  // The last picture drawn stays while a new one is computed (derived state, set during render).
  const [last, setLast] = useState<HippoRunShown | null>(fresh);
  if (fresh !== null && fresh !== last) setLast(fresh);

  const error = sync ? sync.error : failure?.request === request ? failure.message : null;
  return {
    shown: fresh ?? last,
    isReady: fresh !== null || error !== null,
    progress: progress?.request === request ? progress.fraction : 0,
    where: inWorker ? "worker" : "main",
    error,
  };
}
