import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRng, fnv1a32, hashedUnitVector, utf8Bytes } from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

/** Slow reference FNV-1a-32 with BigInt arithmetic, over bytes from the platform's encoder. */
function slowFnv(s: string): number {
  let h = 0x811c9dc5n;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= BigInt(byte);
    h = (h * 0x01000193n) % 2n ** 32n;
  }
  return Number(h);
}

describe("utf8Bytes", () => {
  it("encodes 1-, 2-, 3- and 4-byte code points", () => {
    expect(Array.from(utf8Bytes("a"))).toEqual([0x61]);
    expect(Array.from(utf8Bytes("é"))).toEqual([0xc3, 0xa9]);
    expect(Array.from(utf8Bytes("€"))).toEqual([0xe2, 0x82, 0xac]);
    expect(Array.from(utf8Bytes("😀"))).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(utf8Bytes("").length).toBe(0);
  });

  it("writes a lone surrogate as U+FFFD, as TextEncoder does", () => {
    expect(Array.from(utf8Bytes("\ud800x"))).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect(Array.from(utf8Bytes("x\udc00"))).toEqual([0x78, 0xef, 0xbf, 0xbd]);
  });

  it("agrees with the platform's TextEncoder on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        expect(Array.from(utf8Bytes(s))).toEqual(Array.from(new TextEncoder().encode(s)));
      }),
    );
  });
});

describe("fnv1a32", () => {
  it("matches the test vectors of DESIGNS §a.2", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("rainbow")).toBe(0x2b6ce2a9);
    expect(fnv1a32("café")).toBe(0xa82b5049);
  });

  it("equals a BigInt reference and stays an unsigned 32-bit integer", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        const h = fnv1a32(s);
        expect(h).toBe(slowFnv(s));
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      }),
    );
  });
});

describe("hashedUnitVector", () => {
  it("draws from mulberry32 as DESIGNS §a.2 lists (seed 1)", () => {
    const r = createRng(1);
    expectAllClose([r.next(), r.next(), r.next()], [0.6270739406, 0.0027357212, 0.52744704], {
      rtol: 0,
      atol: 5e-11,
    });
  });

  it("matches u('zebra') and u('café') of DESIGNS §a.2", () => {
    const tol = { rtol: 0, atol: 5e-7 };
    expectAllClose(hashedUnitVector("zebra"), [-0.322043, 0.091936, -0.527213, 0.78095], tol);
    expectAllClose(hashedUnitVector("café"), [-0.174529, 0.476923, -0.079767, 0.857742], tol);
  });

  it("is a unit 4-vector, the same for the same word", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (w) => {
        const u = hashedUnitVector(w);
        expect(u.length).toBe(4);
        expect(Math.hypot(...u)).toBeCloseTo(1, 14);
        expect(Array.from(hashedUnitVector(w))).toEqual(Array.from(u));
      }),
    );
  });
});
