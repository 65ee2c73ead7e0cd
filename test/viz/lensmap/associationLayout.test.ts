import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ASSOC, associationLayout } from "../../../src/viz/lensmap/associationLayout";

const GROUPS = [
  {
    id: "colour",
    title: "colour",
    words: ["red", "orange", "yellow", "green", "blue", "indigo", "violet"],
  },
  {
    id: "myth",
    title: "myth",
    words: ["myth", "legend", "god", "goddess", "iris", "bridge", "gold"],
  },
  {
    id: "optics",
    title: "optics",
    words: ["light", "prism", "refraction", "spectrum", "wavelength", "droplet"],
  },
  {
    id: "memory",
    title: "memory",
    words: ["remember", "childhood", "grandmother", "summer", "once"],
  },
  { id: "science", title: "science", words: ["physics", "newton", "experiment", "theory"] },
  { id: "weather", title: "weather", words: ["rain", "storm", "sun", "sky"] },
];

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("association map layout", () => {
  it("uses three columns from 520 px and two below", () => {
    expect(associationLayout(GROUPS, 600).columns).toBe(3);
    expect(associationLayout(GROUPS, 519).columns).toBe(2);
  });

  it("keeps boxes apart, inside the width, below the word, with each row inside its box", () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 900 }), (width) => {
        const l = associationLayout(GROUPS, width);
        expect(l.boxes).toHaveLength(GROUPS.length);
        l.boxes.forEach((a, i) => {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.w).toBeLessThanOrEqual(width + 0.01);
          expect(a.y).toBeGreaterThan(l.word.y + 30);
          expect(a.y + a.h).toBeLessThanOrEqual(l.heightPx);
          for (const b of l.boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          for (const r of a.rows) {
            expect(r.y).toBeGreaterThan(a.y + ASSOC.title - 1);
            expect(r.barY + a.barH).toBeLessThan(a.y + a.h);
          }
          expect(a.barX + a.barMax).toBeLessThanOrEqual(a.x + a.w - ASSOC.pad + 0.01);
        });
      }),
    );
  });

  it("puts each word's bar after the box's longest word when there is room, else under the word", () => {
    const wide = associationLayout(GROUPS, 900);
    expect(wide.bars).toBe("beside");
    const memory = wide.boxes.find((b) => b.id === "memory")!;
    expect(memory.barX).toBeGreaterThanOrEqual(
      memory.x + ASSOC.pad + ASSOC.rank + "grandmother".length * ASSOC.charPx,
    );
    expect(memory.barMax).toBeGreaterThanOrEqual(ASSOC.minBeside);
    for (const r of memory.rows) expect(r.barY).toBeLessThan(r.y);

    const phone = associationLayout(GROUPS, 330);
    expect(phone.bars).toBe("below");
    for (const box of phone.boxes) {
      expect(box.barMax).toBeGreaterThanOrEqual(ASSOC.minBeside);
      for (const r of box.rows) expect(r.barY).toBeGreaterThan(r.y);
      // Each bar clears the next row's text.
      for (let k = 1; k < box.rows.length; k++) {
        expect(box.rows[k - 1].barY + box.barH).toBeLessThan(box.rows[k].y - 10);
      }
    }
  });

  it("does not depend on scores: the same groups give the same positions", () => {
    expect(associationLayout(GROUPS, 480)).toEqual(associationLayout(GROUPS, 480));
  });
});
