/**
 * The page's side of hippo.worker.ts: `run(input)` posts a request and resolves with its answer,
 * or with null once a newer request has replaced it (its answer, if it still comes, is dropped).
 * The worker is created on first use.
 */
import type { HippoTrajectory } from "../models";
import {
  isHippoProgress,
  type HippoJobInput,
  type HippoMessage,
  type HippoRequest,
} from "./hippoProtocol";

export type { HippoJobInput };

export interface HippoClient {
  /** Resolves with the trajectory, or null if a later run() replaced this one. */
  run(
    input: HippoJobInput,
    onProgress?: (fraction: number) => void,
  ): Promise<HippoTrajectory | null>;
  /** The id of the latest request (0 before the first). */
  latestId(): number;
  dispose(): void;
}

interface Pending {
  id: number;
  resolve: (t: HippoTrajectory | null) => void;
  reject: (e: Error) => void;
  onProgress?: (fraction: number) => void;
}

const defaultWorker = () =>
  new Worker(new URL("./hippo.worker.ts", import.meta.url), { type: "module" });

export function createHippoClient(makeWorker: () => Worker = defaultWorker): HippoClient {
  let worker: Worker | null = null;
  let seq = 0;
  let pending: Pending | null = null;

  const onMessage = (ev: MessageEvent<HippoMessage>) => {
    const msg = ev.data;
    if (!pending || msg.id !== pending.id) return; // a stale answer: drop it
    if (isHippoProgress(msg)) {
      pending.onProgress?.(msg.progress);
      return;
    }
    const p = pending;
    pending = null;
    if (msg.ok) p.resolve(msg.output);
    else p.reject(new Error(msg.error));
  };
  const onError = (ev: ErrorEvent) => {
    const p = pending;
    pending = null;
    p?.reject(new Error(ev.message || "the worker failed"));
  };

  const ensure = () => {
    if (!worker) {
      worker = makeWorker();
      worker.addEventListener("message", onMessage as EventListener);
      worker.addEventListener("error", onError as EventListener);
    }
    return worker;
  };

  return {
    run(input, onProgress) {
      const w = ensure();
      pending?.resolve(null);
      const id = ++seq;
      const request: HippoRequest = { id, kind: "hippo-trajectory", input };
      return new Promise<HippoTrajectory | null>((resolve, reject) => {
        pending = { id, resolve, reject, onProgress };
        w.postMessage(request);
      });
    },
    latestId: () => seq,
    dispose() {
      pending?.resolve(null);
      pending = null;
      worker?.terminate();
      worker = null;
    },
  };
}

let shared: HippoClient | null = null;

/** The one client the page uses (created lazily, so importing this file starts no worker). */
export function getHippoClient(): HippoClient {
  shared ??= createHippoClient();
  return shared;
}
