import { describe, expect, it } from "vitest";
import { ioBarsLayout, type IoRowInput } from "../../../src/viz/iobars/ioBarsLayout";

const rows: IoRowInput[] = [
  {
    id: "scan",
    group: "naive",
    label: "scan",
    segments: [
      { name: "Ā", kind: "read", role: "intermediate", bytes: 600 },
      { name: "B̄x", kind: "read", role: "intermediate", bytes: 600 },
      { name: "h", kind: "write", role: "intermediate", bytes: 600 },
    ],
  },
  {
    id: "fused",
    group: "fused",
    label: "fused",
    segments: [
      { name: "x", kind: "read", role: "input", bytes: 20 },
      { name: "y", kind: "write", role: "output", bytes: 10 },
    ],
  },
];

describe("ioBarsLayout", () => {
  it("stacks reads then writes, with bar lengths proportional to bytes", () => {
    const lay = ioBarsLayout(rows, 500);
    const [scan, fused] = lay.rows;
    expect(scan.totalBytes).toBe(1800);
    expect(fused.totalBytes).toBe(30);
    const px = (b: number) => lay.x(b) - lay.x(0);
    expect(scan.segments[0].w).toBeCloseTo(px(600), 1);
    // Segments abut, except for one small gap before the first write.
    expect(scan.segments[1].x).toBeCloseTo(scan.segments[0].x + scan.segments[0].w, 1);
    expect(scan.segments[2].x).toBeGreaterThan(scan.segments[1].x + scan.segments[1].w);
    // The longest row spans the axis.
    expect(lay.x.domain()).toEqual([0, 1800]);
    expect(fused.segments[0].w / scan.segments[0].w).toBeCloseTo(20 / 600, 2);
  });

  it("heads each group once, and labels only segments with room", () => {
    const lay = ioBarsLayout(rows, 500);
    expect(lay.heads.map((h) => h.group)).toEqual(["naive", "fused"]);
    expect(lay.rows[0].segments[0].hasRoom).toBe(true);
    expect(lay.rows[1].segments[1].hasRoom).toBe(false);
    expect(lay.rows[1].y).toBeGreaterThan(lay.rows[0].y + lay.rows[0].h);
    expect(lay.axisY).toBeGreaterThan(lay.rows[1].y + lay.rows[1].h);
  });

  it("keeps a visible sliver for tiny non-zero segments", () => {
    const lay = ioBarsLayout(
      [
        {
          id: "r",
          group: "g",
          label: "r",
          segments: [
            { name: "A", kind: "read", role: "input", bytes: 1 },
            { name: "h", kind: "write", role: "intermediate", bytes: 1e9 },
          ],
        },
      ],
      400,
    );
    expect(lay.rows[0].segments[0].w).toBeGreaterThanOrEqual(1);
  });
});
