/** SI prefixes for FLOPs and bytes (DESIGNS.md §k: kB = 10³, MB = 10⁶, GB = 10⁹ bytes). */
const PREFIXES = [
  { factor: 1, prefix: "" },
  { factor: 1e3, prefix: "k" },
  { factor: 1e6, prefix: "M" },
  { factor: 1e9, prefix: "G" },
  { factor: 1e12, prefix: "T" },
  { factor: 1e15, prefix: "P" },
] as const;

/** The largest SI prefix whose factor is at most |v| (none below 1,000). */
export function siPrefixFor(v: number): { factor: number; prefix: string } {
  const a = Math.abs(v);
  let best: { factor: number; prefix: string } = PREFIXES[0];
  for (const p of PREFIXES) if (a >= p.factor) best = p;
  return best;
}

/** A number with three significant digits, trailing zeros kept off: 1.34, 13.1, 328, 0.5. */
export function threeDigits(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : 2;
  return Number(v.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** "13.1 MB", "1.34 GFLOP", "328 GB": three significant digits and an SI prefix. */
export function formatSi(v: number, unit: string): string {
  const { factor, prefix } = siPrefixFor(v);
  return `${threeDigits(v / factor)} ${prefix}${unit}`;
}

/** Token counts for axes: 0, 512, 4k, 65.5k, 1.05M. */
export function formatCount(v: number): string {
  if (Math.abs(v) < 1e3) return String(Math.round(v));
  const { factor, prefix } = siPrefixFor(v);
  return `${threeDigits(v / factor)}${prefix}`;
}
