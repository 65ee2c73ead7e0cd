/**
 * Reading one word through a framing lens (chapter `rainbow-test`), with the embedding table of
 * DESIGNS.md §a.2 and nothing learned.
 *
 * A lens is a context vector c: the unit vector on one of the table's four lens features (myth,
 * optics, memory, science; dims 5–8), or zero for "no lens". The word's query is
 *
 *   q = (ê(w) + λ·c) / ‖ê(w) + λ·c‖,          λ ≥ 0 the lens strength,
 *
 * and the association score of a table word v is the cosine similarity q·ê(v) (every row ê(v) has
 * unit length, so this is the dot product). Candidates are the table's content words (the classes
 * with the `content` feature: colour, rainbow, myth, optics, memory, science, weather) other than w.
 * Because c is one basis vector, the score has the closed form
 *
 *   q·ê(v) = (ê(w)·ê(v) + λ·ê(v)[lens]) / √(1 + λ² + 2λ·ê(w)[lens]).
 */
import { EMBED_DIM, FEATURE_INDEX, WORD_CLASSES, embedToken, type WordClass } from "./embedding";
import { normalizeText } from "./tokenize";

/** The framing lenses: none, or one of the table's four lens features (DESIGNS.md §a.2). */
export const LENSES = ["none", "myth", "optics", "memory", "science"] as const;
export type Lens = (typeof LENSES)[number];

/** The classes whose words are candidates for an association (those with the content feature). */
export const ASSOCIATION_CLASSES: readonly WordClass[] = (
  Object.keys(WORD_CLASSES) as WordClass[]
).filter((c) => (WORD_CLASSES[c].features.content ?? 0) > 0);

/** The candidate words, in table order (class by class). */
export const ASSOCIATION_WORDS: readonly { word: string; cls: WordClass }[] =
  ASSOCIATION_CLASSES.flatMap((cls) => WORD_CLASSES[cls].words.map((word) => ({ word, cls })));

/** The lens's context vector c: a unit basis vector on the lens feature, or all zeros for "none". */
export function lensVector(lens: Lens): Float64Array {
  const c = new Float64Array(EMBED_DIM);
  if (lens !== "none") c[FEATURE_INDEX[lens]] = 1;
  return c;
}

/**
 * q = normalise(ê(word) + λ·c(lens)). Throws a RangeError unless λ is finite and ≥ 0 (then the
 * sum never vanishes: ê has unit length and c is orthogonal to it or points along a non-negative
 * feature).
 */
export function lensQuery(word: string, lens: Lens, strength: number): Float64Array {
  if (!Number.isFinite(strength) || strength < 0) {
    throw new RangeError(`lensQuery: strength must be finite and ≥ 0, got ${strength}`);
  }
  const e = embedToken(word).vector;
  const c = lensVector(lens);
  const q = new Float64Array(EMBED_DIM);
  let sq = 0;
  for (let i = 0; i < EMBED_DIM; i++) {
    q[i] = e[i] + strength * c[i];
    sq += q[i] * q[i];
  }
  const norm = Math.sqrt(sq);
  for (let i = 0; i < EMBED_DIM; i++) q[i] /= norm;
  return q;
}

export interface Association {
  word: string;
  cls: WordClass;
  /** Cosine similarity q·ê(word), in [−1, 1]. */
  score: number;
  /** 1 for the strongest association, 2 for the next, … */
  rank: number;
}

export interface LensReading {
  /** The word, normalised. */
  word: string;
  lens: Lens;
  strength: number;
  /** q, unit length. */
  query: Float64Array;
  /** Every candidate other than the word, strongest first (ties: alphabetical). */
  associations: Association[];
}

/** Scores every candidate word against the lensed query and ranks them (see the file comment). */
export function readThroughLens(word: string, lens: Lens, strength = 1): LensReading {
  const w = normalizeText(word);
  const query = lensQuery(w, lens, strength);
  const scored = ASSOCIATION_WORDS.filter((c) => c.word !== w).map(({ word: v, cls }) => {
    const e = embedToken(v).vector;
    let score = 0;
    for (let i = 0; i < EMBED_DIM; i++) score += query[i] * e[i];
    return { word: v, cls, score };
  });
  scored.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return {
    word: w,
    lens,
    strength,
    query,
    associations: scored.map((a, i) => ({ ...a, rank: i + 1 })),
  };
}

/** The k strongest associations' words. */
export function topAssociations(reading: LensReading, k: number): string[] {
  return reading.associations.slice(0, Math.max(0, k)).map((a) => a.word);
}

/** How many words two association lists share (order ignored). */
export function associationOverlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return new Set(b.filter((w) => set.has(w))).size;
}
