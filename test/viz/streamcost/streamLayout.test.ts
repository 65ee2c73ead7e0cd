import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatCount, formatSi, siPrefixFor } from "../../../src/viz/streamcost/siFormat";
import { STREAM_MARGIN, streamLayout, valueAt } from "../../../src/viz/streamcost/streamLayout";

const positions = [1, 1025, 2049, 3073, 4096];
const linear = positions.map((t) => 327_680 * t);
const flat = positions.map(() => 13_107_200);
const panel = { id: "memory", unit: "B", attention: linear, ssm: flat, crossover: 40 };

describe("SI formatting (DESIGNS §k: GB = 10⁹ bytes)", () => {
  it("gives three significant digits and one prefix", () => {
    expect(formatSi(13_107_200, "B")).toBe("13.1 MB");
    expect(formatSi(671_088_640, "B")).toBe("671 MB");
    expect(formatSi(1_342_177_280, "B")).toBe("1.34 GB");
    expect(formatSi(343_597_383_680, "B")).toBe("344 GB");
    expect(formatSi(37_683_200, "FLOP")).toBe("37.7 MFLOP");
    expect(formatSi(327_680, "B")).toBe("328 kB");
    expect(formatSi(512, "B")).toBe("512 B");
    expect(siPrefixFor(999).prefix).toBe("");
    expect(siPrefixFor(1e12).prefix).toBe("T");
  });

  it("writes token counts compactly", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(512)).toBe("512");
    expect(formatCount(200_000)).toBe("200k");
    expect(formatCount(1_048_576)).toBe("1.05M");
  });
});

describe("stream layout", () => {
  it("interpolates a linear series exactly between samples", () => {
    expect(valueAt(positions, linear, 2000)).toBeCloseTo(327_680 * 2000, 4);
    expect(valueAt(positions, linear, 0)).toBe(linear[0]);
    expect(valueAt(positions, linear, 10_000)).toBe(linear[4]);
    expect(valueAt(positions, flat, 77)).toBe(13_107_200);
  });

  it("splits each series at the playhead: drawn up to t, dotted after", () => {
    const l = streamLayout({
      positions,
      L: 4096,
      t: 2000,
      panels: [panel],
      widthPx: 500,
      panelHeightPx: 100,
    });
    const p = l.panels[0];
    const x = l.x(2000);
    expect(l.playheadX).toBeCloseTo(x, 2);
    const end = p.attentionPath.split("L").pop()!;
    expect(Number(end.split(",")[0])).toBeCloseTo(x, 2);
    expect(p.attentionAhead.startsWith(`M${Math.round(x * 100) / 100},`)).toBe(true);
    expect(p.attentionNow.value).toBeCloseTo(327_680 * 2000, 4);
    expect(p.ssmNow.value).toBe(13_107_200);
    // At the end of the stream nothing is ahead.
    const done = streamLayout({
      positions,
      L: 4096,
      t: 4096,
      panels: [panel],
      widthPx: 500,
      panelHeightPx: 100,
    });
    expect(done.panels[0].attentionAhead).toBe("");
  });

  it("runs each y axis from 0 to its largest value, with one SI unit per panel", () => {
    const l = streamLayout({
      positions,
      L: 4096,
      t: 4096,
      panels: [panel],
      widthPx: 500,
      panelHeightPx: 100,
    });
    const p = l.panels[0];
    expect(p.y.domain()[0]).toBe(0);
    expect(p.y.domain()[1]).toBeGreaterThanOrEqual(linear[4]);
    expect(p.axisUnit).toBe("GB");
    expect(p.ticks[0].label).toBe("0");
    expect(p.y(13_107_200)).toBeGreaterThan(p.y(linear[4]));
    expect(l.heightPx).toBe(STREAM_MARGIN.top + 100 + STREAM_MARGIN.bottom);
  });

  it("marks the crossover only when it falls within the stream", () => {
    const inside = streamLayout({
      positions,
      L: 4096,
      t: 4096,
      panels: [panel],
      widthPx: 500,
      panelHeightPx: 100,
    });
    expect(inside.panels[0].crossover?.x).toBeCloseTo(inside.x(40), 2);
    const short = [1, 16, 32];
    const outside = streamLayout({
      positions: short,
      L: 32,
      t: 32,
      panels: [
        { ...panel, attention: short.map((t) => 327_680 * t), ssm: short.map(() => 13_107_200) },
      ],
      widthPx: 500,
      panelHeightPx: 100,
    });
    expect(outside.panels[0].crossover).toBeUndefined();
  });

  it("keeps the two end labels apart, whatever the values", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (a, s) => {
          const l = streamLayout({
            positions: [1, 100],
            L: 100,
            t: 100,
            panels: [{ id: "p", unit: "B", attention: [0, a], ssm: [s, s] }],
            widthPx: 400,
            panelHeightPx: 110,
          });
          const p = l.panels[0];
          expect(Math.abs(p.attentionLabelY - p.ssmLabelY)).toBeGreaterThanOrEqual(13.99);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
