// Number formats shared by the figure, its text alternative and the prose.

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};
const SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉";

/** A readable number: 3 decimals in [0.01, 10⁴), else a power of ten ("1.1 × 10⁻¹⁶"). */
export function fmt(v: number, digits = 3): string {
  if (v === 0) return (0).toFixed(digits);
  if (Math.abs(v) >= 0.01 && Math.abs(v) < 1e4) return v.toFixed(digits).replace("-", "−");
  return sci(v);
}

/** Scientific notation with a Unicode power of ten: 1.1 × 10⁻¹⁶; exactly 0 stays "0". */
export function sci(v: number): string {
  if (v === 0) return "0";
  const [m, e] = v.toExponential(1).split("e");
  const exp = String(Number(e))
    .split("")
    .map((ch) => SUPERSCRIPT[ch] ?? ch)
    .join("");
  return `${m.replace("-", "−")} × 10${exp}`;
}

/** Δ with enough digits to tell log-slider positions apart. */
export const fmtDt = (v: number) => (v >= 0.1 ? v.toFixed(3) : v.toPrecision(2));

/** Slider value with two decimals and a real minus sign. */
export const fmt2 = (v: number) => v.toFixed(2).replace("-", "−");

/** A whole number as Unicode subscript digits (for SVG labels such as K₇·u₂₈). */
export const sub = (n: number) =>
  String(n)
    .split("")
    .map((ch) => SUBSCRIPT[Number(ch)] ?? ch)
    .join("");

/** A tuple "(0.861, 0.638)" of the values, or the single value when N = 1. */
export function tuple(values: ArrayLike<number>, f: (v: number) => string = fmt): string {
  const parts = Array.from(values, (v) => f(v));
  return parts.length === 1 ? parts[0] : `(${parts.join(", ")})`;
}
