/** A number for KaTeX: fixed digits in a readable range, else a power of ten (never "1e-7"). */
export function texNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v))
    return Number.isNaN(v)
      ? String.raw`\text{NaN}`
      : v > 0
        ? String.raw`\infty`
        : String.raw`-\infty`;
  if (v === 0 || (Math.abs(v) >= 0.01 && Math.abs(v) < 1e4)) return v.toFixed(digits);
  const [m, e] = v.toExponential(1).split("e");
  return String.raw`${m}\times 10^{${Number(e)}}`;
}
