import { describe, expect, it } from "vitest";
import { fnv1a32, hashedUnitVector, oneHot, seededUnitVector } from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

/** mulberry32 as DESIGNS §a.2 writes it, typed in again for this test. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Pairwise Box–Muller, normalised: the test's own copy of the rule. */
function slowCode(label: string, N: number): number[] {
  const r = mulberry32(fnv1a32(label));
  const v: number[] = [];
  while (v.length < N) {
    const u1 = r();
    const u2 = r();
    const rad = Math.sqrt(-2 * Math.log(1 - u1));
    v.push(rad * Math.cos(2 * Math.PI * u2));
    if (v.length < N) v.push(rad * Math.sin(2 * Math.PI * u2));
  }
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

describe("seededUnitVector", () => {
  it("reproduces DESIGNS §a.2's u('zebra') at N = 4", () => {
    expectAllClose(seededUnitVector("zebra", 4), [-0.322043, 0.091936, -0.527213, 0.78095], {
      rtol: 0,
      atol: 5e-7,
    });
    expectAllClose(seededUnitVector("café", 4), hashedUnitVector("café"), { rtol: 0, atol: 1e-15 });
  });

  it("is the pairwise Box–Muller rule, normalised, for odd and even N", () => {
    for (const [label, N] of [
      ["mqar-key-5", 16],
      ["needle-key-w017", 33],
      ["needle-attn-magic", 64],
    ] as const) {
      const v = seededUnitVector(label, N);
      expectAllClose(v, slowCode(label, N), { rtol: 1e-14, atol: 1e-15 });
      expect(Math.hypot(...v)).toBeCloseTo(1, 14);
    }
  });

  it("oneHot is e_i and rejects an index outside [0, N)", () => {
    expect(Array.from(oneHot(2, 4))).toEqual([0, 0, 1, 0]);
    expect(() => oneHot(4, 4)).toThrow(RangeError);
  });
});
