/**
 * Readable amounts for chart labels and text alternatives: bytes in SI units (kB = 10³, MB = 10⁶,
 * GB = 10⁹, TB = 10¹², PB = 10¹⁵; FACTS.md "Units"), seconds from ns to s, and plain counts with
 * thousands separators. Three significant digits unless stated.
 */

const BYTE_UNITS: readonly [number, string][] = [
  [1e15, "PB"],
  [1e12, "TB"],
  [1e9, "GB"],
  [1e6, "MB"],
  [1e3, "kB"],
];

/** `digits` significant digits, trailing zeros after the point dropped (40.0 → 40, 1.50 → 1.5). */
function sig(v: number, digits = 3): string {
  const s = v.toPrecision(digits);
  if (s.includes("e")) return String(Number(s));
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** Bytes in SI units: 415,383,552 → "415 MB", 32,768 → "32.8 kB", 12 → "12 B". */
export function formatBytes(bytes: number, digits = 3): string {
  if (!Number.isFinite(bytes)) return "–";
  for (const [size, unit] of BYTE_UNITS) {
    if (Math.abs(bytes) >= size) return `${sig(bytes / size, digits)} ${unit}`;
  }
  return `${Math.round(bytes)} B`;
}

/** Seconds from nanoseconds up: 2.67e−4 → "267 µs", 0.0123 → "12.3 ms", 5 → "5.00 s". */
export function formatSeconds(s: number, digits = 3): string {
  if (!Number.isFinite(s)) return "–";
  if (s === 0) return "0 s";
  const a = Math.abs(s);
  if (a < 1e-6) return `${sig(s * 1e9, digits)} ns`;
  if (a < 1e-3) return `${sig(s * 1e6, digits)} µs`;
  if (a < 1) return `${sig(s * 1e3, digits)} ms`;
  return `${sig(s, digits)} s`;
}

/** A count with thousands separators: 2048 → "2,048". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–";
}

/** A ratio: 32.55 → "32.6×", 2205.4 → "2,205×", 238190 → "2.4 × 10⁵". */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return "–";
  if (r >= 1e5) {
    const e = Math.floor(Math.log10(r));
    const m = r / 10 ** e;
    return `${m.toFixed(1)} × 10${superscript(e)}`;
  }
  if (r >= 100) return `${formatCount(r)}×`;
  return `${r.toFixed(1)}×`;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** 15 → "¹⁵", −3 → "⁻³". */
export function superscript(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)))
    .split("")
    .map((d) => SUPERSCRIPT[Number(d)])
    .join("");
  return n < 0 ? `⁻${digits}` : digits;
}
