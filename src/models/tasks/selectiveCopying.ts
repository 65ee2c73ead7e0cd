/**
 * Selective copying (DESIGNS §c; FACTS §2.5): a body of L tokens holds k data tokens at distinct
 * positions, noise elsewhere; then k distinct recall markers R_0…R_{k−1}, and the answer at R_j is
 * the j-th data token. The fixed-spacing control (§d) puts the data tokens at every (L/k)-th
 * position instead, ending at L − 1.
 */
import type { Rng } from "../core/rng";
import { createRng } from "../core/rng";
import { checkSize } from "../core/checks";

/** Token kinds of a selective-copying sequence. */
export const COPY_NOISE = 0;
export const COPY_DATA = 1;
export const COPY_RECALL = 2;
export type CopyTokenKind = typeof COPY_NOISE | typeof COPY_DATA | typeof COPY_RECALL;

export interface SelectiveCopyingOptions {
  /** Body length L (noise and data tokens), ≥ k. */
  L: number;
  /** Number of data tokens k, ≥ 1 (fixed per instance, as the paper's 16). */
  k: number;
  /** Data symbols (DESIGNS §c: 8 colours), ≥ 1. Default 8. Repeats are allowed. */
  symbols?: number;
  /** Distinct noise tokens, ≥ 1. Default 1 (one noise token, as §c). */
  noise?: number;
  /** "random" (the task) or "fixed" (§d's positive control). Default "random". */
  spacing?: "random" | "fixed";
}

export interface SelectiveCopyingInstance {
  L: number;
  k: number;
  symbols: number;
  noise: number;
  spacing: "random" | "fixed";
  /** Sequence length L + k. */
  length: number;
  /** Kind of each token, (L + k): COPY_NOISE, COPY_DATA or COPY_RECALL. */
  kind: Uint8Array;
  /**
   * Value of each token, (L + k): the symbol (0…symbols−1) of a data token, the noise token
   * (0…noise−1) of a noise token, j for the recall marker R_j.
   */
  value: Int32Array;
  /** Positions of the data tokens in the body, ascending, (k). */
  positions: Int32Array;
  /** The data symbols in order, (k): the answer at R_j (position L + j) is data[j]. */
  data: Int32Array;
}

/** §d's fixed positions: p_i = round((i+1)·L/k) − 1 (15, 31, 47, 63 for L = 64, k = 4). */
export function fixedSpacingPositions(L: number, k: number): Int32Array {
  checkSize(k, "k", "fixedSpacingPositions", 1);
  checkSize(L, "L", "fixedSpacingPositions", k);
  const p = new Int32Array(k);
  for (let i = 0; i < k; i++) p[i] = Math.round(((i + 1) * L) / k) - 1;
  return p;
}

/**
 * One instance, drawn from `rng` in this order: the k positions (a partial Fisher–Yates shuffle of
 * 0…L−1, then sorted; none for fixed spacing), the k symbols (uniform, repeats allowed), then one
 * noise token per noise position when noise > 1.
 * Throws a RangeError unless 1 ≤ k ≤ L, symbols ≥ 1 and noise ≥ 1.
 */
export function selectiveCopyingInstance(
  opts: SelectiveCopyingOptions,
  rng: Rng,
): SelectiveCopyingInstance {
  const where = "selectiveCopyingInstance";
  const { L, k, symbols = 8, noise = 1, spacing = "random" } = opts;
  checkSize(k, "k", where, 1);
  checkSize(L, "L", where, k);
  checkSize(symbols, "symbols", where, 1);
  checkSize(noise, "noise", where, 1);
  if (spacing !== "random" && spacing !== "fixed") {
    throw new RangeError(`${where}: unknown spacing ${String(spacing)}`);
  }
  let positions: Int32Array;
  if (spacing === "fixed") {
    positions = fixedSpacingPositions(L, k);
  } else {
    const pool = new Int32Array(L);
    for (let i = 0; i < L; i++) pool[i] = i;
    for (let i = 0; i < k; i++) {
      const j = i + rng.int(L - i);
      const t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    positions = pool.slice(0, k).sort();
  }
  const data = new Int32Array(k);
  for (let i = 0; i < k; i++) data[i] = rng.int(symbols);
  const length = L + k;
  const kind = new Uint8Array(length);
  const value = new Int32Array(length);
  positions.forEach((p, i) => {
    kind[p] = COPY_DATA;
    value[p] = data[i];
  });
  if (noise > 1) {
    for (let t = 0; t < L; t++) if (kind[t] === COPY_NOISE) value[t] = rng.int(noise);
  }
  for (let j = 0; j < k; j++) {
    kind[L + j] = COPY_RECALL;
    value[L + j] = j;
  }
  return { L, k, symbols, noise, spacing, length, kind, value, positions, data };
}

/** `count` instances from one seeded stream, createRng(seed) (reproducible from a URL seed). */
export function selectiveCopyingInstances(
  opts: SelectiveCopyingOptions,
  count: number,
  seed: number,
): SelectiveCopyingInstance[] {
  checkSize(count, "count", "selectiveCopyingInstances");
  const rng = createRng(seed);
  return Array.from({ length: count }, () => selectiveCopyingInstance(opts, rng));
}
