import type { ScanIoOptions, ScanIoShape } from "../../models";
import type { FastParams } from "./fields";

/** The IO model's shape from the reader's settings. */
export function shapeOf(p: FastParams): ScanIoShape {
  return { B: p.B, L: p.L, D: p.D, N: p.N };
}

/**
 * Byte widths from the settings: inputs and outputs at 2 or 4 bytes; the naive path's intermediates
 * (and stored states) at 4 bytes when "fp32 intermediates" is on, else at the same width.
 */
export function ioOptionsOf(p: FastParams): Required<ScanIoOptions> {
  const bytesPerElement = Number(p.bytes);
  return {
    bytesPerElement,
    intermediateBytesPerElement: p.fp32 ? 4 : bytesPerElement,
  };
}

/** A number in TeX with thousands separators: 2048 → 2{,}048. */
export function texInt(n: number): string {
  return Math.round(n).toLocaleString("en-US").replace(/,/g, "{,}");
}

/** A number in TeX with `digits` significant digits, as a power of ten when large or small. */
export function texSci(v: number, digits = 4): string {
  if (v === 0 || !Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a >= 1e-2 && a < 1e5)
    return Number(v.toPrecision(digits)).toLocaleString("en-US").replace(/,/g, "{,}");
  const [m, e] = v.toExponential(digits - 1).split("e");
  return String.raw`${m}\times 10^{${Number(e)}}`;
}
