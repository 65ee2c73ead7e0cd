/**
 * The 16-dimensional embedding of typed text (DESIGNS.md §a.2): 12 named features fixed by a word's
 * class, plus a hashed identity in dims 12–15 so that two words of one class differ. Every row has
 * unit length. No vector is typed in by hand: each curated word is a class plus one shared rule.
 */
import { HASH_DIM, hashedUnitVector } from "./hash";
import { DEFAULT_TOKEN_CAP, isWordToken, normalizeText, tokenize } from "./tokenize";

/** Embedding width d. */
export const EMBED_DIM = 16;

/** Weight of the hashed identity vector u(w) before normalisation: ê = normalise(f + 0.35·u). */
export const HASH_WEIGHT = 0.35;

/** Dimension names, in order (DESIGNS.md §a.2). Dims 12–15 are the hashed identity. */
export const FEATURE_NAMES = [
  "content",
  "filler",
  "punct",
  "reset",
  "colour",
  "myth",
  "optics",
  "memory",
  "science",
  "rainbow",
  "weather",
  "question",
  "id0",
  "id1",
  "id2",
  "id3",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The 12 named (non-hashed) features. */
export type NamedFeature = Exclude<FeatureName, "id0" | "id1" | "id2" | "id3">;

/** Index of each feature: FEATURE_INDEX.reset === 3. */
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as {
  readonly [K in FeatureName]: number;
};

/** First of the four hashed identity dims. */
export const ID_OFFSET = 12;

export type WordClass =
  | "filler"
  | "punct"
  | "questionMark"
  | "reset"
  | "colour"
  | "rainbow"
  | "myth"
  | "optics"
  | "memory"
  | "science"
  | "weather"
  | "question";

export interface WordClassSpec {
  /** The class's named features `f`; every other named dim is 0. */
  features: Readonly<Partial<Record<NamedFeature, number>>>;
  words: readonly string[];
}

/** The curated table: 64 words in 12 classes (DESIGNS.md §a.2). */
export const WORD_CLASSES: Readonly<Record<WordClass, WordClassSpec>> = {
  filler: {
    features: { filler: 1 },
    words: [
      "the",
      "a",
      "of",
      "and",
      "to",
      "in",
      "is",
      "was",
      "it",
      "that",
      "um",
      "uh",
      "well",
      "so",
      "like",
      "you",
      "know",
      "i",
    ],
  },
  punct: { features: { punct: 1 }, words: [".", ",", "!"] },
  questionMark: { features: { punct: 1, question: 1 }, words: ["?"] },
  reset: { features: { reset: 1 }, words: ["anyway", "meanwhile", "forget", "reset"] },
  colour: {
    features: { content: 1, colour: 1 },
    words: ["red", "orange", "yellow", "green", "blue", "indigo", "violet"],
  },
  rainbow: { features: { content: 1, rainbow: 1 }, words: ["rainbow"] },
  myth: {
    features: { content: 1, myth: 1 },
    words: ["myth", "legend", "god", "goddess", "iris", "bridge", "gold"],
  },
  optics: {
    features: { content: 1, optics: 1 },
    words: ["light", "prism", "refraction", "spectrum", "wavelength", "droplet"],
  },
  memory: {
    features: { content: 1, memory: 1 },
    words: ["remember", "childhood", "grandmother", "summer", "once"],
  },
  science: {
    features: { content: 1, science: 1 },
    words: ["physics", "newton", "experiment", "theory"],
  },
  weather: { features: { content: 1, weather: 1 }, words: ["rain", "storm", "sun", "sky"] },
  question: { features: { filler: 0.5, question: 1 }, words: ["what", "why", "how", "where"] },
};

/** Features of an unknown token made of letters or digits: a content word. */
export const UNKNOWN_WORD_FEATURES: Readonly<Partial<Record<NamedFeature, number>>> = {
  content: 1,
};

/** Features of an unknown single other character (a symbol): punctuation. */
export const UNKNOWN_SYMBOL_FEATURES: Readonly<Partial<Record<NamedFeature, number>>> = {
  punct: 1,
};

const CLASS_OF_WORD: ReadonlyMap<string, WordClass> = new Map(
  (Object.keys(WORD_CLASSES) as WordClass[]).flatMap((c) =>
    WORD_CLASSES[c].words.map((w) => [w, c] as const),
  ),
);

/** The curated class of a token (normalised first), or undefined when it is not in the table. */
export function wordClassOf(token: string): WordClass | undefined {
  return CLASS_OF_WORD.get(normalizeText(token));
}

export interface TokenEmbedding {
  /** The token, normalised (NFC, ’ → ', lower case). */
  token: string;
  /** ê: unit vector of length EMBED_DIM. */
  vector: Float64Array;
  /** False for a token that is not in the curated table (the UI marks it). */
  isKnown: boolean;
  /** The curated class, or "unknownWord" (letters/digits → content) or "unknownSymbol" (→ punct). */
  kind: WordClass | "unknownWord" | "unknownSymbol";
}

/**
 * ê(w) = normalise(f + 0.35·u(w)), u(w) placed in dims 12–15 (DESIGNS.md §a.2).
 * f is the class's features for a curated word; `content 1` for an unknown token holding a letter or
 * digit; `punct 1` for any other unknown token (a single symbol, or apostrophes only).
 * The token is normalised first (idempotent for tokens from `tokenize`), and u hashes the normalised
 * form. ‖ê‖₂ = 1 exactly up to rounding, because f ⟂ u.
 */
export function embedToken(token: string): TokenEmbedding {
  const w = normalizeText(token);
  const cls = CLASS_OF_WORD.get(w);
  const kind: TokenEmbedding["kind"] = cls ?? (isWordToken(w) ? "unknownWord" : "unknownSymbol");
  const features =
    cls !== undefined
      ? WORD_CLASSES[cls].features
      : kind === "unknownWord"
        ? UNKNOWN_WORD_FEATURES
        : UNKNOWN_SYMBOL_FEATURES;
  const v = new Float64Array(EMBED_DIM);
  for (const [name, value] of Object.entries(features) as [NamedFeature, number][]) {
    v[FEATURE_INDEX[name]] = value;
  }
  const u = hashedUnitVector(w);
  for (let i = 0; i < HASH_DIM; i++) v[ID_OFFSET + i] = HASH_WEIGHT * u[i];
  let sq = 0;
  for (let i = 0; i < EMBED_DIM; i++) sq += v[i] * v[i];
  const norm = Math.sqrt(sq);
  for (let i = 0; i < EMBED_DIM; i++) v[i] /= norm;
  return { token: w, vector: v, isKnown: cls !== undefined, kind };
}

/**
 * Embeddings of a token sequence: Ê, shape [L×16] row-major (row t is ê of token t).
 */
export function embedTokens(tokens: readonly string[]): Float64Array {
  const out = new Float64Array(tokens.length * EMBED_DIM);
  tokens.forEach((t, i) => out.set(embedToken(t).vector, i * EMBED_DIM));
  return out;
}

export interface EmbeddedText {
  /** Normalised tokens, at most `maxTokens` of them. */
  tokens: string[];
  /** Ê: [L×16] row-major, L = tokens.length. */
  embeddings: Float64Array;
  /** isKnown[t] is false for a token outside the curated table. */
  isKnown: boolean[];
  /** Tokens in the whole text, before the cap. */
  totalTokens: number;
  isTruncated: boolean;
}

/** tokenize(text, maxTokens), then embed each kept token (DESIGNS.md §a.1–a.2). */
export function embedText(text: string, maxTokens: number = DEFAULT_TOKEN_CAP): EmbeddedText {
  const { tokens, totalTokens, isTruncated } = tokenize(text, maxTokens);
  const embeddings = new Float64Array(tokens.length * EMBED_DIM);
  const isKnown: boolean[] = [];
  tokens.forEach((t, i) => {
    const e = embedToken(t);
    embeddings.set(e.vector, i * EMBED_DIM);
    isKnown.push(e.isKnown);
  });
  return { tokens, embeddings, isKnown, totalTokens, isTruncated };
}
