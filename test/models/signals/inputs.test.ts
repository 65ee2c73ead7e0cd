import { describe, expect, it } from "vitest";
import { makeSignal } from "../../../src/models";

describe("makeSignal", () => {
  it("places one unit impulse at the onset and a unit step from it", () => {
    const imp = makeSignal("impulse", 64, { onset: 5 });
    expect(imp.reduce((a, b) => a + b, 0)).toBe(1);
    expect(imp[5]).toBe(1);
    const step = makeSignal("step", 64, { onset: 5 });
    expect(Array.from(step.slice(0, 5))).toEqual([0, 0, 0, 0, 0]);
    expect(step.slice(5).every((v) => v === 1)).toBe(true);
  });

  it("draws a sine with the requested period and seeded noise that repeats", () => {
    const s = makeSignal("sine", 100, { period: 20 });
    expect(s[5]).toBeCloseTo(1, 12);
    expect(s[15]).toBeCloseTo(-1, 12);
    expect(Array.from(makeSignal("noise", 30, { seed: 3 }))).toEqual(
      Array.from(makeSignal("noise", 30, { seed: 3 })),
    );
    expect(Array.from(makeSignal("noise", 30, { seed: 3 }))).not.toEqual(
      Array.from(makeSignal("noise", 30, { seed: 4 })),
    );
  });

  it("handles L = 0 and L = 1 and rejects a bad length", () => {
    expect(makeSignal("impulse", 0)).toHaveLength(0);
    expect(Array.from(makeSignal("impulse", 1))).toEqual([1]);
    expect(() => makeSignal("step", -1)).toThrow(RangeError);
    expect(() => makeSignal("step", 2.5)).toThrow(RangeError);
  });
});
