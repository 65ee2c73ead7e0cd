import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { blellochCounts, blellochScan, createRng, sequentialScan } from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

function pairs(n: number, seed: number): { a: Float64Array; b: Float64Array } {
  const r = createRng(seed);
  return {
    a: Float64Array.from({ length: n }, () => 2 * r.next() - 1),
    b: Float64Array.from({ length: n }, () => 2 * r.next() - 1),
  };
}

/** The loop written here, independently: h_t = a_t·h_{t−1} + b_t from 0. */
function loop(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const h: number[] = [];
  let s = 0;
  for (let t = 0; t < a.length; t++) {
    s = a[t] * s + b[t];
    h.push(s);
  }
  return h;
}

/** Exclusive prefixes by folding the operator left to right: excl_t = x_0 • … • x_{t−1}. */
function exclusiveFold(a: ArrayLike<number>, b: ArrayLike<number>): [number[], number[]] {
  const ea: number[] = [];
  const eb: number[] = [];
  let pa = 1;
  let pb = 0;
  for (let t = 0; t < a.length; t++) {
    ea.push(pa);
    eb.push(pb);
    // (pa, pb) • (a_t, b_t) = (a_t·pa, a_t·pb + b_t)
    [pa, pb] = [a[t] * pa, a[t] * pb + b[t]];
  }
  return [ea, eb];
}

const TOL = { rtol: 1e-12, atol: 1e-14 };

describe("blellochScan", () => {
  it("computes h_1 = a_1·b_0 + b_1 for two elements (earlier first: the operator is not commutative)", () => {
    const r = blellochScan(Float64Array.of(2, 3), Float64Array.of(5, 7));
    expect(Array.from(r.states)).toEqual([5, 3 * 5 + 7]);
    expect(r.total).toEqual({ a: 6, b: 22 });
  });

  it("equals the sequential loop for random inputs at every n from 1 to 1,024", () => {
    for (let n = 1; n <= 1024; n++) {
      const { a, b } = pairs(n, n);
      const r = blellochScan(a, b, { recordLevels: n % 97 === 0 || n <= 20 });
      const h = loop(a, b);
      expectAllClose(r.states, h, TOL);
      expectAllClose(r.inclusive.b, h, TOL);
      const [ea, eb] = exclusiveFold(a, b);
      expectAllClose(r.exclusive.a, ea, TOL);
      expectAllClose(r.exclusive.b, eb, TOL);
    }
  });

  it("equals the loop for arbitrary finite pairs (fast-check), and sequentialScan equals it too", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -1.2, max: 1.2, noNaN: true }),
            fc.double({ min: -10, max: 10, noNaN: true }),
          ),
          { minLength: 1, maxLength: 200 },
        ),
        (xs) => {
          const a = Float64Array.from(xs, (x) => x[0]);
          const b = Float64Array.from(xs, (x) => x[1]);
          const h = loop(a, b);
          const scale = Math.max(1, ...h.map(Math.abs));
          expectAllClose(blellochScan(a, b).states, h, { rtol: 1e-11, atol: 1e-12 * scale });
          expect(Array.from(sequentialScan(a, b))).toEqual(h);
        },
      ),
    );
  });

  it("counts operator applications and depth as DESIGNS §i's table: n = 16 and n = 1,024", () => {
    const p16 = pairs(16, 1);
    const c16 = blellochScan(p16.a, p16.b).counts;
    expect(c16.exclusiveCombines).toBe(30);
    expect(c16.exclusiveDepth).toBe(8);
    expect(c16.inclusiveExtraCombines).toBe(16);
    expect(c16.inclusiveCombines).toBe(46);
    expect(c16.inclusiveDepth).toBe(9);
    expect(c16.sequentialCombines).toBe(15);
    expect(c16.sequentialUpdates).toBe(16);
    expect(c16.identityPads).toBe(0);
    // "30 and 46 against 15": 2× and ≈3× in applications; ≈3× and ≈4.5× in FLOPs.
    expect(c16.exclusiveFlops).toBe(90);
    expect(c16.inclusiveFlops).toBe(138);
    expect(c16.sequentialFlops).toBe(32);
    const { a, b } = pairs(1024, 2);
    const c1024 = blellochScan(a, b).counts;
    expect(c1024.exclusiveCombines).toBe(2046);
    expect(c1024.exclusiveDepth).toBe(20);
    expect(c1024.inclusiveExtraCombines).toBe(1024);
    expect(c1024.inclusiveDepth).toBe(21);
    expect(c1024.sequentialCombines).toBe(1023);
  });

  it("counts n − 1 up and n − 1 down combines in log₂ n levels each, on the identity-padded length", () => {
    for (let n = 1; n <= 1024; n++) {
      let P = 1;
      let k = 0;
      while (P < n) {
        P *= 2;
        k++;
      }
      const expected = {
        n,
        paddedLength: P,
        identityPads: P - n,
        upCombines: P - 1,
        upDepth: k,
        downCombines: P - 1,
        downDepth: k,
        exclusiveCombines: 2 * (P - 1),
        exclusiveDepth: 2 * k,
        inclusiveExtraCombines: n,
        inclusiveCombines: 2 * (P - 1) + n,
        inclusiveDepth: 2 * k + 1,
        sequentialCombines: n - 1,
        sequentialUpdates: n,
        sequentialDepth: n - 1,
        exclusiveFlops: 6 * (P - 1),
        inclusiveFlops: 6 * (P - 1) + 3 * n,
        sequentialFlops: 2 * n,
      };
      const { a, b } = pairs(n, 3);
      // Counts tallied while running (levels recorded or not) and the closed forms agree.
      expect(blellochScan(a, b, { recordLevels: false }).counts).toEqual(expected);
      expect(blellochCounts(n)).toEqual(expected);
    }
  });

  it("records the levels an animation needs: input, log₂ P up, clear, log₂ P down, inclusive", () => {
    for (const n of [1, 5, 16, 37]) {
      const { a, b } = pairs(n, 4);
      const r = blellochScan(a, b);
      const P = r.counts.paddedLength;
      const k = Math.log2(P);
      expect(r.levels.map((l) => l.phase)).toEqual([
        "input",
        ...Array<string>(k).fill("up"),
        "clear",
        ...Array<string>(k).fill("down"),
        "inclusive",
      ]);
      // Padding: identities (1, 0) past n.
      const input = r.levels[0];
      for (let i = n; i < P; i++) expect([input.a[i], input.b[i]]).toEqual([1, 0]);
      // Strides and combined indices.
      const ups = r.levels.filter((l) => l.phase === "up");
      const downs = r.levels.filter((l) => l.phase === "down");
      ups.forEach((l, j) => {
        const d = 2 ** j;
        expect(l.stride).toBe(d);
        expect(l.ops).toEqual(
          Array.from({ length: P / (2 * d) }, (_, m) => ({
            lo: (2 * m + 1) * d - 1,
            hi: (2 * m + 2) * d - 1,
          })),
        );
      });
      downs.forEach((l, j) => {
        expect(l.stride).toBe(P / 2 ** (j + 1));
        expect(l.ops).toHaveLength(2 ** j);
      });
      // The clear level holds the identity at the root; the last level is the inclusive scan.
      const clear = r.levels[k + 1];
      expect([clear.a[P - 1], clear.b[P - 1]]).toEqual([1, 0]);
      expect(r.levels[r.levels.length - 1].b).toEqual(r.states);
      expect(
        r.levels.reduce(
          (s, l) => s + (l.phase === "up" || l.phase === "down" ? l.ops.length : 0),
          0,
        ),
      ).toBe(r.counts.exclusiveCombines);
      // The up-sweep's root is the whole map x_0 • … • x_{n−1}: (Π a, h_{n−1}).
      const h = loop(a, b);
      expect(r.total.b).toBeCloseTo(h[n - 1], 12);
      expect(r.total.a).toBeCloseTo(
        a.reduce((p, v) => p * v, 1),
        12,
      );
    }
  });

  it("matches a hand-worked n = 4 sum scan (a = 1): up-sweep partial sums, then exclusive prefix sums", () => {
    const r = blellochScan(Float64Array.of(1, 1, 1, 1), Float64Array.of(3, 1, 7, 0));
    const bs = r.levels.map((l) => Array.from(l.b));
    expect(bs).toEqual([
      [3, 1, 7, 0], // input
      [3, 4, 7, 7], // d = 1
      [3, 4, 7, 11], // d = 2
      [3, 4, 7, 0], // clear
      [3, 0, 7, 4], // d = 2
      [0, 3, 4, 11], // d = 1: exclusive
      [3, 4, 11, 11], // inclusive
    ]);
  });

  it("throws on mismatched lengths, n = 0 or non-finite input", () => {
    expect(() => blellochScan(Float64Array.of(1), Float64Array.of(1, 2))).toThrow(RangeError);
    expect(() => blellochScan(new Float64Array(0), new Float64Array(0))).toThrow(RangeError);
    expect(() => blellochScan(Float64Array.of(NaN), Float64Array.of(1))).toThrow(RangeError);
    expect(() => sequentialScan(Float64Array.of(1), Float64Array.of(Infinity))).toThrow(RangeError);
    expect(() => blellochCounts(0)).toThrow(RangeError);
  });
});
