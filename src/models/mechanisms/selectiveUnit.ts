/**
 * The small selective unit on typed text (DESIGNS §l), shared by chapters 4, 7, 12 and 13 (the
 * amnesia state, the live Δ/B/C view, the forgetting knob, the document snapshots and heat map).
 * It is §b's windowed gate on §a's embedding, one state per channel, run through the verified
 * scan:
 *
 *   u_t = ê_t                                      (the raw embedding, 16 channels)
 *   x̃_t[c] = Σ_{k=0..3} K_c[k]·ê_{t−3+k}[c]        (causal width-4 window, zero before the start;
 *                                                    K_c = (0.15, 0.25, 0.5, 1), K_reset = (0, 0, 0, 1))
 *   z_t = b + s·(w·x̃_t)                            (b = −3; w = §b's, with reset +8)
 *   Δ_t = softplus(z_t)                            (one Δ per token, shared by the channels)
 *   m_t = 1 − s·√1.1225·ê_t[reset]                 (the write mask: 0 on reset words)
 *   B_t = m_t·(1 − e^{−Δ_t})/Δ_t,  C_t = 1,  A = −1,  N = 1
 *   h_t = e^{−Δ_t}·h_{t−1} + Δ_t·B_t·u_t = (1 − g_t)·h_{t−1} + m_t·g_t·ê_t,   g_t = 1 − e^{−Δ_t} = σ(z_t)
 *   y_t = C_t·h_t = h_t
 *
 * The scan is the verified one (Ā = exp(ΔA), B̄ = Δ·B): B_t carries ZOH's pre-scale, so Δ_t·B_t is
 * exactly ZOH's input term and ‖h_t‖₂ ≤ 1 (a convex mix of unit embeddings). The caption says
 * "reference scan, with B pre-scaled to the ZOH input term (Theorem 1)".
 * s ∈ [0, 1] scales every input-dependent term: s = 0 is a fixed decay σ(−3) = 0.0474 per token.
 *
 * The same gate with b = −1, reset +4 and no write mask is §b's "two machines" unit (chapter 3).
 */
import { softplus } from "../core/activations";
import { checkSize } from "../core/checks";
import { selectiveScan } from "../ssm/selectiveScan";
import { selectiveStateUpdate } from "../ssm/stateUpdate";
import {
  EMBED_DIM,
  FEATURE_INDEX,
  embedText,
  type EmbeddedText,
  type NamedFeature,
} from "../text/embedding";

/** Window length (Mamba's d_conv). */
export const UNIT_WINDOW = 4;
/** §b's window kernel, oldest → current, for every channel but reset. */
export const UNIT_KERNEL: readonly number[] = [0.15, 0.25, 0.5, 1.0];
/** §b's reset kernel: a reset word acts only where it stands. */
export const UNIT_RESET_KERNEL: readonly number[] = [0, 0, 0, 1];

/** §b's gate weights w on the named features (id dims 0); §l changes only reset (+8). */
export const GATE_WEIGHTS_B: Readonly<Record<NamedFeature, number>> = {
  content: 1.5,
  filler: -1.5,
  punct: -1.0,
  reset: 4.0,
  colour: 1.0,
  myth: 1.0,
  optics: 1.0,
  memory: 1.0,
  science: 1.0,
  rainbow: 1.5,
  weather: 0.5,
  question: 0,
};

/** §l's constants: bias −3 and reset weight +8. */
export const UNIT_BIAS = -3;
export const UNIT_RESET_WEIGHT = 8;
/** ‖f + 0.35·u‖ of a reset word is √1.1225, so √1.1225·ê[reset] = 1 for every reset word. */
export const RESET_NORM = Math.sqrt(1.1225);

export interface SelectiveUnitOptions {
  /** How strongly the unit depends on its input, 0…1. Default 1 (selective). */
  s?: number;
  /** Gate bias b. Default −3 (§l); §b uses −1. */
  bias?: number;
  /** Gate weight on `reset`. Default 8 (§l); §b uses 4. */
  resetWeight?: number;
  /** Apply the write mask m_t. Default true (§l); §b has none (m ≡ 1). */
  writeMask?: boolean;
}

/** What the unit carries between calls: enough to continue a document exactly. */
export interface UnitState {
  /** h, (16). */
  h: Float64Array;
  /** The last three embeddings, oldest first, (3 × 16); zero rows before the start. */
  recent: Float64Array;
}

/** The state before any token: h = 0 and an empty window. */
export function emptyUnitState(): UnitState {
  return {
    h: new Float64Array(EMBED_DIM),
    recent: new Float64Array((UNIT_WINDOW - 1) * EMBED_DIM),
  };
}

export interface SelectiveUnitRun {
  /** Tokens read, L. */
  L: number;
  s: number;
  /** x̃_t, the windowed features, (L × 16) token-major. */
  window: Float64Array;
  /** z_t, (L). */
  z: Float64Array;
  /** Δ_t = softplus(z_t), (L). */
  delta: Float64Array;
  /** g_t = 1 − e^{−Δ_t} = σ(z_t): how much of the new token enters, (L). */
  g: Float64Array;
  /** m_t, the write mask, (L). */
  m: Float64Array;
  /** B_t = m_t·(1 − e^{−Δ_t})/Δ_t, as the scan receives it, (L). */
  B: Float64Array;
  /** m_t·g_t = Δ_t·B_t: the write, (L). */
  write: Float64Array;
  /** C_t = 1, (L) (fixed: with one state per channel C can only rescale the read-out). */
  C: Float64Array;
  /** Ā_t = e^{−Δ_t} = 1 − g_t: the share of the state kept, (L). */
  keep: Float64Array;
  /** h_t = y_t, (L × 16) token-major. */
  states: Float64Array;
  /** ‖h_t‖₂, (L). */
  norms: Float64Array;
  /** The state after the last token (with the window), to save, restore or fork. */
  last: UnitState;
}

function gateWeights(opts: SelectiveUnitOptions): Float64Array {
  const w = new Float64Array(EMBED_DIM);
  for (const [name, v] of Object.entries(GATE_WEIGHTS_B) as [NamedFeature, number][]) {
    w[FEATURE_INDEX[name]] = v;
  }
  w[FEATURE_INDEX.reset] = opts.resetWeight ?? UNIT_RESET_WEIGHT;
  return w;
}

/**
 * Runs the unit over L tokens, Ê (L × 16) token-major (rows from `embedTokens`). From the empty
 * state (the default) it makes one `selectiveScan` call: u (1, 16, L) = Êᵀ, delta (1, 16, L) = Δ_t
 * on every channel with delta_softplus off, A (16, 1) = −1, B per step (1, 1, 1, L) = B_t, C fixed
 * (16, 1) = 1. From a saved state it continues token by token with the verified decode step
 * (`selectiveStateUpdate`), which advances the state with the same code; the window continues from
 * the saved tokens. O(L·16). Throws a RangeError on a bad size or s ∉ [0, 1].
 */
export function runSelectiveUnit(
  embeddings: Float64Array,
  L: number,
  opts: SelectiveUnitOptions = {},
  from?: UnitState,
): SelectiveUnitRun {
  const where = "runSelectiveUnit";
  checkSize(L, "L", where);
  const D = EMBED_DIM;
  if (embeddings.length !== L * D) throw new RangeError(`${where}: embeddings must be (L × 16)`);
  const s = opts.s ?? 1;
  if (!(s >= 0 && s <= 1)) throw new RangeError(`${where}: s must be in [0, 1], got ${s}`);
  const bias = opts.bias ?? UNIT_BIAS;
  const mask = opts.writeMask ?? true;
  const w = gateWeights(opts);
  const start = from ?? emptyUnitState();
  const P = UNIT_WINDOW - 1;
  const reset = FEATURE_INDEX.reset;
  // Row r of the extended sequence: r < P are the saved tokens, r ≥ P token r − P.
  const row = (r: number, c: number) =>
    r < P ? start.recent[r * D + c] : embeddings[(r - P) * D + c];

  const window = new Float64Array(L * D);
  const z = new Float64Array(L);
  const delta = new Float64Array(L);
  const g = new Float64Array(L);
  const m = new Float64Array(L);
  const B = new Float64Array(L);
  const write = new Float64Array(L);
  const keep = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    let wx = 0;
    for (let c = 0; c < D; c++) {
      const kern = c === reset ? UNIT_RESET_KERNEL : UNIT_KERNEL;
      let x = 0;
      for (let k = 0; k < UNIT_WINDOW; k++) x += kern[k] * row(t + k, c);
      window[t * D + c] = x;
      wx += w[c] * x;
    }
    const zt = bias + s * wx;
    const dt = softplus(zt);
    // g = 1 − e^{−Δ} without cancellation for small Δ.
    const gt = -Math.expm1(-dt);
    let mt = mask ? 1 - s * RESET_NORM * embeddings[t * D + reset] : 1;
    // A reset word gives 1 − 1 up to rounding: snap that to the exact 0 of the design.
    if (Math.abs(mt) < 1e-12) mt = 0;
    z[t] = zt;
    delta[t] = dt;
    g[t] = gt;
    m[t] = mt;
    B[t] = (mt * gt) / dt;
    write[t] = mt * gt;
    keep[t] = Math.exp(-dt);
  }

  const A = new Float64Array(D).fill(-1);
  const Cfix = new Float64Array(D).fill(1);
  const states = new Float64Array(L * D);
  let h: Float64Array;
  const fromZero = start.h.every((v) => v === 0);
  if (fromZero) {
    const u = new Float64Array(D * L);
    const dl = new Float64Array(D * L);
    for (let c = 0; c < D; c++) {
      for (let t = 0; t < L; t++) {
        u[c * L + t] = embeddings[t * D + c];
        dl[c * L + t] = delta[t];
      }
    }
    const { out, lastState } = selectiveScan({
      batch: 1,
      dim: D,
      dstate: 1,
      length: L,
      u,
      delta: dl,
      A,
      B: { kind: "perStep", values: B },
      C: { kind: "fixed", values: Cfix },
    });
    for (let t = 0; t < L; t++) for (let c = 0; c < D; c++) states[t * D + c] = out[c * L + t];
    h = lastState;
  } else {
    h = Float64Array.from(start.h);
    const dt = new Float64Array(D);
    for (let t = 0; t < L; t++) {
      dt.fill(delta[t]);
      const step = selectiveStateUpdate({
        batch: 1,
        dim: D,
        dstate: 1,
        state: h,
        x: embeddings.subarray(t * D, (t + 1) * D),
        dt,
        A,
        B: B.subarray(t, t + 1),
        C: new Float64Array([1]),
      });
      h = step.state;
      states.set(step.out, t * D);
    }
  }
  const norms = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    let ss = 0;
    for (let c = 0; c < D; c++) ss += states[t * D + c] ** 2;
    norms[t] = Math.sqrt(ss);
  }
  const recent = new Float64Array(P * D);
  for (let r = 0; r < P; r++) for (let c = 0; c < D; c++) recent[r * D + c] = row(L + r, c);
  return {
    L,
    s,
    window,
    z,
    delta,
    g,
    m,
    B,
    write,
    C: new Float64Array(L).fill(1),
    keep,
    states,
    norms,
    last: { h, recent },
  };
}

/** `runSelectiveUnit` on typed text: tokenise and embed (§a, capped at `maxTokens`), then run. */
export function selectiveUnitOnText(
  text: string,
  opts: SelectiveUnitOptions & { maxTokens?: number } = {},
  from?: UnitState,
): SelectiveUnitRun & { text: EmbeddedText } {
  const emb = embedText(text, opts.maxTokens);
  return { ...runSelectiveUnit(emb.embeddings, emb.tokens.length, opts, from), text: emb };
}
