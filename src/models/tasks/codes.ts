/**
 * Seeded key codes for the associative-memory tasks (DESIGNS §e, §f): a unit vector in ℝᴺ drawn
 * from a word, so a key's code never depends on which other keys exist or on N's history.
 */
import { createRng } from "../core/rng";
import { checkSize } from "../core/checks";
import { fnv1a32 } from "../text/hash";

/**
 * code(label) ∈ ℝᴺ, ‖code‖₂ = 1: N pairwise Box–Muller draws (as DESIGNS §a.2) from
 * mulberry32(FNV-1a-32(label)): r = √(−2·ln(1 − u₁)), push r·cos(2πu₂), then r·sin(2πu₂), until
 * there are N numbers (an odd N drops the last sine); then divide by the Euclidean norm.
 * The label carries the prefix: `'mqar-key-' + k`, `'needle-key-' + w`, `'needle-attn-' + w`.
 * Returns a Float64Array of length N.
 */
export function seededUnitVector(label: string, N: number): Float64Array {
  checkSize(N, "N", "seededUnitVector", 1);
  const rng = createRng(fnv1a32(label));
  const v = new Float64Array(N);
  for (let i = 0; i < N; i += 2) {
    const u1 = rng.next();
    const u2 = rng.next();
    const r = Math.sqrt(-2 * Math.log(1 - u1));
    v[i] = r * Math.cos(2 * Math.PI * u2);
    if (i + 1 < N) v[i + 1] = r * Math.sin(2 * Math.PI * u2);
  }
  let ss = 0;
  for (let i = 0; i < N; i++) ss += v[i] * v[i];
  const norm = Math.sqrt(ss);
  if (norm === 0) {
    // Only if every draw had u₁ = 0 exactly: fall back to a fixed axis.
    v[0] = 1;
    return v;
  }
  for (let i = 0; i < N; i++) v[i] /= norm;
  return v;
}

/** The one-hot vector e_i in ℝᴺ (a key code when the key vocabulary fits in N). */
export function oneHot(i: number, N: number): Float64Array {
  checkSize(N, "N", "oneHot", 1);
  if (!Number.isInteger(i) || i < 0 || i >= N) throw new RangeError(`oneHot: ${i} ∉ [0, ${N})`);
  const v = new Float64Array(N);
  v[i] = 1;
  return v;
}
