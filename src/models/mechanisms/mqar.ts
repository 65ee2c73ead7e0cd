/**
 * The hand-built associative-recall memory for MQAR (DESIGNS §e), one selective layer run
 * through the verified `selectiveScan`:
 * - after `in_proj`, three groups of channels, each a depthwise causal conv of width 4, then SiLU:
 *   `prevkey` (key one-hots, kernel (0, 0, 1, 0): the previous token), `curkey` (key one-hots,
 *   kernel (0, 0, 0, 1)) and `curval` (value one-hots, kernel (0, 0, 0, 1));
 * - B_t = Σ_k prevkey_t[k]·code_k, C_t = Σ_k curkey_t[k]·code_k (x_proj), Δ = 1, A = 0 (Ā = 1),
 *   B̄ = Δ·B (Euler); the SSM input is the 16 `curval` channels;
 * - so the state is h = silu(1)²·Σ_pairs value ⊗ code(key), and at a query the answer is
 *   argmax_c (h·C_t)[c]. silu(1) = 0.7311 scales every term equally: the argmax is unchanged.
 * Key codes are one-hot in ℝᴺ when the key vocabulary fits (keys ≤ N), otherwise the seeded unit
 * vectors code_k = seededUnitVector('mqar-key-' + k, N); their crosstalk code(q)·code(k_i) is then
 * the only source of error. A = 0 is the limit A → 0⁻ of Mamba's A = −exp(A_log).
 */
import { silu } from "../core/activations";
import { checkSize } from "../core/checks";
import { causalAttention } from "../attention/causal";
import { causalConv } from "../ssm/lti";
import { selectiveScan, type ScanObserver, type SelectiveScanInput } from "../ssm/selectiveScan";
import { seededUnitVector } from "../tasks/codes";
import { MQAR_VALUE, type MqarInstance } from "../tasks/mqar";
import { argmax } from "./selectiveCopying";

/** The width-4 conv kernels, oldest → current (DESIGNS §e). */
export const MQAR_CONV_KERNELS = {
  prevkey: [0, 0, 1, 0],
  curkey: [0, 0, 0, 1],
  curval: [0, 0, 0, 1],
} as const;

export type MqarCodeKind = "one-hot" | "random";

/**
 * Key codes, (keys × N) row-major: one-hot rows when keys ≤ N (or `kind` = "one-hot"),
 * otherwise seededUnitVector('mqar-key-' + k, N) for k = 0…keys−1.
 */
export function mqarKeyCodes(N: number, keys = 64, kind?: MqarCodeKind): Float64Array {
  const where = "mqarKeyCodes";
  checkSize(N, "N", where, 1);
  checkSize(keys, "keys", where, 1);
  const k = kind ?? (keys <= N ? "one-hot" : "random");
  if (k === "one-hot" && keys > N)
    throw new RangeError(`${where}: ${keys} one-hot keys need N ≥ ${keys}`);
  const codes = new Float64Array(keys * N);
  for (let i = 0; i < keys; i++) {
    if (k === "one-hot") codes[i * N + i] = 1;
    else codes.set(seededUnitVector(`mqar-key-${i}`, N), i * N);
  }
  return codes;
}

/** The conv-then-SiLU channels of one sequence, each (channels × length) row-major. */
export interface MqarChannels {
  prevkey: Float64Array;
  curkey: Float64Array;
  curval: Float64Array;
}

/** A width-4 kernel given oldest → current, as `causalConv`'s lag order (lag 0 = current). */
const lagOrder = (k: readonly number[]) => Float64Array.from(k).reverse();

/**
 * The three channel groups of §e for one sequence: one-hots, the depthwise causal conv of width 4
 * (`causalConv`, zero before the start), then SiLU.
 */
export function mqarChannels(inst: MqarInstance): MqarChannels {
  const T = inst.length;
  const { keys, values } = inst;
  const keyHot = new Float64Array(keys * T);
  const valHot = new Float64Array(values * T);
  for (let t = 0; t < T; t++) {
    if (inst.kind[t] === MQAR_VALUE) valHot[inst.id[t] * T + t] = 1;
    else keyHot[inst.id[t] * T + t] = 1; // keys and queries are key tokens
  }
  const conv = (hot: Float64Array, rows: number, kernel: readonly number[]) => {
    const k = lagOrder(kernel);
    const out = new Float64Array(rows * T);
    for (let r = 0; r < rows; r++) {
      const y = causalConv(k, hot.subarray(r * T, (r + 1) * T));
      for (let t = 0; t < T; t++) out[r * T + t] = silu(y[t]);
    }
    return out;
  };
  return {
    prevkey: conv(keyHot, keys, MQAR_CONV_KERNELS.prevkey),
    curkey: conv(keyHot, keys, MQAR_CONV_KERNELS.curkey),
    curval: conv(valHot, values, MQAR_CONV_KERNELS.curval),
  };
}

function checkBatch(insts: readonly MqarInstance[], where: string) {
  if (insts.length === 0) throw new RangeError(`${where}: no instances`);
  const { length, keys, values } = insts[0];
  for (const inst of insts) {
    if (inst.length !== length || inst.keys !== keys || inst.values !== values) {
      throw new RangeError(`${where}: every sequence needs one length and vocabulary`);
    }
  }
  return { T: length, keys, values };
}

/**
 * The `selectiveScan` call of §e for a batch of sequences (one length): u (batch, values, T) =
 * curval; delta = 1 (raw); A = 0 (values × N); B and C per step (batch, 1, N, T):
 * B_t = Σ_k prevkey_t[k]·code_k, C_t = Σ_k curkey_t[k]·code_k. `codes`: (keys × N).
 */
export function mqarScanInput(
  insts: readonly MqarInstance[],
  N: number,
  codes: Float64Array = mqarKeyCodes(N, insts[0]?.keys ?? 64),
): SelectiveScanInput {
  const where = "mqarScanInput";
  const { T, keys, values } = checkBatch(insts, where);
  checkSize(N, "N", where, 1);
  if (codes.length !== keys * N) throw new RangeError(`${where}: codes must be (keys × N)`);
  const batch = insts.length;
  const u = new Float64Array(batch * values * T);
  const B = new Float64Array(batch * N * T);
  const C = new Float64Array(batch * N * T);
  insts.forEach((inst, b) => {
    const ch = mqarChannels(inst);
    u.set(ch.curval, b * values * T);
    for (let key = 0; key < keys; key++) {
      for (let t = 0; t < T; t++) {
        const p = ch.prevkey[key * T + t];
        const q = ch.curkey[key * T + t];
        if (p === 0 && q === 0) continue;
        for (let n = 0; n < N; n++) {
          const code = codes[key * N + n];
          B[(b * N + n) * T + t] += p * code;
          C[(b * N + n) * T + t] += q * code;
        }
      }
    }
  });
  return {
    batch,
    dim: values,
    dstate: N,
    length: T,
    u,
    delta: new Float64Array(batch * values * T).fill(1),
    A: new Float64Array(values * N),
    B: { kind: "perStep", values: B },
    C: { kind: "perStep", values: C },
  };
}

export interface MqarRun {
  /** The scan's output, (batch, values, T): (h_t·C_t) per value channel. */
  out: Float64Array;
  /** The final states, (batch, values, N). */
  lastState: Float64Array;
  /** Output at each query, (batch, queries, values). */
  scores: Float64Array;
  /** argmax at each query (first maximum on ties), (batch, queries). */
  predictions: Int32Array;
  /** 1 where the prediction is the stored value, (batch, queries). */
  correct: Uint8Array;
}

/** Reads the answers at the query tokens from a (batch, values, T) output. */
function readQueries(insts: readonly MqarInstance[], out: Float64Array) {
  const { T, values } = checkBatch(insts, "mqar");
  const Q = insts[0].queries;
  const scores = new Float64Array(insts.length * Q * values);
  const predictions = new Int32Array(insts.length * Q);
  const correct = new Uint8Array(insts.length * Q);
  insts.forEach((inst, b) => {
    if (inst.queries !== Q) throw new RangeError("mqar: every sequence needs one query count");
    for (let q = 0; q < Q; q++) {
      const t = inst.queryPositions[q];
      const o = (b * Q + q) * values;
      for (let c = 0; c < values; c++) scores[o + c] = out[(b * values + c) * T + t];
      const p = argmax(scores, o, values);
      predictions[b * Q + q] = p;
      correct[b * Q + q] = p === inst.answers[q] ? 1 : 0;
    }
  });
  return { scores, predictions, correct };
}

/**
 * Runs the memory on a batch of sequences (one length) through `selectiveScan` with N slots.
 * `observe` is passed to the scan. `codes` defaults to `mqarKeyCodes(N, keys)`.
 */
export function runMqar(
  insts: readonly MqarInstance[],
  N: number,
  { codes, observe }: { codes?: Float64Array; observe?: ScanObserver } = {},
): MqarRun {
  const { out, lastState } = selectiveScan(mqarScanInput(insts, N, codes), observe);
  return { out, lastState, ...readQueries(insts, out) };
}

/** Fraction of queries answered correctly over many sequences, in batches of `chunk`. */
export function mqarAccuracy(
  insts: readonly MqarInstance[],
  N: number,
  { codes, chunk = 50 }: { codes?: Float64Array; chunk?: number } = {},
): number {
  if (insts.length === 0) throw new RangeError("mqarAccuracy: no instances");
  const c = codes ?? mqarKeyCodes(N, insts[0].keys);
  let right = 0;
  let total = 0;
  for (let s = 0; s < insts.length; s += chunk) {
    const { correct } = runMqar(insts.slice(s, s + chunk), N, { codes: c });
    for (const v of correct) right += v;
    total += correct.length;
  }
  return right / total;
}

/**
 * The attention comparison of §e, on the same channels: queries code(curkey_t), keys
 * code(prevkey_i) (the key one step back), values curval_i, one head of causal softmax attention
 * with scores β·(q·k) (`causalAttention`, scale β). One-hot codes (d_k = keys) by default.
 * Returns the outputs at the queries and their argmax, like `runMqar`.
 */
export function mqarAttention(
  inst: MqarInstance,
  { beta = 16, codes }: { beta?: number; codes?: Float64Array } = {},
): Omit<MqarRun, "out" | "lastState"> & { weights: Float64Array } {
  const T = inst.length;
  const { keys, values } = inst;
  const dk = codes ? codes.length / keys : keys;
  const c = codes ?? mqarKeyCodes(keys, keys, "one-hot");
  const ch = mqarChannels(inst);
  const s1 = silu(1);
  const q = new Float64Array(T * dk);
  const k = new Float64Array(T * dk);
  const v = new Float64Array(T * values);
  for (let t = 0; t < T; t++) {
    for (let key = 0; key < keys; key++) {
      const p = ch.prevkey[key * T + t] / s1;
      const cu = ch.curkey[key * T + t] / s1;
      for (let n = 0; n < dk; n++) {
        k[t * dk + n] += p * c[key * dk + n];
        q[t * dk + n] += cu * c[key * dk + n];
      }
    }
    for (let val = 0; val < values; val++) v[t * values + val] = ch.curval[val * T + t] / s1;
  }
  const { weights, output } = causalAttention({ q, k, v, L: T, dk, dv: values, scale: beta });
  const out = new Float64Array(values * T);
  for (let t = 0; t < T; t++)
    for (let c2 = 0; c2 < values; c2++) out[c2 * T + t] = output[t * values + c2];
  return { weights, ...readQueries([inst], out) };
}
