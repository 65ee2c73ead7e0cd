/// <reference lib="webworker" />
import { attentionBytes, makeBenchCase, median } from "../models";
import type {
  BenchMeasurement,
  BenchOutput,
  BenchSkip,
  BenchMessage,
  BenchRequest,
} from "./benchProtocol";

const post = (m: BenchMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** Time budget per point: stop repeating once this much has been spent (the median needs ≥ 1 run). */
const POINT_BUDGET_MS = 1500;

/**
 * Median time of one call of `run`, in ms. Warms up first (compilation, allocation), then times
 * batches long enough (≥ 5 ms) that the clock's 0.1 ms resolution does not matter.
 */
function timePoint(run: () => number, repeats: number): { ms: number; runs: number } {
  const w0 = performance.now();
  let warm = 0;
  do {
    run();
    warm++;
  } while (warm < 3 || (performance.now() - w0 < 30 && warm < 200));
  const once = (performance.now() - w0) / warm;
  const batch = Math.max(1, Math.min(1000, Math.ceil(5 / Math.max(once, 1e-3))));
  const times: number[] = [];
  let spent = 0;
  while (times.length < repeats && (times.length === 0 || spent < POINT_BUDGET_MS)) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) run();
    const dt = performance.now() - t0;
    times.push(dt / batch);
    spent += dt;
  }
  return { ms: median(times), runs: times.length * batch };
}

function runBench(id: number, input: BenchRequest["input"]): BenchOutput {
  const points: BenchMeasurement[] = [];
  const skipped: BenchSkip[] = [];
  const total = input.kernels.length * input.lengths.length;
  let done = 0;
  for (const kernel of input.kernels) {
    let isCapped = false;
    for (const L of input.lengths) {
      done++;
      if (
        kernel === "attention" &&
        (isCapped || attentionBytes(L, input.shape.d) > input.attentionMaxBytes)
      ) {
        const skip: BenchSkip = { kernel, L, reason: isCapped ? "time cap" : "memory cap" };
        skipped.push(skip);
        post({ id, kind: "progress", done, total, point: skip });
        continue;
      }
      const c = makeBenchCase(kernel, L, input.shape);
      const { ms, runs } = timePoint(c.run, input.repeats);
      const point: BenchMeasurement = { kernel, L, ms, runs };
      points.push(point);
      if (kernel === "attention" && ms > input.attentionCapMs) isCapped = true;
      post({ id, kind: "progress", done, total, point });
    }
  }
  return { points, skipped };
}

self.onmessage = (e: MessageEvent<BenchRequest>) => {
  const req = e.data;
  if (req?.kind !== "bench") return;
  try {
    post({ id: req.id, kind: "result", ok: true, output: runBench(req.id, req.input) });
  } catch (err) {
    post({
      id: req.id,
      kind: "result",
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
};
