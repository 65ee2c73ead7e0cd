import type {
  BenchInput,
  BenchMeasurement,
  BenchOutput,
  BenchSkip,
  BenchMessage,
} from "./benchProtocol";

export interface BenchProgress {
  done: number;
  total: number;
  point: BenchMeasurement | BenchSkip;
}

export interface BenchRun {
  result: Promise<BenchOutput>;
  /** Stops the run at once (the worker is terminated) and rejects `result` with a CancelledError. */
  cancel: () => void;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

const createBenchWorker = () =>
  new Worker(new URL("./bench.worker.ts", import.meta.url), { type: "module" });

let nextId = 1;

/**
 * Runs the benchmark in a fresh worker (a fresh isolate keeps every kernel monomorphic), reporting
 * progress; answers that carry another id are ignored.
 */
export function runBenchmark(
  input: BenchInput,
  onProgress: (p: BenchProgress) => void,
  makeWorker: () => Worker = createBenchWorker,
): BenchRun {
  const id = nextId++;
  const worker = makeWorker();
  let settle: { reject: (e: Error) => void } | null = null;
  let isClosed = false;
  const close = () => {
    isClosed = true;
    worker.terminate();
  };
  const result = new Promise<BenchOutput>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (e: MessageEvent<BenchMessage>) => {
      const m = e.data;
      if (isClosed || !m || m.id !== id) return;
      if (m.kind === "progress") {
        onProgress({ done: m.done, total: m.total, point: m.point });
        return;
      }
      close();
      if (m.ok) resolve(m.output);
      else reject(new Error(m.error));
    };
    worker.onerror = (e: ErrorEvent) => {
      if (isClosed) return;
      close();
      reject(new Error(e.message || "the benchmark worker failed"));
    };
  });
  worker.postMessage({ id, kind: "bench", input });
  return {
    result,
    cancel: () => {
      if (isClosed) return;
      close();
      settle?.reject(new CancelledError());
    },
  };
}
