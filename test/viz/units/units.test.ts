import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCount,
  formatRatio,
  formatSeconds,
  superscript,
} from "../../../src/viz/units/units";

describe("unit formatting", () => {
  it("writes bytes in SI units with three significant digits", () => {
    expect(formatBytes(415_383_552)).toBe("415 MB");
    expect(formatBytes(12_746_752)).toBe("12.7 MB");
    expect(formatBytes(40e9)).toBe("40 GB");
    expect(formatBytes(32_768)).toBe("32.8 kB");
    expect(formatBytes(12)).toBe("12 B");
    expect(formatBytes(5.6e14)).toBe("560 TB");
    expect(formatBytes(NaN)).toBe("–");
  });

  it("writes seconds from ns to s", () => {
    expect(formatSeconds(267.1e-6)).toBe("267 µs");
    expect(formatSeconds(8.2e-6)).toBe("8.2 µs");
    expect(formatSeconds(0.0123)).toBe("12.3 ms");
    expect(formatSeconds(3.5e-8)).toBe("35 ns");
    expect(formatSeconds(2)).toBe("2 s");
    expect(formatSeconds(0)).toBe("0 s");
  });

  it("writes counts and ratios", () => {
    expect(formatCount(1_048_576)).toBe("1,048,576");
    expect(formatRatio(32.56)).toBe("32.6×");
    expect(formatRatio(2205.4)).toBe("2,205×");
    expect(formatRatio(238_190)).toBe("2.4 × 10⁵");
    expect(superscript(-12)).toBe("⁻¹²");
  });
});
