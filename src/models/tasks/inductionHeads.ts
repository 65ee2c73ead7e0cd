/**
 * Induction heads (FACTS §2.5; Mamba §4.1): random tokens, one occurrence of a trigger token
 * followed by the answer token, and the trigger again at the end; the answer is the token that
 * followed the first trigger.
 */
import type { Rng } from "../core/rng";
import { createRng } from "../core/rng";
import { checkSize } from "../core/checks";

export interface InductionHeadsOptions {
  /** Sequence length, ≥ 3 (trigger, answer, final trigger). */
  L: number;
  /** Ordinary tokens 0…vocab−1 (the paper's 16), ≥ 1. The trigger is token `vocab`. Default 16. */
  vocab?: number;
}

export interface InductionHeadsInstance {
  L: number;
  vocab: number;
  /** Token ids, (L): 0…vocab−1, or `trigger`. */
  tokens: Int32Array;
  /** The trigger token id, = vocab. */
  trigger: number;
  /** Position of the first trigger, in 0…L−3; the answer sits at triggerPos + 1. */
  triggerPos: number;
  /** The token after the first trigger: the answer expected at position L − 1. */
  answer: number;
}

/**
 * One instance, drawn from `rng` in this order: L − 1 ordinary tokens (uniform), the trigger
 * position (uniform in 0…L−3), the answer (uniform); then the trigger is written at that position
 * and at L − 1, and the answer after the first trigger. The trigger occurs exactly twice.
 */
export function inductionHeadsInstance(
  opts: InductionHeadsOptions,
  rng: Rng,
): InductionHeadsInstance {
  const where = "inductionHeadsInstance";
  const { L, vocab = 16 } = opts;
  checkSize(L, "L", where, 3);
  checkSize(vocab, "vocab", where, 1);
  const tokens = new Int32Array(L);
  for (let t = 0; t < L - 1; t++) tokens[t] = rng.int(vocab);
  const triggerPos = rng.int(L - 2);
  const answer = rng.int(vocab);
  const trigger = vocab;
  tokens[triggerPos] = trigger;
  tokens[triggerPos + 1] = answer;
  tokens[L - 1] = trigger;
  return { L, vocab, tokens, trigger, triggerPos, answer };
}

/** `count` instances from createRng(seed). */
export function inductionHeadsInstances(
  opts: InductionHeadsOptions,
  count: number,
  seed: number,
): InductionHeadsInstance[] {
  checkSize(count, "count", "inductionHeadsInstances");
  const rng = createRng(seed);
  return Array.from({ length: count }, () => inductionHeadsInstance(opts, rng));
}
