// @vitest-environment node
import { describe, expect, expectTypeOf, it } from "vitest";
import fc from "fast-check";
import {
  bool,
  choice,
  decodeParams,
  decodeParamsReport,
  defaults,
  encodeParams,
  int,
  num,
  tableProblems,
  type NumField,
  type ParamsOf,
} from "../../src/state/fields";

// A representative view table: every field kind, a pow2 int, a num with digits, a seed with a
// large range, and a URL key that is also an Object.prototype property name.
const table = {
  dt: num("dt", { def: 0.1, min: 0.001, max: 2, digits: 3 }),
  N: int("N", { def: 16, min: 1, max: 64 }),
  batch: int("b", { def: 1, min: 1, max: 128, pow2: true }),
  seed: int("s", { def: 1, min: 0, max: 2 ** 31 - 1 }),
  selective: bool("sel", { def: true }),
  rule: choice("rule", { def: "zoh", options: ["zoh", "bilinear", "euler"] }),
  hasOwn: int("constructor", { def: 3, min: 0, max: 9 }),
};
type Params = ParamsOf<typeof table>;
const DEF: Params = {
  dt: 0.1,
  N: 16,
  batch: 1,
  seed: 1,
  selective: true,
  rule: "zoh",
  hasOwn: 3,
};
const NAMES = Object.keys(table).sort();

function expectValid(p: Params): void {
  expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
  expect(Object.keys(p).sort()).toEqual(NAMES);
  for (const name of ["dt", "N", "batch", "seed", "hasOwn"] as const) {
    const f: NumField = table[name];
    const v = p[name];
    expect(typeof v).toBe("number");
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(f.min);
    expect(v).toBeLessThanOrEqual(f.max);
  }
  for (const name of ["N", "batch", "seed", "hasOwn"] as const) {
    expect(Number.isInteger(p[name])).toBe(true);
  }
  expect(Math.log2(p.batch) % 1).toBe(0);
  expect(Math.round(p.dt * 1000) / 1000).toBe(p.dt);
  expect(typeof p.selective).toBe("boolean");
  expect(["zoh", "bilinear", "euler"]).toContain(p.rule);
}

describe("field constructors", () => {
  it("types choice as the union of its options and ParamsOf as the table's values", () => {
    expectTypeOf(table.rule.def).toEqualTypeOf<"zoh" | "bilinear" | "euler">();
    expectTypeOf<Params["rule"]>().toEqualTypeOf<"zoh" | "bilinear" | "euler">();
    expectTypeOf<Params["dt"]>().toEqualTypeOf<number>();
    expectTypeOf<Params["selective"]>().toEqualTypeOf<boolean>();
    expectTypeOf(decodeParams(table, "")).toEqualTypeOf<Params>();
  });

  it("rejects inconsistent specs when a view defines its table", () => {
    expect(() => num("x", { def: 5, min: 0, max: 1, digits: 2 })).toThrow();
    expect(() => num("x", { def: 0.125, min: 0, max: 1, digits: 2 })).toThrow();
    expect(() => int("x", { def: 3, min: 1, max: 8, pow2: true })).toThrow();
    expect(() => choice("x", { def: "c" as "a", options: ["a", "b"] })).toThrow();
    expect(() => bool("bad key", { def: true })).toThrow();
  });

  it("formats numbers with the field's digits, trailing zeros trimmed, never an exponent", () => {
    expect(table.dt.format(0.5)).toBe("0.5");
    expect(table.dt.format(2)).toBe("2");
    expect(table.dt.format(0.001)).toBe("0.001");
    expect(table.dt.format(0.0504)).toBe("0.05");
    expect(table.dt.format(-0)).toBe("0");
    expect(table.seed.format(2 ** 31 - 1)).toBe("2147483647");
  });

  it("parses plain decimals only", () => {
    const p = (raw: string) => table.dt.parse(raw);
    expect(p("0.05")).toBe(0.05);
    expect(p(".5")).toBe(0.5);
    expect(p("-3")).toBe(-3);
    for (const junk of ["", " 1", "1 ", "1e3", "1e999", "0x10", "Infinity", "-Infinity", "NaN"]) {
      expect(p(junk), junk).toBeUndefined();
    }
    for (const junk of ["+1", "1,5", "١", "--1", "1.2.3", "9".repeat(40)]) {
      expect(p(junk), junk).toBeUndefined();
    }
  });

  it("clamps, rounds to digits, snaps pow2, and maps non-finite numbers to the default", () => {
    expect(table.dt.clamp(5)).toBe(2);
    expect(table.dt.clamp(0)).toBe(0.001);
    expect(table.dt.clamp(0.12345)).toBe(0.123);
    expect(table.dt.clamp(NaN)).toBe(0.1);
    expect(table.N.clamp(8.6)).toBe(9);
    expect(table.batch.clamp(48)).toBe(64);
    expect(table.batch.clamp(5)).toBe(4);
    expect(table.batch.clamp(1000)).toBe(128);
    expect(table.batch.clamp(-3)).toBe(1);
    expect(table.rule.clamp("<b>" as "zoh")).toBe("zoh");
  });
});

describe("decodeParams", () => {
  it("gives the defaults for an empty query, as a fresh object each time", () => {
    const a = decodeParams(table, "");
    const b = decodeParams(table, "?");
    expect(a).toEqual(DEF);
    expect(b).toEqual(DEF);
    expect(a).not.toBe(b);
    a.N = 2;
    expect(decodeParams(table, "").N).toBe(16);
    expect(defaults(table)).toEqual(DEF);
  });

  it("reads the spec's example and ignores unknown keys and the hash", () => {
    const p = decodeParams(table, "?dt=0.05&N=8&utm_source=x&b=32&sel=0&rule=bilinear#selection/x");
    expect(p).toEqual({ ...DEF, dt: 0.05, N: 8, batch: 32, selective: false, rule: "bilinear" });
  });

  it("accepts URLSearchParams and string input alike", () => {
    const q = "dt=1.5&s=42&sel=true&constructor=7";
    expect(decodeParams(table, new URLSearchParams(q))).toEqual(decodeParams(table, q));
    expect(decodeParams(table, q)).toEqual({ ...DEF, dt: 1.5, seed: 42, hasOwn: 7 });
  });

  it("falls back on junk and clamps out-of-range numbers", () => {
    const p = decodeParams(table, "dt=abc&N=999&b=0&s=-5&sel=maybe&rule=EULER&constructor=1e3");
    expect(p).toEqual({ ...DEF, N: 64, batch: 1, seed: 0 });
  });

  it("takes the first of repeated keys", () => {
    expect(decodeParams(table, "N=4&N=32&N=junk").N).toBe(4);
    expect(decodeParams(table, "N=junk&N=32").N).toBe(16);
  });

  it("never throws on malformed percent-encoding, and decodes good escapes and +", () => {
    expect(() => decodeParams(table, "dt=%E0%A4%A&N=%&%zz=1&rule=%")).not.toThrow();
    expect(decodeParams(table, "dt=%E0%A4%A&N=%33%32")).toEqual({ ...DEF, N: 32 });
    expect(decodeParams(table, "%E0%A4%A=1&N=8").N).toBe(8);
    expect(decodeParams(table, "%4E=8").N).toBe(8);
    expect(decodeParams(table, "dt=+1").dt).toBe(0.1);
  });

  it("ignores prototype keys and never pollutes Object.prototype", () => {
    const q =
      "__proto__=1&__proto__[polluted]=1&constructor[prototype][polluted]=1&prototype=1&toString=1&polluted=1";
    const p = decodeParams(table, q);
    expect(p).toEqual(DEF);
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it("keeps a table field named __proto__ as plain data", () => {
    const odd = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    const t = Object.defineProperty({}, "__proto__", {
      value: int("p", { def: 2, min: 0, max: 9 }),
      enumerable: true,
    }) as Record<string, NumField>;
    const p: Record<string, unknown> = decodeParams(t, "p=5");
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Object.keys(p)).toEqual(Object.keys(odd));
    expect(Object.getOwnPropertyDescriptor(p, "__proto__")?.value).toBe(5);
  });

  it("survives 200 generated junk query strings: no throw, exact keys, bounded values", () => {
    const hostile = fc.constantFrom(
      "NaN",
      "Infinity",
      "-Infinity",
      "1e999",
      "-1e999",
      "0x1F",
      "1e3",
      " 12 ",
      "\t\n",
      "",
      "-0",
      "9".repeat(400),
      "-99999999999999999999",
      "<img src=x onerror=alert(1)>",
      "%3Cscript%3Ealert(1)%3C/script%3E",
      "javascript:alert(1)",
      "%E0%A4%A",
      "%",
      "%%",
      "%ZZ",
      "%C0%AF",
      "%ED%A0%80",
      "\uD800",
      "true",
      "1",
      "0",
      "zoh",
      "bilinear",
    );
    const anyValue = fc.oneof(
      hostile,
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.double().map(String),
      fc.bigInt().map(String),
      fc.integer({ min: -1000, max: 1000 }).map(String),
    );
    const anyKey = fc.oneof(
      fc.constantFrom(
        "dt",
        "N",
        "b",
        "s",
        "sel",
        "rule",
        "constructor",
        "__proto__",
        "prototype",
        "constructor[x]",
        "__proto__[polluted]",
        "constructor[prototype][polluted]",
        "polluted",
        "%E0%A4%A",
        "",
      ),
      fc.string({ unit: "binary", maxLength: 12 }),
    );
    const pair = fc
      .tuple(anyKey, anyValue, fc.constantFrom("=", "", "==", "=%"))
      .map(([k, v, sep]) => `${k}${sep}${v}`);
    const query = fc
      .tuple(
        fc.oneof(
          { weight: 9, arbitrary: fc.array(pair, { maxLength: 20 }) },
          { weight: 1, arbitrary: fc.array(pair, { minLength: 1000, maxLength: 3000 }) },
        ),
        fc.constantFrom("", "?", "??", "#"),
        fc.constantFrom("&", "&&", ";"),
      )
      .map(([pairs, prefix, sep]) => prefix + pairs.join(sep));

    fc.assert(
      fc.property(query, (q) => {
        const report = decodeParamsReport(table, q);
        expectValid(report.params);
        for (const note of report.notes) expect(note).not.toMatch(/[<>"'`&]/);
        expectValid(decodeParams(table, new URLSearchParams(q)));
      }),
      { numRuns: 200 },
    );
    expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  });
});

describe("decodeParamsReport", () => {
  const issuesOf = (q: string) => decodeParamsReport(table, q).issues;

  it("reports a clamp in the reader's words", () => {
    const [issue] = issuesOf("N=999");
    expect(issue).toMatchObject({ field: "N", key: "N", kind: "clamped" });
    expect(issue.message).toBe("N=999 is above the maximum 64: using 64");
    expect(issuesOf("dt=0")[0].message).toBe("dt=0 is below the minimum 0.001: using 0.001");
  });

  it("reports rounding separately from clamping", () => {
    expect(issuesOf("N=8.6")[0]).toMatchObject({
      kind: "rounded",
      message: "N=8.6 is not a whole number: using 9",
    });
    expect(issuesOf("b=48")[0]).toMatchObject({
      kind: "rounded",
      message: "b=48 is not a power of two: using 64",
    });
    expect(issuesOf("dt=0.12345")[0].message).toBe(
      "dt=0.12345 has more than 3 decimals: using 0.123",
    );
  });

  it("reports fallbacks with what a valid value looks like, without echoing markup", () => {
    const [issue] = issuesOf("rule=<img src=x onerror=alert(1)>");
    expect(issue.kind).toBe("fallback");
    expect(issue.message).toMatch(
      /^rule=\?img src.* is not one of zoh, bilinear, euler: using the default zoh$/,
    );
    expect(issue.message).not.toMatch(/[<>]/);
    expect(issuesOf("sel=maybe")[0].message).toBe("sel=maybe is not 1 or 0: using the default 1");
    expect(issuesOf("N=abc")[0].message).toBe(
      "N=abc is not a whole number from 1 to 64: using the default 16",
    );
    expect(issuesOf("dt=%E0%A4%A")[0].message).toBe(
      "dt=(unreadable) is not a number from 0.001 to 2: using the default 0.1",
    );
  });

  it("notes repeated keys, and is silent for valid, unknown or default values", () => {
    expect(issuesOf("N=4&N=5").map((i) => i.kind)).toEqual(["repeated"]);
    expect(issuesOf("N=4&N=5")[0].message).toBe("N appears 2 times: using the first");
    expect(issuesOf("N=4&dt=0.1&foo=<x>&sel=1")).toEqual([]);
  });

  it("lists issues in table order and mirrors them in notes", () => {
    const r = decodeParamsReport(table, "rule=x&N=0&dt=9");
    expect(r.issues.map((i) => i.field)).toEqual(["dt", "N", "rule"]);
    expect(r.notes).toEqual(r.issues.map((i) => i.message));
  });
});

describe("encodeParams", () => {
  it("is empty when everything is default", () => {
    expect(encodeParams(table, DEF)).toBe("");
    expect(encodeParams(table, { ...DEF, dt: 0.1000001 })).toBe("");
  });

  it("writes non-default values only, in table order, with the field's digits", () => {
    const p: Params = { ...DEF, rule: "euler", N: 8, dt: 0.05, selective: false };
    expect(encodeParams(table, p)).toBe("dt=0.05&N=8&sel=0&rule=euler");
    expect(encodeParams(table, { ...DEF, dt: 0.5, hasOwn: 0 })).toBe("dt=0.5&constructor=0");
  });

  it("clamps before writing", () => {
    expect(encodeParams(table, { ...DEF, N: 1000, dt: NaN })).toBe("N=64");
  });

  it("round-trips every valid value exactly", () => {
    const valid = fc.record({
      dt: fc.integer({ min: 1, max: 2000 }).map((k) => k / 1000),
      N: fc.integer({ min: 1, max: 64 }),
      batch: fc.integer({ min: 0, max: 7 }).map((e) => 2 ** e),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      selective: fc.boolean(),
      rule: fc.constantFrom("zoh" as const, "bilinear" as const, "euler" as const),
      hasOwn: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(valid, (p) => {
        const q = encodeParams(table, p);
        expect(decodeParams(table, q)).toEqual(p);
        expect(decodeParamsReport(table, q).issues).toEqual([]);
        expect(encodeParams(table, decodeParams(table, q))).toBe(q);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips any number up to the field's digits", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 2, noNaN: true }), (dt) => {
        const back = decodeParams(table, encodeParams(table, { ...DEF, dt })).dt;
        expect(Math.abs(back - dt)).toBeLessThanOrEqual(0.0005 + 1e-12);
      }),
    );
  });
});

describe("tableProblems", () => {
  it("finds two fields sharing a URL key", () => {
    expect(tableProblems(table)).toEqual([]);
    const bad = { a: int("x", { def: 1 }), b: bool("x", { def: false }) };
    expect(tableProblems(bad)).toEqual(["b and a share the URL key x"]);
  });
});
