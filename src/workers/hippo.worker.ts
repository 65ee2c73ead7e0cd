/**
 * Computes HiPPO trajectories off the main thread (chapter 5's compressor at N > 32, where
 * L·N² reaches 1.6·10⁷ multiply-adds: DESIGNS §j). The run goes in slices; between slices the
 * worker yields to its message queue, reports progress, and gives up on a request that a newer one
 * has replaced. The coefficient buffers are transferred, not copied.
 */
import { startHippoTrajectory } from "../models";
import type { HippoMessage, HippoRequest } from "./hippoProtocol";

interface WorkerScope {
  onmessage: ((ev: MessageEvent<HippoRequest>) => void) | null;
  postMessage(message: HippoMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const SLICES = 25;
let latest = 0;

const yieldToQueue = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(req: HippoRequest): Promise<void> {
  const { id, input } = req;
  try {
    const builder = startHippoTrajectory(input);
    const slice = Math.max(1, Math.ceil(builder.total / SLICES));
    while (!builder.isDone()) {
      builder.advance(slice);
      scope.postMessage({ id, progress: builder.done() / Math.max(1, builder.total) });
      await yieldToQueue();
      if (id !== latest) return;
    }
    const output = builder.result();
    scope.postMessage({ id, ok: true, output }, [
      output.coefficients.buffer,
      output.maxAbsPerStep.buffer,
    ]);
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}

scope.onmessage = (ev) => {
  const req = ev.data;
  latest = Math.max(latest, req.id);
  if (req.kind === "hippo-trajectory") void run(req);
  else scope.postMessage({ id: (req as { id: number }).id, ok: false, error: "unknown job kind" });
};
