/**
 * The speed rule of CONTRACT.md per figure: the synchronous work one input causes, at the
 * figure's `default` and `max` sizes from src/sizes.ts (SIZES), for every figure whose model exists.
 * Each case recomputes what a slider move recomputes (the figure's whole model call); work that
 * DESIGNS §j puts in the worker is timed as its own row, marked "worker".
 */
import {
  blellochScan,
  buildCopySolver,
  causalConv,
  copyDeltas,
  createRng,
  embedText,
  fitLtiKernel,
  hippoRun,
  hippoTestSignal,
  ltiKernel,
  ltiScan,
  makeSignal,
  mqarAccuracy,
  mqarInstance,
  mqarInstances,
  needleAttention,
  needleAttentionCodes,
  needleCodes,
  needleHaystack,
  runCopySolver,
  runMqar,
  runNeedle,
  runS4dRealLti,
  selectiveCopyingInstance,
  selectiveCopyingInstances,
  selectiveScan,
  selectiveUnitOnText,
  typedTextAttention,
  discretizeZoh,
  type SelectiveUnitOptions,
} from "../../src/models";
import { SIZES_BY_ID, type FigureId, type SizeKey } from "../../src/sizes";

export type SizeLevel = "default" | "max";
export type Where = "main" | "worker";

const MAIN: Record<SizeLevel, Where> = { default: "main", max: "main" };
const WORKER: Record<SizeLevel, Where> = { default: "worker", max: "worker" };
/** Main thread at default, worker at max (DESIGNS §j: "worker above 1.9·10⁶" or "for N > 32"). */
const MAIN_THEN_WORKER: Record<SizeLevel, Where> = { default: "main", max: "worker" };

export interface FigureCase {
  figureId: FigureId;
  /** What one input recomputes. */
  what: string;
  /**
   * Where DESIGNS §j runs it at each level: "main" (the speed rule: 16 ms at default, 50 ms at
   * max) or "worker" (no budget; reported for information).
   */
  where: Record<SizeLevel, Where>;
  /** Builds the case at a size level; `sizes` are the values used. */
  make: (level: SizeLevel) => { sizes: Record<string, number | string>; run: () => number };
}

/** A size of a figure at a level, from SIZES (throws if the row lacks it). */
function size(id: FigureId, key: SizeKey, level: SizeLevel): number {
  const dim = SIZES_BY_ID[id][key];
  if (!dim) throw new Error(`bench: ${id} has no size ${key}`);
  return dim[level];
}

/** A typed-text input of about `tokens` tokens (the §a.3 sentence, repeated). */
const SENTENCE = "after the storm the rainbow showed red orange and yellow light .";
function text(tokens: number): string {
  const words = SENTENCE.split(" ");
  return Array.from({ length: tokens }, (_, i) => words[i % words.length]).join(" ");
}
/** Tokens of a typed-text figure: its preset sentence (11 tokens) at default, the cap at max. */
const textTokens = (level: SizeLevel, cap: number) => (level === "default" ? 11 : cap);

/** A figure that runs the §l unit (or §b's setting of it) once per option set per input. */
function unitCase(
  id: FigureId,
  what: string,
  cap: number,
  optionSets: SelectiveUnitOptions[] = [{}],
): FigureCase {
  return {
    figureId: id,
    what,
    where: MAIN,
    make: (level) => {
      const n = textTokens(level, cap);
      const t = text(n);
      return {
        sizes: { tokens: n, D: 16, N: 1 },
        run: () =>
          optionSets.reduce(
            (s, o) => s + selectiveUnitOnText(t, { ...o, maxTokens: cap }).norms[0],
            0,
          ),
      };
    },
  };
}

export function figureCases(): FigureCase[] {
  return [
    {
      figureId: "the-state/lti-state",
      what: "runS4dRealLti (ZOH, every state kept) for each of D channels",
      where: MAIN,
      make: (level) => {
        const id = "the-state/lti-state";
        const L = size(id, "L", level);
        const D = size(id, "D", level);
        const N = size(id, "N", level);
        const u = makeSignal("noise", L, { seed: 1 });
        return {
          sizes: { L, D, N },
          run: () => {
            let s = 0;
            for (let d = 0; d < D; d++) s += runS4dRealLti(0.1, N, u).y[L - 1];
            return s;
          },
        };
      },
    },
    {
      figureId: "the-state/hippo",
      what: "hippoRun, LegS and LegT (θ = 1,000), with the final reconstruction",
      where: MAIN_THEN_WORKER,
      make: (level) => {
        const id = "the-state/hippo";
        const L = size(id, "L", level);
        const N = size(id, "N", level);
        const signal = hippoTestSignal(L);
        return {
          sizes: { L, N },
          run: () =>
            hippoRun({ measure: "legs", N, signal }).rmse +
            hippoRun({ measure: "legt", N, theta: 1000, signal }).rmse,
        };
      },
    },
    {
      figureId: "lti-bargain/conv-recurrence",
      what: "ltiScan, ltiKernel and the direct causalConv (both faces of one LTI system)",
      where: MAIN,
      make: (level) => {
        const id = "lti-bargain/conv-recurrence";
        const L = size(id, "L", level);
        const N = size(id, "N", level);
        const u = makeSignal("step", L);
        const a = Float64Array.from({ length: N }, (_, n) => -(n + 1));
        const { aBar, bBar } = discretizeZoh(0.1, a, new Float64Array(N).fill(1));
        const c = new Float64Array(N).fill(1 / N);
        return {
          sizes: { L, N },
          run: () =>
            ltiScan(aBar, bBar, c, u)[L - 1] + causalConv(ltiKernel(aBar, bBar, c, L), u)[L - 1],
        };
      },
    },
    {
      figureId: "making-it-fast/parallel-scan",
      what: "blellochScan with every level recorded (the animation)",
      where: MAIN,
      make: (level) => {
        const n = size("making-it-fast/parallel-scan", "L", level);
        const r = createRng(2);
        const a = Float64Array.from({ length: n }, () => 0.5 + 0.5 * r.next());
        const b = Float64Array.from({ length: n }, () => r.normal());
        return { sizes: { n }, run: () => blellochScan(a, b).total.b };
      },
    },
    {
      figureId: "input-dependence/attention",
      what: "tokenise, embed and typedTextAttention (preset sentence / 64 tokens)",
      where: MAIN,
      make: (level) => {
        const n = textTokens(level, 64);
        const t = text(n);
        return {
          sizes: { tokens: n, d: 16 },
          run: () => {
            const e = embedText(t, 64);
            return typedTextAttention(e.embeddings, e.tokens.length, 16).output[0];
          },
        };
      },
    },
    unitCase(
      "input-dependence/two-machines",
      "§b's gate (the §l unit with b = −1, reset +4, no mask) at s = 0 and at s = 1",
      64,
      [
        { bias: -1, resetWeight: 4, writeMask: false, s: 0 },
        { bias: -1, resetWeight: 4, writeMask: false, s: 1 },
      ],
    ),
    unitCase(
      "selection/live-dbc",
      "the §l unit: tokenise, embed, window, Δ, B, C and the scan",
      64,
    ),
    unitCase("remixing/forgetting-knob", "the §l unit (one s; the knob reruns it)", 64),
    unitCase(
      "price-of-attention/amnesia",
      "the §l unit over the conversation (512 tokens at most)",
      512,
    ),
    unitCase("portable-state/heatmap", "the §l unit over the document (256 tokens at most)", 256),
    {
      figureId: "portable-state/snapshots",
      what: "the §l unit over the document, then each fork continued from the saved state",
      where: MAIN,
      make: (level) => {
        const id = "portable-state/snapshots";
        const forks = size(id, "forks", level);
        const tokens = size(id, "tokens", level);
        const doc = text(level === "default" ? 64 : 256);
        const cont = text(tokens);
        return {
          sizes: { document: level === "default" ? 64 : 256, forks, tokens },
          run: () => {
            const base = selectiveUnitOnText(doc, { maxTokens: 256 });
            let s = 0;
            for (let f = 0; f < forks; f++) {
              s += selectiveUnitOnText(cont, { maxTokens: 32 }, base.last).norms[0];
            }
            return s;
          },
        };
      },
    },
    {
      figureId: "selection/selective-copying",
      what: "one instance: the Vandermonde readout solve, the scan, the Δ strip",
      where: MAIN,
      make: (level) => {
        const id = "selection/selective-copying";
        const L = size(id, "L", level);
        const N = size(id, "N", level);
        const k = size(id, "k", level);
        const inst = selectiveCopyingInstance({ L, k }, createRng(5));
        return {
          sizes: { L, N, k, D: 8 },
          run: () => {
            const s = buildCopySolver({ k, N });
            return runCopySolver(s, [inst]).scores[0] + copyDeltas(s, inst)[0];
          },
        };
      },
    },
    {
      figureId: "selection/selective-copying",
      what: "the LTI baseline's fit, once per (L, k): 2,000 instances, ridge least squares",
      where: WORKER,
      make: (level) => {
        const id = "selection/selective-copying";
        const L = size(id, "L", level);
        const k = size(id, "k", level);
        const insts = selectiveCopyingInstances({ L, k }, 2000, 1);
        return { sizes: { L, k, instances: 2000 }, run: () => fitLtiKernel(insts).K[1] };
      },
    },
    {
      figureId: "what-the-state-forgets/needle",
      what:
        "the model through the scan with per-slot norms (heat map), the verdict, attention's row " +
        "(key codes cached per N, as the figure keeps them)",
      where: MAIN_THEN_WORKER,
      make: (level) => {
        const id = "what-the-state-forgets/needle";
        const L = size(id, "L", level);
        const N = size(id, "N", level);
        const hay = needleHaystack(0, L);
        const codes = needleCodes(N);
        const acodes = needleAttentionCodes();
        return {
          sizes: { L, N, D: 16 },
          run: () => {
            const r = runNeedle(hay, { N, gate: "uniform" }, { slotNorms: true, codes });
            return r.margin + needleAttention(hay, acodes).needleWeight;
          },
        };
      },
    },
    {
      figureId: "what-the-state-forgets/needle",
      what: "the key codes for a new N (needleCodes: 201 seeded unit vectors)",
      where: MAIN,
      make: (level) => {
        const N = size("what-the-state-forgets/needle", "N", level);
        return { sizes: { N }, run: () => needleCodes(N).N };
      },
    },
    {
      figureId: "what-the-state-forgets/mqar",
      what: "one sequence through the scan (single run)",
      where: MAIN,
      make: (level) => {
        const id = "what-the-state-forgets/mqar";
        const pairs = size(id, "pairs", level);
        const N = size(id, "N", level);
        const inst = mqarInstance({ pairs }, createRng(3));
        return { sizes: { pairs, N, D: 16 }, run: () => runMqar([inst], N).scores[0] };
      },
    },
    {
      figureId: "what-the-state-forgets/mqar",
      what: "one point of an accuracy curve: 400 sequences through the scan",
      where: WORKER,
      make: (level) => {
        const id = "what-the-state-forgets/mqar";
        const pairs = size(id, "pairs", level);
        const N = size(id, "N", level);
        const set = mqarInstances({ pairs }, 400, pairs);
        return { sizes: { pairs, N, sequences: 400 }, run: () => mqarAccuracy(set, N) };
      },
    },
    {
      figureId: "page/playground",
      what: "the verified selective scan on signals (D = 16, B and C per step)",
      where: MAIN_THEN_WORKER,
      make: (level) => {
        const id = "page/playground";
        const L = size(id, "L", level);
        const D = size(id, "D", level);
        const N = size(id, "N", level);
        const r = createRng(4);
        const fill = (n: number, f: () => number) => Float64Array.from({ length: n }, f);
        const u = fill(D * L, () => r.normal());
        const delta = fill(D * L, () => 0.01 + 0.1 * r.next());
        const A = Float64Array.from({ length: D * N }, (_, i) => -((i % N) + 1));
        const B = fill(N * L, () => r.normal());
        const C = fill(N * L, () => r.normal());
        return {
          sizes: { L, D, N },
          run: () =>
            selectiveScan({
              batch: 1,
              dim: D,
              dstate: N,
              length: L,
              u,
              delta,
              A,
              B: { kind: "perStep", values: B },
              C: { kind: "perStep", values: C },
            }).out[0],
        };
      },
    },
  ];
}
