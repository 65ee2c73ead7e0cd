import { describe, expect, it } from "vitest";
import { closeReport, expectAllClose } from "./expectAllClose";

describe("expectAllClose", () => {
  it("passes within atol + rtol·|exp| and names the worst element when it fails", () => {
    expectAllClose([1, 2, 3], [1, 2, 3 + 1e-10], { rtol: 1e-9, atol: 0 });
    expect(() => expectAllClose([1, 2.5, 3.1], [1, 2, 3], { rtol: 0, atol: 0.2 })).toThrow(
      /worst element \[1\]: got 2\.5, expected 2/,
    );
  });

  it("fails on NaN, on Infinity and on a length mismatch", () => {
    expect(() => expectAllClose([NaN], [0], { rtol: 1, atol: 1 })).toThrow();
    expect(() => expectAllClose([Infinity], [0], { rtol: 1, atol: 1 })).toThrow();
    expect(() => expectAllClose([1, 2], [1], { rtol: 1, atol: 1 })).toThrow(/length mismatch/);
  });

  it("flattens nested lists and typed arrays in row-major order", () => {
    const r = closeReport(
      new Float64Array([1, 2, 3, 5]),
      [
        [1, 2],
        [3, 4],
      ],
      { rtol: 0, atol: 0.5 },
    );
    expect(r.worstIndex).toBe(3);
    expect(r.worstFraction).toBeCloseTo(2, 12);
  });
});
