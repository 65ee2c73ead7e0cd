import { describe, expect, it } from "vitest";
import { facts, recomputeVsStore } from "../../../src/models";
import { timelineLayout, type TimelineLaneInput } from "../../../src/viz/timeline/timelineLayout";

function lanes(): TimelineLaneInput[] {
  const r = recomputeVsStore({ B: 1, L: 2048, D: 1024, N: 16 }, facts.A100_40GB);
  return [r.store, r.recompute].map((p) => ({
    id: p.strategy,
    label: p.strategy,
    forwardSeconds: p.forwardSeconds,
    totalSeconds: p.totalSeconds,
    phases: p.phases.map((ph) => ({
      label: ph.label,
      pass: ph.pass,
      kind: ph.kind,
      startSeconds: ph.startSeconds,
      seconds: ph.seconds,
      isState: ph.tensors.some((t) => t.name === "h"),
    })),
  }));
}

describe("timelineLayout", () => {
  it("lays phases end to end on one time axis; SRAM phases have no width", () => {
    const lay = timelineLayout(lanes(), [{ id: "a", label: "a", bytes: 1e6 }], 40e9, 540);
    const [store, recompute] = lay.lanes;
    for (const lane of lay.lanes) {
      let x = lay.t(0);
      for (const p of lane.phases) {
        expect(p.x).toBeCloseTo(x, 1);
        if (p.kind === "sram") expect(p.w).toBe(0);
        x = p.x + p.w;
      }
      expect(x).toBeCloseTo(lane.xEnd, 1);
    }
    // The store lane is the longer one and spans the axis.
    expect(store.xEnd).toBeCloseTo(lay.t.range()[1], 1);
    expect(recompute.xEnd).toBeLessThan(store.xEnd / 3);
    expect(recompute.y).toBeGreaterThan(store.y + store.h);
  });

  it("puts the gauge on a log axis that covers every item and the capacity", () => {
    const items = [
      { id: "store", label: "s", bytes: 75.6e6 },
      { id: "recompute", label: "r", bytes: 8.5e6 },
      { id: "running", label: "x", bytes: 32_768 },
    ];
    const lay = timelineLayout(lanes(), items, 40e9, 540);
    const [lo, hi] = lay.g.domain();
    expect(lo).toBeLessThanOrEqual(32_768);
    expect(hi).toBeGreaterThanOrEqual(40e9);
    expect(lay.gauge[0].x1).toBeGreaterThan(lay.gauge[1].x1);
    expect(lay.gauge[1].x1).toBeGreaterThan(lay.gauge[2].x1);
    expect(lay.capacityX).toBeGreaterThan(lay.gauge[0].x1);
    expect(lay.gauge.every((g) => !g.isOverCapacity)).toBe(true);
    const over = timelineLayout(lanes(), [{ id: "big", label: "b", bytes: 1e12 }], 40e9, 540);
    expect(over.gauge[0].isOverCapacity).toBe(true);
    expect(over.gauge[0].x1).toBeGreaterThan(over.capacityX);
  });
});
