/**
 * The typed message protocol between the page and hippo.worker.ts (STYLE.md §8): a request
 * `{ id, kind, input }`, an answer `{ id, ok, output | error }`, and progress reports
 * `{ id, progress }` in between. Ids increase; the client keeps only the answer to its latest
 * request and drops the rest, so a fast slider never shows a stale picture.
 */
import type { HippoConfig, HippoTrajectory } from "../models";

export interface HippoJobInput extends HippoConfig {
  signal: Float64Array;
}

/** HiPPO's online memory over a whole signal, recorded step by step (chapter 5, N > 32). */
export interface HippoRequest {
  id: number;
  kind: "hippo-trajectory";
  input: HippoJobInput;
}

export type HippoAnswer =
  { id: number; ok: true; output: HippoTrajectory } | { id: number; ok: false; error: string };

/** Work done so far on request `id`, from 0 to 1. */
export interface HippoProgress {
  id: number;
  progress: number;
}

export type HippoMessage = HippoAnswer | HippoProgress;

export function isHippoProgress(m: HippoMessage): m is HippoProgress {
  return "progress" in m && !("ok" in m);
}
