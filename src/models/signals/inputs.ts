import { createRng } from "../core/rng";

export const SIGNAL_KINDS = ["impulse", "step", "noise", "sine"] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface SignalOptions {
  /** Where the impulse or step starts (default: L/8, rounded down). */
  onset?: number;
  /** Seed of the noise. */
  seed?: number;
  /** Period of the sine, in samples (default: L/4). */
  period?: number;
}

/**
 * A 1-D test input of length L:
 *   impulse  u_t = 1 at t = onset, else 0;     step  u_t = 1 for t ≥ onset, else 0;
 *   noise    u_t ~ N(0, 1), seeded;            sine  u_t = sin(2π t / period).
 */
export function makeSignal(kind: SignalKind, L: number, opts: SignalOptions = {}): Float64Array {
  if (!Number.isInteger(L) || L < 0) throw new RangeError(`makeSignal: bad length ${L}`);
  const u = new Float64Array(L);
  const onset = Math.min(Math.max(0, Math.floor(opts.onset ?? L / 8)), Math.max(0, L - 1));
  switch (kind) {
    case "impulse":
      if (L > 0) u[onset] = 1;
      break;
    case "step":
      u.fill(1, onset);
      break;
    case "noise": {
      const rng = createRng(opts.seed ?? 1);
      for (let t = 0; t < L; t++) u[t] = rng.normal();
      break;
    }
    case "sine": {
      const period = opts.period && opts.period > 0 ? opts.period : Math.max(2, L / 4);
      for (let t = 0; t < L; t++) u[t] = Math.sin((2 * Math.PI * t) / period);
      break;
    }
  }
  return u;
}
