/**
 * Needle in a haystack for a one-layer model (DESIGNS §f): the MQAR machinery of §e over a haystack
 * of filler, run through the verified `selectiveScan`.
 * - Writes are bigrams joined by the conv: at every token t ≥ 1, u_t = one-hot of the value of
 *   token t (zero if it has none) and B_t = code(token t−1) (zero if token t−1 has no key code);
 *   A = 0 and B̄ = Δ·B. Token 0 writes nothing.
 * - Gate: "uniform", Δ = 1 on every token; "selective", Δ = 1 only where token t−1 is salient and
 *   softplus(−20) = 2.06·10⁻⁹ elsewhere. Salient means `magic` when the needle is salient by itself,
 *   and nothing otherwise (no filler word is salient).
 * - Readout at the question (token L): y = h_L·code(magic). The scan is given C = code(magic) on
 *   every channel and step, so out[:, t] is what the question would read at t; the answer is
 *   out[:, L]. The question and the token after `7` write nothing, so h_L = h_{L−1}.
 * - Verdict: "no answer" when max|y| < 10⁻⁴; otherwise recoverable iff argmax y = 7. Margin:
 *   (y_7 − max_{c≠7} y_c)/max|y|.
 * Key codes code(w) = seededUnitVector('needle-key-' + w, N) for the 200 filler words and `magic`.
 */
import { softplus } from "../core/activations";
import { checkSize } from "../core/checks";
import { softmaxInto } from "../attention/causal";
import { selectiveScan, type SelectiveScanInput } from "../ssm/selectiveScan";
import { seededUnitVector } from "../tasks/codes";
import {
  NEEDLE_FILLER_WORDS,
  NEEDLE_KEY,
  NEEDLE_VALUE,
  NEEDLE_VALUES,
  needleValue,
  type Haystack,
} from "../tasks/needle";
import { argmax } from "./selectiveCopying";

export type NeedleGate = "uniform" | "selective";

export interface NeedleOptions {
  /** Slots (the state size per value channel), ≥ 1. */
  N: number;
  gate: NeedleGate;
  /** Whether `magic` carries the salience feature the selective gate reads. Default true. */
  needleSalient?: boolean;
}

/** Δ on a closed gate: softplus(−20) = 2.06·10⁻⁹. */
export const NEEDLE_CLOSED_DELTA = softplus(-20);
/** Below this max|y| the readout is "no answer". */
export const NEEDLE_NO_ANSWER = 1e-4;

/** The key codes at one N: code(w) for the 200 filler words and `magic`. */
export interface NeedleCodes {
  N: number;
  /** code(w), (N), for every word with a key code. */
  code: ReadonlyMap<string, Float64Array>;
  /** code(w)·code(magic) for every word with a key code. */
  dotMagic: ReadonlyMap<string, number>;
}

/** Builds the key codes at N (201 seeded unit vectors; about 1 ms at N = 256). */
export function needleCodes(N: number): NeedleCodes {
  checkSize(N, "N", "needleCodes", 1);
  const code = new Map<string, Float64Array>();
  for (const w of [...NEEDLE_FILLER_WORDS, NEEDLE_KEY]) {
    code.set(w, seededUnitVector(`needle-key-${w}`, N));
  }
  const magic = code.get(NEEDLE_KEY) as Float64Array;
  const dotMagic = new Map<string, number>();
  for (const [w, v] of code) {
    let s = 0;
    for (let n = 0; n < N; n++) s += v[n] * magic[n];
    dotMagic.set(w, s);
  }
  return { N, code, dotMagic };
}

function isSalient(token: string, opts: NeedleOptions): boolean {
  return token === NEEDLE_KEY && opts.needleSalient !== false;
}

/** Δ_t for every token, (L + 1): 1 (open) or softplus(−20) (closed) by the gate. */
export function needleDeltas(hay: Haystack, opts: NeedleOptions): Float64Array {
  const T = hay.tokens.length;
  const d = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    const open = opts.gate === "uniform" || (t >= 1 && isSalient(hay.tokens[t - 1], opts));
    d[t] = open ? 1 : NEEDLE_CLOSED_DELTA;
  }
  return d;
}

/**
 * The `selectiveScan` call of §f for one haystack: dim = 16 value channels, dstate = N,
 * length = L + 1; u one-hot values (token 0 none); delta = Δ_t (raw) on every channel; A = 0;
 * B per step, time-major (1, 1, L+1, N): code(token t−1) or 0; C fixed: code(magic) per channel.
 */
export function needleScanInput(
  hay: Haystack,
  opts: NeedleOptions,
  codes: NeedleCodes = needleCodes(opts.N),
): SelectiveScanInput {
  const { N } = opts;
  checkSize(N, "N", "needleScanInput", 1);
  if (codes.N !== N) throw new RangeError("needleScanInput: codes were built for another N");
  const T = hay.tokens.length;
  const D = NEEDLE_VALUES;
  const u = new Float64Array(D * T);
  const B = new Float64Array(T * N);
  for (let t = 1; t < T; t++) {
    const v = needleValue(hay.tokens[t]);
    if (v !== null) u[v * T + t] = 1;
    const prev = codes.code.get(hay.tokens[t - 1]);
    if (prev) B.set(prev, t * N);
  }
  const d = needleDeltas(hay, opts);
  const delta = new Float64Array(D * T);
  for (let c = 0; c < D; c++) delta.set(d, c * T);
  const magic = codes.code.get(NEEDLE_KEY) as Float64Array;
  const C = new Float64Array(D * N);
  for (let c = 0; c < D; c++) C.set(magic, c * N);
  return {
    batch: 1,
    dim: D,
    dstate: N,
    length: T,
    u,
    delta,
    A: new Float64Array(D * N),
    B: { kind: "perStep", values: B, timeMajor: true },
    C: { kind: "fixed", values: C },
  };
}

export type NeedleVerdict = "recoverable" | "lost" | "no answer";

export interface NeedleReadout {
  /** y = h_L·code(magic), (16). */
  y: Float64Array;
  verdict: NeedleVerdict;
  /** argmax y (first maximum on ties). */
  predicted: number;
  /** (y_7 − max_{c≠7} y_c)/max|y|; NaN when max|y| = 0. */
  margin: number;
  /** max_c |y_c|. */
  maxAbs: number;
}

/** The verdict of §f from the readout y (16). */
export function needleVerdict(y: Float64Array): NeedleReadout {
  let maxAbs = 0;
  let other = -Infinity;
  for (let c = 0; c < y.length; c++) {
    maxAbs = Math.max(maxAbs, Math.abs(y[c]));
    if (c !== NEEDLE_VALUE) other = Math.max(other, y[c]);
  }
  const predicted = argmax(y);
  const verdict: NeedleVerdict =
    maxAbs < NEEDLE_NO_ANSWER ? "no answer" : predicted === NEEDLE_VALUE ? "recoverable" : "lost";
  return { y, verdict, predicted, margin: (y[NEEDLE_VALUE] - other) / maxAbs, maxAbs };
}

export interface NeedleRun extends NeedleReadout {
  /** Δ_t, (L + 1). */
  deltas: Float64Array;
  /** The running readout out[c, t] = h_t·code(magic), (16, L + 1). */
  out: Float64Array;
  /** The final state, (16, N). */
  lastState: Float64Array;
  /**
   * ‖h_t[:, n]‖₂ over the 16 value channels, time-major ((L + 1) × N), from the scan's per-step
   * observer (the heat map); present only when asked for.
   */
  slotNorms?: Float64Array;
}

/**
 * Runs §f's model on one haystack through `selectiveScan`. With `slotNorms`, the scan's observer
 * reduces each step's (16, N) state to its per-slot norms; no (L, 16, N) array is built.
 */
export function runNeedle(
  hay: Haystack,
  opts: NeedleOptions,
  { slotNorms = false, codes }: { slotNorms?: boolean; codes?: NeedleCodes } = {},
): NeedleRun {
  const input = needleScanInput(hay, opts, codes);
  const { dstate: N, length: T } = input;
  const D = NEEDLE_VALUES;
  const norms = slotNorms ? new Float64Array(T * N) : undefined;
  const { out, lastState } = selectiveScan(
    input,
    norms
      ? (t, h) => {
          for (let n = 0; n < N; n++) {
            let s = 0;
            for (let c = 0; c < D; c++) s += h[c * N + n] * h[c * N + n];
            norms[t * N + n] = Math.sqrt(s);
          }
        }
      : undefined,
  );
  const y = new Float64Array(D);
  for (let c = 0; c < D; c++) y[c] = out[c * T + T - 1];
  const deltas = needleDeltas(hay, opts);
  return { ...needleVerdict(y), deltas, out, lastState, slotNorms: norms };
}

/**
 * The closed form of the readout, for sweeps over many haystacks (DESIGNS §f's cross-check):
 *   y_c = Σ_{t ≥ 1: value(t) = c} Δ_t·(code(token t−1)·code(magic))
 * O(L) per haystack once `codes` is built. Equals `runNeedle`'s y to rounding (a test checks it).
 */
export function needleClosedForm(
  hay: Haystack,
  opts: NeedleOptions,
  codes: NeedleCodes = needleCodes(opts.N),
): NeedleReadout {
  const y = new Float64Array(NEEDLE_VALUES);
  const uniform = opts.gate === "uniform";
  const tokens = hay.tokens;
  for (let t = 1; t < tokens.length; t++) {
    const v = needleValue(tokens[t]);
    if (v === null) continue;
    const dot = codes.dotMagic.get(tokens[t - 1]);
    if (dot === undefined) continue;
    const open = uniform || isSalient(tokens[t - 1], opts);
    y[v] += (open ? 1 : NEEDLE_CLOSED_DELTA) * dot;
  }
  return needleVerdict(y);
}

/** Dimension of attention's own codes, acode(w) (independent of N). */
export const NEEDLE_ATTENTION_DIM = 64;
/** Attention's inverse temperature β. */
export const NEEDLE_ATTENTION_BETA = 16;

export interface NeedleAttention {
  /** w_i over the tokens, (L + 1); zero at i = 0 and at the question i = L. */
  weights: Float64Array;
  /** Σ_i w_i·one-hot(value of token i), (16). */
  output: Float64Array;
  /** argmax of the output. */
  answer: number;
  /** The weight on the needle's value token, w_{p+1} (NaN without a needle). */
  needleWeight: number;
}

/** Attention's own codes acode(w) = seededUnitVector('needle-attn-' + w, 64), filler and magic. */
export function needleAttentionCodes(): ReadonlyMap<string, Float64Array> {
  const acode = new Map<string, Float64Array>();
  for (const w of [...NEEDLE_FILLER_WORDS, NEEDLE_KEY]) {
    acode.set(w, seededUnitVector(`needle-attn-${w}`, NEEDLE_ATTENTION_DIM));
  }
  return acode;
}

/**
 * Attention's answer at the question (DESIGNS §f): w_i = softmax_i(16·acode(magic)·k_i) over
 * i = 1…L−1 with k_i = acode(token i−1) (zero after `7`); answer = argmax Σ_i w_i·one-hot(value of
 * token i). One query: O(L·64). Pass `acodes` (from `needleAttentionCodes`) to reuse them.
 */
export function needleAttention(
  hay: Haystack,
  acodes: ReadonlyMap<string, Float64Array> = needleAttentionCodes(),
): NeedleAttention {
  const T = hay.tokens.length;
  const L = T - 1;
  const dk = NEEDLE_ATTENTION_DIM;
  const q = acodes.get(NEEDLE_KEY) as Float64Array;
  const scores = new Float64Array(Math.max(L - 1, 0));
  for (let i = 1; i < L; i++) {
    const k = acodes.get(hay.tokens[i - 1]);
    let s = 0;
    if (k) for (let n = 0; n < dk; n++) s += q[n] * k[n];
    scores[i - 1] = NEEDLE_ATTENTION_BETA * s;
  }
  const weights = new Float64Array(T);
  if (L > 1) softmaxInto(scores, L - 1, weights, 1);
  const output = new Float64Array(NEEDLE_VALUES);
  for (let i = 1; i < L; i++) {
    const v = needleValue(hay.tokens[i]);
    if (v !== null) output[v] += weights[i];
  }
  const p = hay.needlePos;
  return {
    weights,
    output,
    answer: argmax(output),
    needleWeight: p >= 0 ? weights[p + 1] : NaN,
  };
}
