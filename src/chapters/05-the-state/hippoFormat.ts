/** Number formats for the HiPPO figure's text (the summary reads them aloud). */

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

/** 3 significant digits in a readable range, else "1.38×10⁹" / "6.41×10⁻⁵". */
export function sci(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (v === 0 || (a >= 1e-3 && a < 1e4)) return Number(v.toPrecision(digits)).toString();
  const [m, e] = v.toExponential(digits - 1).split("e");
  const exp = String(Number(e))
    .split("")
    .map((ch) => SUPERSCRIPT[ch] ?? ch)
    .join("");
  return `${m}×10${exp}`;
}

/** A share as a percentage with two significant digits ("1.6%", "0.0074%"); past 10×, a factor. */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return "–";
  if (share >= 10) return `${sci(share, 2)} times the signal`;
  const p = share * 100;
  return `${p >= 10 ? Math.round(p) : Number(p.toPrecision(2))}%`;
}
