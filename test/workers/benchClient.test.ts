import { describe, expect, it } from "vitest";
import { CancelledError, runBenchmark } from "../../src/workers/benchClient";
import type { BenchInput, BenchRequest } from "../../src/workers/benchProtocol";
import { FakeWorker } from "../support/browserStubs";

const INPUT: BenchInput = {
  lengths: [64, 128],
  kernels: ["selective-scan"],
  repeats: 3,
  attentionCapMs: 2000,
  attentionMaxBytes: 1e8,
  shape: { D: 16, N: 16, d: 16 },
};

function start() {
  const progress: number[] = [];
  let worker!: FakeWorker;
  const run = runBenchmark(
    INPUT,
    (p) => progress.push(p.done),
    () => {
      worker = new FakeWorker("bench");
      return worker as unknown as Worker;
    },
  );
  const req = worker.posted[0] as BenchRequest;
  return { run, worker, req, progress };
}

describe("runBenchmark (client)", () => {
  it("sends one typed request, reports progress and resolves with the worker's answer", async () => {
    const { run, worker, req, progress } = start();
    expect(req.kind).toBe("bench");
    expect(req.input).toEqual(INPUT);
    const point = { kernel: "selective-scan", L: 64, ms: 1, runs: 3 };
    worker.reply({ id: req.id, kind: "progress", done: 1, total: 2, point });
    worker.reply({ id: req.id + 1000, kind: "progress", done: 99, total: 2, point });
    worker.reply({
      id: req.id,
      kind: "result",
      ok: true,
      output: { points: [point], skipped: [] },
    });
    await expect(run.result).resolves.toEqual({ points: [point], skipped: [] });
    expect(progress).toEqual([1]);
  });

  it("rejects with the worker's error", async () => {
    const { run, worker, req } = start();
    worker.reply({ id: req.id, kind: "result", ok: false, error: "out of memory" });
    await expect(run.result).rejects.toThrow("out of memory");
  });

  it("cancels at once: the worker is terminated and the run rejects as cancelled", async () => {
    const { run, worker, req, progress } = start();
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(CancelledError);
    worker.reply({ id: req.id, kind: "progress", done: 1, total: 2, point: {} });
    expect(progress).toEqual([]);
  });
});
