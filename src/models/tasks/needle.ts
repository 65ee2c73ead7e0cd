/**
 * Needle in a haystack for a one-layer model (DESIGNS §f): a haystack of filler words, the bigram
 * `magic 7` planted in the middle, and the question `magic` at the end.
 */
import { createRng } from "../core/rng";
import { checkSize } from "../core/checks";
import { fnv1a32 } from "../text/hash";

/** Number of filler words. */
export const NEEDLE_FILLER_COUNT = 200;

/** The filler vocabulary: exactly `w000`, `w001`, …, `w199` (no filler word is salient). */
export const NEEDLE_FILLER_WORDS: readonly string[] = Array.from(
  { length: NEEDLE_FILLER_COUNT },
  (_, i) => `w${String(i).padStart(3, "0")}`,
);

/** The needle's key word; it is also the question. It has no value. */
export const NEEDLE_KEY = "magic";
/** The needle's value token. It has no key code. */
export const NEEDLE_VALUE_TOKEN = "7";
/** The needle's value. */
export const NEEDLE_VALUE = 7;
/** Value channels (values 0…15). */
export const NEEDLE_VALUES = 16;

/** FNV-1a-32(w) mod 16 for each filler word (a constant table). */
const FILLER_VALUE: ReadonlyMap<string, number> = new Map(
  NEEDLE_FILLER_WORDS.map((w) => [w, fnv1a32(w) % NEEDLE_VALUES]),
);

/**
 * The value of a token: FNV-1a-32(w) mod 16 for a filler word, 7 for the token `7`, null for
 * `magic` (and for any other token).
 */
export function needleValue(token: string): number | null {
  if (token === NEEDLE_VALUE_TOKEN) return NEEDLE_VALUE;
  return FILLER_VALUE.get(token) ?? null;
}

/** Whether a token has a key code: the 200 filler words and `magic` (not `7`). */
export function needleHasKey(token: string): boolean {
  return token === NEEDLE_KEY || (needleValue(token) !== null && token !== NEEDLE_VALUE_TOKEN);
}

export interface Haystack {
  /** Haystack number s ≥ 0. */
  s: number;
  /** Body length L (the sequence has L + 1 tokens). */
  L: number;
  /** The tokens, (L + 1): filler, `magic` at p, `7` at p + 1, and the question `magic` at L. */
  tokens: string[];
  /** The needle's position p = ⌊L/2⌋ (`magic`); its value `7` is at p + 1. −1 if not planted. */
  needlePos: number;
}

/**
 * Haystack number s (DESIGNS §f): tokens 0…L−1 are `w` + three digits of ⌊200·r()⌋, drawn in order
 * with r = mulberry32(s + 1); then (if `plant`, the default) token p = ⌊L/2⌋ becomes `magic` and
 * token p + 1 becomes `7`; token L is the question `magic`. §f's lengths are even, so p = L/2.
 * Throws a RangeError unless s is an integer ≥ 0 and L ≥ 3 (so the needle fits before the question).
 */
export function needleHaystack(s: number, L: number, plant = true): Haystack {
  const where = "needleHaystack";
  checkSize(s, "s", where);
  checkSize(L, "L", where, 3);
  const r = createRng(s + 1);
  const tokens: string[] = new Array<string>(L + 1);
  for (let t = 0; t < L; t++)
    tokens[t] = NEEDLE_FILLER_WORDS[Math.floor(NEEDLE_FILLER_COUNT * r.next())];
  const p = Math.floor(L / 2);
  if (plant) {
    tokens[p] = NEEDLE_KEY;
    tokens[p + 1] = NEEDLE_VALUE_TOKEN;
  }
  tokens[L] = NEEDLE_KEY;
  return { s, L, tokens, needlePos: plant ? p : -1 };
}
