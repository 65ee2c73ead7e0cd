// Typed per-view settings fields and the query-string codec (CONTRACT.md, "Pages and URLs";
// STYLE.md §7). Each view owns a table of fields; the query string holds its non-default values.
//
// Decoding rules (nothing a URL holds can throw, inject markup or pollute a prototype):
// - Unknown keys are ignored. Keys are matched exactly (case-sensitive) against the table's short
//   keys through a Map, and the result object is built from the table's own keys only: no key from
//   the URL is ever assigned to anything.
// - Repeated keys: the FIRST occurrence wins (the same as URLSearchParams.get), and the report
//   notes the repetition.
// - A value that cannot be read (junk, empty, malformed percent-encoding, longer than
//   MAX_VALUE_LENGTH) falls back to the field's default. Numbers are plain decimals only
//   (`-?digits[.digits]`, at most 32 characters): no exponent, hex, "Infinity", "NaN", "+" or
//   whitespace.
// - A readable number outside [min, max] clamps; an int is rounded to a whole number (or to the
//   nearest power of two for a pow2 field); a num is rounded to its display digits.
// - "+" means a space, as in form encoding (and URLSearchParams).

export type FieldKind = "num" | "int" | "bool" | "choice";

export interface Field<T> {
  readonly kind: FieldKind;
  /** The short URL key. */
  readonly key: string;
  readonly def: T;
  /** Reads a raw (already percent-decoded) value; undefined when it is not a value of this field. */
  parse(raw: string): T | undefined;
  /** The URL text for a value (numbers with the field's digits, trailing zeros trimmed). */
  format(v: T): string;
  /** The nearest valid value (bounds, rounding; a non-finite number gives the default). */
  clamp(v: T): T;
  /** Why `clamp(v)` differs from `v`: out of range ("clamped") or not on the grid ("rounded"). */
  adjustment(v: T): { kind: "clamped" | "rounded"; text: string };
  /** What a valid value looks like, in words (for the reader). */
  readonly expects: string;
}

export interface NumField extends Field<number> {
  readonly kind: "num" | "int";
  readonly min: number;
  readonly max: number;
  /** Decimal digits kept (0 for int fields). */
  readonly digits: number;
  /** True when an int field accepts powers of two only. */
  readonly pow2: boolean;
}

export interface BoolField extends Field<boolean> {
  readonly kind: "bool";
}

export interface ChoiceField<T extends string> extends Field<T> {
  readonly kind: "choice";
  readonly options: readonly T[];
}

export type FieldTable<P> = { readonly [K in keyof P]: Field<P[K]> };

export type ParamsOf<Table> = {
  -readonly [K in keyof Table]: Table[K] extends Field<infer V> ? V : never;
};

/** Raw values longer than this are not read at all (they fall back to the default). */
export const MAX_VALUE_LENGTH = 256;
const MAX_KEY_LENGTH = 64;
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)$/;
const MAX_NUMBER_TEXT = 32;
const KEY_SHAPE = /^[A-Za-z][A-Za-z0-9_.-]*$/;

function assertKey(key: string): void {
  if (!KEY_SHAPE.test(key) || key.length > MAX_KEY_LENGTH) {
    throw new Error(`fields: bad URL key ${JSON.stringify(key)}`);
  }
}

function parseDecimal(raw: string): number | undefined {
  if (raw.length > MAX_NUMBER_TEXT || !DECIMAL.test(raw)) return undefined;
  const v = Number(raw);
  return Number.isFinite(v) ? v : undefined;
}

function trimZeros(s: string): string {
  let out = s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
  if (out === "-0") out = "0";
  return out;
}

function isPow2(v: number): boolean {
  return Number.isInteger(v) && v >= 1 && Math.log2(v) % 1 === 0;
}

function makeNumber(
  kind: "num" | "int",
  key: string,
  spec: { def: number; min: number; max: number; digits: number; pow2: boolean },
): NumField {
  assertKey(key);
  const { def, min, max, digits, pow2 } = spec;
  const roundDigits = (v: number) => Number(v.toFixed(digits));
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new Error(`fields: ${key}: digits must be an integer from 0 to 10`);
  }
  for (const v of [def, min, max]) {
    if (!Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER || roundDigits(v) !== v) {
      throw new Error(`fields: ${key}: ${v} is not representable with ${digits} digits`);
    }
    if (pow2 && !isPow2(v)) throw new Error(`fields: ${key}: ${v} is not a power of two`);
  }
  if (!(min <= def && def <= max)) throw new Error(`fields: ${key}: need min ≤ def ≤ max`);

  const format = (v: number) => trimZeros(v.toFixed(digits));
  const round = (v: number) => (pow2 ? (v <= 0 ? min : 2 ** Math.round(Math.log2(v))) : v);
  const clamp = (v: number) => {
    if (!Number.isFinite(v)) return def;
    const r = roundDigits(round(v));
    return Math.min(max, Math.max(min, r));
  };
  const what = pow2 ? "a power of two" : kind === "int" ? "a whole number" : "a number";
  return {
    kind,
    key,
    def,
    min,
    max,
    digits,
    pow2,
    expects: `${what} from ${format(min)} to ${format(max)}`,
    parse: parseDecimal,
    format,
    clamp,
    adjustment(v) {
      if (!Number.isFinite(v)) return { kind: "clamped", text: "is not a number" };
      if (v > max) return { kind: "clamped", text: `is above the maximum ${format(max)}` };
      if (v < min) return { kind: "clamped", text: `is below the minimum ${format(min)}` };
      if (pow2) return { kind: "rounded", text: "is not a power of two" };
      if (kind === "int") return { kind: "rounded", text: "is not a whole number" };
      return { kind: "rounded", text: `has more than ${digits} decimals` };
    },
  };
}

/** A decimal number with bounds and display digits. */
export function num(
  key: string,
  spec: { def: number; min: number; max: number; digits: number },
): NumField {
  return makeNumber("num", key, { ...spec, pow2: false });
}

/** A whole number with bounds (default: the safe-integer range); `pow2` snaps to powers of two. */
export function int(
  key: string,
  spec: { def: number; min?: number; max?: number; pow2?: boolean },
): NumField {
  return makeNumber("int", key, {
    def: spec.def,
    min: spec.min ?? -Number.MAX_SAFE_INTEGER,
    max: spec.max ?? Number.MAX_SAFE_INTEGER,
    digits: 0,
    pow2: spec.pow2 ?? false,
  });
}

/** On or off: written as 1 or 0; also reads true/false. */
export function bool(key: string, spec: { def: boolean }): BoolField {
  assertKey(key);
  return {
    kind: "bool",
    key,
    def: spec.def,
    expects: "1 or 0",
    parse(raw) {
      if (raw === "1" || raw === "true") return true;
      if (raw === "0" || raw === "false") return false;
      return undefined;
    },
    format: (v) => (v ? "1" : "0"),
    clamp: (v) => (typeof v === "boolean" ? v : spec.def),
    adjustment: () => ({ kind: "clamped", text: "is not 1 or 0" }),
  };
}

/** One of a fixed list of strings; typed as the union of its options. */
export function choice<const O extends readonly [string, ...string[]]>(
  key: string,
  spec: { def: NoInfer<O[number]>; options: O },
): ChoiceField<O[number]> {
  assertKey(key);
  const options: readonly O[number][] = [...spec.options];
  const set: ReadonlySet<string> = new Set(options);
  if (!set.has(spec.def)) throw new Error(`fields: ${key}: default is not an option`);
  if (set.size !== options.length) throw new Error(`fields: ${key}: repeated option`);
  const isOption = (v: unknown): v is O[number] => typeof v === "string" && set.has(v);
  return {
    kind: "choice",
    key,
    def: spec.def,
    options,
    expects: `one of ${options.join(", ")}`,
    parse: (raw) => (isOption(raw) ? raw : undefined),
    format: (v) => v,
    clamp: (v) => (isOption(v) ? v : spec.def),
    adjustment: () => ({ kind: "clamped", text: `is not one of ${options.join(", ")}` }),
  };
}

/** Problems with a table (duplicate URL keys); empty when it is sound. For tests of each view. */
export function tableProblems(table: FieldTable<object>): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const name of Object.keys(table)) {
    const key = (table as Record<string, Field<unknown>>)[name].key;
    const other = seen.get(key);
    if (other !== undefined) problems.push(`${name} and ${other} share the URL key ${key}`);
    else seen.set(key, name);
  }
  return problems;
}

/** The table's defaults, as a fresh object. */
export function defaults<P>(table: FieldTable<P>): P {
  const out = {} as P;
  for (const name of fieldNames(table)) setOwn(out, name, table[name].def);
  return out;
}

export interface ParamIssue {
  /** The property name in the table. */
  readonly field: string;
  /** The URL key. */
  readonly key: string;
  readonly kind: "clamped" | "rounded" | "fallback" | "repeated";
  /** A short sentence for the reader, e.g. "N=999 is above the maximum 64: using 64". */
  readonly message: string;
}

export interface DecodeReport<P> {
  readonly params: P;
  readonly issues: readonly ParamIssue[];
  /** The issues' messages, in table order (what the UI shows). */
  readonly notes: readonly string[];
}

/** Reads a view's settings from a query string; never throws. See the rules at the top. */
export function decodeParams<P>(table: FieldTable<P>, search: string | URLSearchParams): P {
  return decodeParamsReport(table, search).params;
}

/** decodeParams, plus what was clamped, rounded, repeated or fell back to the default, and why. */
export function decodeParamsReport<P>(
  table: FieldTable<P>,
  search: string | URLSearchParams,
): DecodeReport<P> {
  const names = fieldNames(table);
  const byKey = new Map<string, keyof P>();
  for (const name of names) if (!byKey.has(table[name].key)) byKey.set(table[name].key, name);

  const raws = new Map<keyof P, { raw: string | undefined; count: number }>();
  for (const [key, raw] of pairsOf(search)) {
    const name = byKey.get(key);
    if (name === undefined) continue;
    const seen = raws.get(name);
    if (seen) seen.count += 1;
    else raws.set(name, { raw, count: 1 });
  }

  const out = {} as P;
  const issues: ParamIssue[] = [];
  for (const name of names) {
    const field = table[name];
    const found = raws.get(name);
    let value = field.def;
    if (found) {
      const { raw, count } = found;
      const shown = `${field.key}=${showRaw(raw)}`;
      const parsed =
        raw === undefined || raw.length > MAX_VALUE_LENGTH ? undefined : parseSafely(field, raw);
      if (parsed === undefined) {
        issues.push({
          field: String(name),
          key: field.key,
          kind: "fallback",
          message: `${shown} is not ${field.expects}: using the default ${field.format(field.def)}`,
        });
      } else {
        value = field.clamp(parsed);
        if (value !== parsed) {
          const { kind, text } = field.adjustment(parsed);
          issues.push({
            field: String(name),
            key: field.key,
            kind,
            message: `${shown} ${text}: using ${field.format(value)}`,
          });
        }
      }
      if (count > 1) {
        issues.push({
          field: String(name),
          key: field.key,
          kind: "repeated",
          message: `${field.key} appears ${count} times: using the first`,
        });
      }
    }
    setOwn(out, name, value);
  }
  return { params: out, issues, notes: issues.map((i) => i.message) };
}

/** The view's non-default settings as "k=v&k2=v2" in table order; "" when all are default. */
export function encodeParams<P>(table: FieldTable<P>, params: P): string {
  const parts: string[] = [];
  for (const name of fieldNames(table)) {
    const field = table[name];
    const text = field.format(field.clamp(params[name]));
    if (text === field.format(field.def)) continue;
    parts.push(`${encodeURIComponent(field.key)}=${encodeURIComponent(text)}`);
  }
  return parts.join("&");
}

// --- helpers ---

function fieldNames<P>(table: FieldTable<P>): (keyof P)[] {
  return Object.keys(table) as (keyof P)[];
}

/** Defines an own, enumerable property, so even a table field named "__proto__" stays data. */
function setOwn<P>(obj: P, name: keyof P, value: unknown): void {
  Object.defineProperty(obj, name, { value, enumerable: true, writable: true, configurable: true });
}

function parseSafely<T>(field: Field<T>, raw: string): T | undefined {
  try {
    return field.parse(raw);
  } catch {
    return undefined;
  }
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/** [key, value] pairs; a value is undefined when it cannot be decoded. Undecodable keys are skipped. */
function pairsOf(search: string | URLSearchParams): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  if (typeof search !== "string") {
    search.forEach((value, key) => out.push([key, value]));
    return out;
  }
  let s = search;
  const hashAt = s.indexOf("#");
  if (hashAt >= 0) s = s.slice(0, hashAt);
  if (s.startsWith("?")) s = s.slice(1);
  if (s === "") return out;
  for (const part of s.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    if (rawKey.length > MAX_KEY_LENGTH * 3) continue;
    const key = safeDecode(rawKey);
    if (key === undefined) continue;
    const rawValue = eq < 0 ? "" : part.slice(eq + 1);
    out.push([key, rawValue.length > MAX_VALUE_LENGTH * 3 ? undefined : safeDecode(rawValue)]);
  }
  return out;
}

/** A raw URL value made safe to show: letters, digits and a few marks only, at most 24 of them. */
function showRaw(raw: string | undefined): string {
  if (raw === undefined) return "(unreadable)";
  const chars = Array.from(raw);
  const kept = chars
    .slice(0, 24)
    .map((c) => (/^[\p{L}\p{N} ._,:+-]$/u.test(c) ? c : "?"))
    .join("");
  return chars.length > 24 ? `${kept}…` : kept;
}
