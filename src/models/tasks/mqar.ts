/**
 * Multi-query associative recall, Zoology layout (DESIGNS §e): `k v k v … k v | q q … q`, with
 * distinct keys per sequence, values with repeats, and queries drawn from the stored keys (each
 * pair queried once by default, in random order); the answer at a query is its key's value.
 */
import type { Rng } from "../core/rng";
import { createRng } from "../core/rng";
import { checkSize } from "../core/checks";

/** Token kinds of an MQAR sequence. */
export const MQAR_KEY = 0;
export const MQAR_VALUE = 1;
export const MQAR_QUERY = 2;
export type MqarTokenKind = typeof MQAR_KEY | typeof MQAR_VALUE | typeof MQAR_QUERY;

/** DESIGNS §e's vocabulary: 64 keys (`k00…k63`) and 16 values (`0…15`); chance 1/16. */
export const MQAR_KEYS = 64;
export const MQAR_VALUES = 16;

export interface MqarOptions {
  /** Key–value pairs, 1…keys. */
  pairs: number;
  /** Queries, 1…pairs. Default pairs (one query per pair). */
  queries?: number;
  /** Key vocabulary. Default 64. */
  keys?: number;
  /** Value vocabulary. Default 16. */
  values?: number;
}

export interface MqarInstance {
  pairs: number;
  queries: number;
  keys: number;
  values: number;
  /** 2·pairs + queries. */
  length: number;
  /** Kind of each token, (length): MQAR_KEY, MQAR_VALUE or MQAR_QUERY. */
  kind: Uint8Array;
  /** Key index (keys and queries) or value (values) of each token, (length). */
  id: Int32Array;
  /** Key of pair i, (pairs); distinct. */
  pairKeys: Int32Array;
  /** Value of pair i, (pairs). */
  pairValues: Int32Array;
  /** Position of query q, (queries): 2·pairs + q. */
  queryPositions: Int32Array;
  /** The value expected at query q, (queries). */
  answers: Int32Array;
}

/** The label of key k as the page shows it: `k00` … `k63`. */
export function mqarKeyLabel(k: number): string {
  return `k${String(k).padStart(2, "0")}`;
}

/**
 * One instance, drawn from `rng` in this order: the keys (a partial Fisher–Yates shuffle of
 * 0…keys−1), the values (uniform), then the queries (a partial shuffle of the pair indices).
 */
export function mqarInstance(opts: MqarOptions, rng: Rng): MqarInstance {
  const where = "mqarInstance";
  const { pairs, keys = MQAR_KEYS, values = MQAR_VALUES } = opts;
  const queries = opts.queries ?? pairs;
  checkSize(keys, "keys", where, 1);
  checkSize(values, "values", where, 1);
  checkSize(pairs, "pairs", where, 1);
  if (pairs > keys) throw new RangeError(`${where}: ${pairs} pairs need ${pairs} distinct keys`);
  checkSize(queries, "queries", where, 1);
  if (queries > pairs) throw new RangeError(`${where}: queries (${queries}) > pairs (${pairs})`);
  const pool = new Int32Array(keys);
  for (let i = 0; i < keys; i++) pool[i] = i;
  for (let i = 0; i < pairs; i++) {
    const j = i + rng.int(keys - i);
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  const pairKeys = pool.slice(0, pairs);
  const pairValues = new Int32Array(pairs);
  for (let i = 0; i < pairs; i++) pairValues[i] = rng.int(values);
  const order = new Int32Array(pairs);
  for (let i = 0; i < pairs; i++) order[i] = i;
  for (let i = 0; i < queries; i++) {
    const j = i + rng.int(pairs - i);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const length = 2 * pairs + queries;
  const kind = new Uint8Array(length);
  const id = new Int32Array(length);
  for (let i = 0; i < pairs; i++) {
    kind[2 * i] = MQAR_KEY;
    id[2 * i] = pairKeys[i];
    kind[2 * i + 1] = MQAR_VALUE;
    id[2 * i + 1] = pairValues[i];
  }
  const queryPositions = new Int32Array(queries);
  const answers = new Int32Array(queries);
  for (let q = 0; q < queries; q++) {
    const pos = 2 * pairs + q;
    kind[pos] = MQAR_QUERY;
    id[pos] = pairKeys[order[q]];
    queryPositions[q] = pos;
    answers[q] = pairValues[order[q]];
  }
  return {
    pairs,
    queries,
    keys,
    values,
    length,
    kind,
    id,
    pairKeys,
    pairValues,
    queryPositions,
    answers,
  };
}

/** `count` instances from createRng(seed). */
export function mqarInstances(opts: MqarOptions, count: number, seed: number): MqarInstance[] {
  checkSize(count, "count", "mqarInstances");
  const rng = createRng(seed);
  return Array.from({ length: count }, () => mqarInstance(opts, rng));
}
