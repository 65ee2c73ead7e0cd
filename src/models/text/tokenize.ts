/**
 * Word-level tokeniser for typed text (DESIGNS.md §a.1). No subword vocabulary is shipped, so an
 * unknown word such as "rainbow's" is one token, and that is accepted.
 */

/**
 * Token caps of DESIGNS.md §a.1: 64 in most chapter figures, 256 in the Playground and the
 * `portable-state` document, 512 for the conversation preset of `price-of-attention/amnesia`.
 * The per-figure cap a view uses lives in the sizes table (src/sizes.ts); these are its values.
 */
export const TOKEN_CAPS = { chapter: 64, playground: 256, conversation: 512 } as const;

/** The cap used when none is given (most chapter figures). */
export const DEFAULT_TOKEN_CAP = TOKEN_CAPS.chapter;

/** Runs of letters, digits and apostrophes, or any single other non-space character. */
const TOKEN_RE = /[\p{L}\p{N}']+|[^\s\p{L}\p{N}]/gu;

/** A token that holds at least one letter or digit (a word, as opposed to a symbol). */
const WORDISH_RE = /[\p{L}\p{N}]/u;

/**
 * The normalisation every token goes through: NFC, then U+2019 (’) → ', then lower case.
 * Idempotent, so already-normalised tokens pass through unchanged.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u2019/g, "'")
    .toLowerCase();
}

/** True when a token contains a letter or a digit (so an unknown one is treated as a content word). */
export function isWordToken(token: string): boolean {
  return WORDISH_RE.test(token);
}

export interface Tokenized {
  /** The first `min(totalTokens, maxTokens)` tokens, normalised. */
  tokens: string[];
  /** How many tokens the whole text has, so a figure can say "showing the first 64 of 91 tokens". */
  totalTokens: number;
  /** True when tokens were dropped by the cap. */
  isTruncated: boolean;
}

/**
 * Splits text into word-level tokens (DESIGNS.md §a.1):
 *   1. normalise (NFC, ’ → ', lower case);
 *   2. tokens = matches of /[\p{L}\p{N}']+|[^\s\p{L}\p{N}]/gu;
 *   3. keep the first `maxTokens` (extra tokens are dropped and counted in `totalTokens`).
 * `Don't stop: the RAINBOW's 7 colours, naïve café!` → don't · stop · : · the · rainbow's · 7 ·
 * colours · , · naïve · café · ! (11 tokens).
 * Throws a RangeError unless maxTokens is an integer ≥ 0.
 */
export function tokenize(text: string, maxTokens: number = DEFAULT_TOKEN_CAP): Tokenized {
  if (!Number.isInteger(maxTokens) || maxTokens < 0) {
    throw new RangeError(`tokenize: maxTokens must be an integer ≥ 0, got ${maxTokens}`);
  }
  const tokens: string[] = [];
  let totalTokens = 0;
  for (const m of normalizeText(text).matchAll(TOKEN_RE)) {
    if (totalTokens < maxTokens) tokens.push(m[0]);
    totalTokens++;
  }
  return { tokens, totalTokens, isTruncated: totalTokens > tokens.length };
}
