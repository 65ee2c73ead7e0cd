import { describe, expect, it } from "vitest";
import { hippoTrajectory, hippoTestSignal } from "../../src/models";
import { createHippoClient, getHippoClient } from "../../src/workers/hippoClient";
import type { HippoRequest } from "../../src/workers/hippoProtocol";
import { FakeWorker } from "../support/browserStubs";

const signal = hippoTestSignal(200);
const input = { measure: "legs" as const, N: 40, method: "bilinear" as const, signal };

function setup() {
  let worker!: FakeWorker;
  const client = createHippoClient(() => {
    worker = new FakeWorker("hippo");
    return worker as unknown as Worker;
  });
  return { client, worker: () => worker };
}

describe("the HiPPO worker client", () => {
  it("creates its worker on first use and sends one typed request", () => {
    const { client, worker } = setup();
    expect(worker()).toBeUndefined();
    void client.run(input);
    const req = worker().posted[0] as HippoRequest;
    expect(req.kind).toBe("hippo-trajectory");
    expect(req.id).toBe(1);
    expect(req.input).toEqual(input);
    expect(client.latestId()).toBe(1);
  });

  it("reports progress and resolves with the worker's answer", async () => {
    const { client, worker } = setup();
    const seen: number[] = [];
    const result = client.run(input, (f) => seen.push(f));
    const { id } = worker().posted[0] as HippoRequest;
    const output = hippoTrajectory(input);
    worker().reply({ id, progress: 0.5 });
    worker().reply({ id, ok: true, output });
    await expect(result).resolves.toBe(output);
    expect(seen).toEqual([0.5]);
  });

  it("drops a stale answer: an older request resolves null, its late answer is ignored", async () => {
    const { client, worker } = setup();
    const seen: number[] = [];
    const first = client.run(input, (f) => seen.push(f));
    const second = client.run({ ...input, N: 48 }, (f) => seen.push(10 + f));
    await expect(first).resolves.toBeNull();
    const [a, b] = worker().posted as HippoRequest[];
    expect(b.id).toBeGreaterThan(a.id);
    const stale = hippoTrajectory(input);
    worker().reply({ id: a.id, progress: 0.9 });
    worker().reply({ id: a.id, ok: true, output: stale });
    const fresh = hippoTrajectory({ ...input, N: 48 });
    worker().reply({ id: b.id, progress: 1 });
    worker().reply({ id: b.id, ok: true, output: fresh });
    await expect(second).resolves.toBe(fresh);
    expect(seen).toEqual([11]);
  });

  it("rejects with the worker's error", async () => {
    const { client, worker } = setup();
    const result = client.run(input);
    const { id } = worker().posted[0] as HippoRequest;
    worker().reply({ id, ok: false, error: "coefficient 3 overflowed" });
    await expect(result).rejects.toThrow("coefficient 3 overflowed");
  });

  it("the shared client builds its worker from hippo.worker.ts as a module worker", () => {
    const before = FakeWorker.instances.length;
    void getHippoClient().run(input);
    const w = FakeWorker.instances[FakeWorker.instances.length - 1];
    expect(FakeWorker.instances.length).toBe(before + 1);
    expect(String(w.url)).toMatch(/hippo\.worker\.ts(\?|$)/);
    expect(w.options).toEqual({ type: "module" });
    getHippoClient().dispose();
  });
});
