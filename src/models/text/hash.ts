/**
 * The hashed identity vector of a word (DESIGNS.md §a.2): FNV-1a-32 over the word's UTF-8 bytes
 * seeds mulberry32, and pairwise Box–Muller turns its draws into a unit 4-vector. Two words of one
 * class then differ in dims 12–15 of the embedding.
 */
import { createRng } from "../core/rng";

/** Number of hashed identity dimensions. */
export const HASH_DIM = 4;

/**
 * UTF-8 bytes of a string, encoded by hand from code points (TextEncoder is not in the models'
 * lib). 1–4 bytes per code point; a lone surrogate becomes U+FFFD (EF BF BD), as TextEncoder does.
 */
export function utf8Bytes(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp < 0x800) {
      out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else {
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
    }
  }
  return Uint8Array.from(out);
}

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of `s`:
 *   h = 0x811c9dc5;  for each byte: h ^= byte; h = Math.imul(h, 0x01000193) >>> 0.
 * Returns an unsigned 32-bit integer. FNV('') = 0x811c9dc5, FNV('a') = 0xe40c292c.
 */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of utf8Bytes(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * u(w): a unit 4-vector determined by the word w (taken exactly as given; normalise it first).
 *   seed = FNV-1a-32(UTF-8(w)); uniforms from mulberry32(seed);
 *   pairwise Box–Muller: r = √(−2·ln(1 − u₁)), push r·cos(2πu₂) then r·sin(2πu₂), until 4 numbers;
 *   then divide by the Euclidean norm.
 * Returns a Float64Array of length 4.
 */
export function hashedUnitVector(w: string): Float64Array {
  const rng = createRng(fnv1a32(w));
  const v = new Float64Array(HASH_DIM);
  for (let i = 0; i < HASH_DIM; i += 2) {
    const u1 = rng.next();
    const u2 = rng.next();
    const r = Math.sqrt(-2 * Math.log(1 - u1));
    v[i] = r * Math.cos(2 * Math.PI * u2);
    v[i + 1] = r * Math.sin(2 * Math.PI * u2);
  }
  // The norm is 0 only if both pairs drew u₁ = 0 exactly; fall back to a fixed axis then.
  const norm = Math.hypot(v[0], v[1], v[2], v[3]);
  if (norm === 0) {
    v[0] = 1;
    return v;
  }
  for (let i = 0; i < HASH_DIM; i++) v[i] /= norm;
  return v;
}
