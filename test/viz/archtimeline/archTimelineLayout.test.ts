import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ARCH_TIMELINE,
  archTimelineLayout,
  fractionalYear,
  keyboardOrder,
  type TimelineEntryInput,
} from "../../../src/viz/archtimeline/archTimelineLayout";

const ROWS = [
  { id: "a", label: "A" },
  { id: "b", label: "B" },
];

/** Many entries crowded into two years, with long labels: the worst case for overlaps. */
const crowd: TimelineEntryInput[] = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  label: `Entry number ${i}`,
  date: { year: 2023 + Math.floor(i / 6), month: 1 + ((i * 2) % 12) },
  row: i % 3 === 0 ? "b" : "a",
}));

describe("architecture timeline layout", () => {
  it("reads dates as fractional years, mid-month when the day is missing", () => {
    expect(fractionalYear({ year: 2017, month: 6, day: 12 })).toBeCloseTo(
      2017 + (5 + 11 / 31) / 12,
      12,
    );
    expect(fractionalYear({ year: 2020, month: 1, day: 1 })).toBe(2020);
    expect(fractionalYear({ year: 2020, month: 8 })).toBeCloseTo(2020 + (7 + 14 / 31) / 12, 12);
  });

  it("never lets two entries of one lane come closer than the minimum gap, at any width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1000 }), (width) => {
        const l = archTimelineLayout(crowd, ROWS, width, 2017, 2024);
        for (const a of l.dots) {
          for (const b of l.dots) {
            if (a === b || a.row !== b.row || a.lane !== b.lane) continue;
            const gap = Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi);
            expect(gap).toBeGreaterThanOrEqual(ARCH_TIMELINE.minGap - 0.02);
          }
          // Labels stay inside the chart.
          expect(a.lo).toBeGreaterThanOrEqual(0);
          expect(a.hi).toBeLessThanOrEqual(width - ARCH_TIMELINE.margin.right + 0.01);
        }
      }),
    );
  });

  it("places later dates further right and every marker inside its own row band", () => {
    const l = archTimelineLayout(crowd, ROWS, 600, 2017, 2024);
    const byId = new Map(l.dots.map((d) => [d.id, d]));
    const sorted = [...crowd].sort((p, q) => fractionalYear(p.date) - fractionalYear(q.date));
    for (let i = 1; i < sorted.length; i++) {
      expect(byId.get(sorted[i].id)!.x).toBeGreaterThan(byId.get(sorted[i - 1].id)!.x);
    }
    for (const d of l.dots) {
      const band = l.rows.find((r) => r.id === d.row)!;
      expect(d.y).toBeGreaterThan(band.y0);
      expect(d.y).toBeLessThan(band.y1);
    }
    expect(l.rows[1].y0).toBeGreaterThan(l.rows[0].y1);
    expect(l.heightPx).toBeGreaterThan(l.rows[1].y1);
    expect(l.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it("needs more lanes when the chart is narrower", () => {
    const lanes = (w: number) =>
      Math.max(...archTimelineLayout(crowd, ROWS, w, 2017, 2024).dots.map((d) => d.lane));
    expect(lanes(320)).toBeGreaterThan(lanes(4000));
  });

  it("moves a label to the left of its marker near the right edge", () => {
    const late = [
      { id: "z", label: "A long late label", date: { year: 2024, month: 11 }, row: "a" },
    ];
    const [d] = archTimelineLayout(late, ROWS, 400, 2017, 2024).dots;
    expect(d.labelSide).toBe("left");
    expect(d.labelX).toBeLessThan(d.x);
  });

  it("orders the keyboard walk by date, then by row", () => {
    const entries = [
      { id: "late", label: "L", date: { year: 2023, month: 12, day: 8 }, row: "a" },
      { id: "early", label: "E", date: { year: 2017, month: 6 }, row: "b" },
      { id: "tieB", label: "B", date: { year: 2020, month: 3 }, row: "b" },
      { id: "tieA", label: "A", date: { year: 2020, month: 3 }, row: "a" },
    ];
    expect(keyboardOrder(entries, ROWS)).toEqual(["early", "tieA", "tieB", "late"]);
  });
});
