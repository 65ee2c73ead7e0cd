/**
 * Preset signals for the HiPPO compressor (chapter 5): the reader picks one, or draws their own.
 * Sample k = 1…L sits at s_k = k/L, as for DESIGNS §g's test signal; element k − 1 holds f(s_k).
 *   test   f(s) = sin(8πs) + 0.5·cos(3πs²)         (DESIGNS §g, RMS 0.871)
 *   step   f(s) = 0 for s < ½, 1 for s ≥ ½         (a jump: polynomials ring around it)
 *   chirp  f(s) = sin(2π(2s + 6s²))                (frequency rising from 2 to 14 cycles per unit)
 *   noise  f = 0.5·z, z ~ N(0, 1) seeded, clipped to [−2, 2]  (nothing smooth to keep)
 */
import { createRng } from "../core/rng";
import { hippoTestSignal } from "./hippo";

export const HIPPO_SIGNALS = ["test", "step", "chirp", "noise"] as const;
export type HippoSignalKind = (typeof HIPPO_SIGNALS)[number];

/** The largest |f| a preset or a drawing may hold (the figure's drawing range). */
export const HIPPO_SIGNAL_LIMIT = 2;

/** One preset, L samples (see the file comment). `seed` moves the noise only. */
export function hippoSignal(kind: HippoSignalKind, L: number, seed = 1): Float64Array {
  if (!Number.isInteger(L) || L < 0) throw new RangeError(`hippoSignal: bad L ${L}`);
  switch (kind) {
    case "test":
      return hippoTestSignal(L);
    case "step":
      return Float64Array.from({ length: L }, (_, j) => ((j + 1) / L >= 0.5 ? 1 : 0));
    case "chirp":
      return Float64Array.from({ length: L }, (_, j) => {
        const s = (j + 1) / L;
        return Math.sin(2 * Math.PI * (2 * s + 6 * s * s));
      });
    case "noise": {
      const rng = createRng(seed);
      const lim = HIPPO_SIGNAL_LIMIT;
      return Float64Array.from({ length: L }, () =>
        Math.min(lim, Math.max(-lim, 0.5 * rng.normal())),
      );
    }
    default:
      throw new RangeError(`hippoSignal: unknown kind ${String(kind)}`);
  }
}
