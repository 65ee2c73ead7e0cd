// Per-figure sizes (CONTRACT.md, Figures; DESIGNS.md §j, transcribed row by row).
// The only source for slider bounds, URL clamps (through `dimField`), the bench harness (it runs
// `default` and `max`) and property tests. A chapter that needs a figure not listed here adds its
// row under the same rules, and DESIGNS.md §j with it.
//
// Transcription rules:
// - A row's "default / max" becomes `{ default, max }`. A single value (for example "N 16", "d 16",
//   "D 1") is a size the figure fixes: `default = max = min`.
// - `min` is the table's where it gives one ("min 16"). Where it does not, the floor is 1 for
//   counts and lengths (the smallest meaningful value; a view may offer fewer choices), and each
//   other floor says why in a comment.
// - `scale` is the table's ("log", "pow2"); where it names none, `int` (a linear integer slider).
// - Values given as "preset sentence", "document preset" or "conversation preset" have no numeric
//   default, so that key is left out; the preset text's token cap is in `PRESET_TEXT_MAX_TOKENS`.
//   Values given as "shapes from facts.ts" are model shapes, not sizes: left out.
// - Columns that are not sizes (s, Δ, θ ranges, bytes per element, model pairs, 400 sequences per
//   curve point) belong to the figure's own fields and are only noted here.

import { int, type NumField } from "./state/fields";

export type SizeKey =
  | "L"
  | "D"
  | "N"
  | "k"
  | "pairs"
  | "tokens"
  | "context"
  | "batch"
  | "window"
  | "forks"
  | "attn"
  | "rate";

export const SIZE_KEYS: readonly SizeKey[] = [
  "L",
  "D",
  "N",
  "k",
  "pairs",
  "tokens",
  "context",
  "batch",
  "window",
  "forks",
  "attn",
  "rate",
];

export interface Dim {
  readonly default: number;
  readonly max: number;
  readonly min: number;
  readonly scale: "int" | "pow2" | "log";
}

/** A size the figure fixes: default = max = min. */
const fixed = (v: number): Dim => ({ default: v, max: v, min: v, scale: "int" });

const TABLE = {
  // Stream length 4,096 / 1,048,576 tokens (log, min 1). D: shapes from facts.ts (2.7B Transformer,
  // 32 × 2,560, against Mamba-2.8B); N: "—".
  "beyond-transformers/teaser": {
    L: { default: 4096, max: 1_048_576, min: 1, scale: "log" },
  },
  // L: preset sentence (5–11) / 64 tokens (→ PRESET_TEXT_MAX_TOKENS). s 1 (0…1) is a field.
  // D = 16 is §a's embedding width, which the unit fixes.
  "input-dependence/two-machines": {
    D: fixed(16),
    N: fixed(1),
  },
  // Also shown in price-of-attention. L: preset sentence (11) / 64 tokens. "d 16".
  "input-dependence/attention": {
    D: fixed(16),
  },
  // The table gives the axis, 512 … 1,048,576 (log), and no default: the figure draws the whole
  // axis, so default = max (a cursor on it is the view's own field). D is the per-layer width d,
  // 2,560 with presets 768, 2,048 and 2,560: the presets set min and max. N 16. Each model's own
  // shape comes from facts.ts.
  "price-of-attention/cost-curves": {
    L: { default: 1_048_576, max: 1_048_576, min: 512, scale: "log" },
    D: { default: 2560, max: 2560, min: 768, scale: "int" },
    N: fixed(16),
  },
  // D: shapes from facts.ts. Bytes per element (2 or 4) and the model pair (2.7B / Mamba-2.8B or
  // 1.3B / Mamba-1.4B) are choice fields, not sizes.
  "price-of-attention/kv-cache": {
    context: { default: 2048, max: 1_048_576, min: 1, scale: "log" },
    N: fixed(16),
  },
  // Conversation preset, 512 tokens at most (→ PRESET_TEXT_MAX_TOKENS).
  "price-of-attention/amnesia": {
    D: fixed(16),
    N: fixed(1),
    window: { default: 64, max: 256, min: 16, scale: "int" },
  },
  // Δ 0.001…2 (log) is a field.
  "the-state/lti-state": {
    L: { default: 128, max: 1024, min: 1, scale: "int" },
    D: { default: 1, max: 4, min: 1, scale: "int" },
    N: { default: 4, max: 16, min: 1, scale: "int" },
  },
  // 2,000 / 4,000 samples. N's floor 4 is EPISODE Ch. 5's "N = 4…64". θ 1,000 is LegT's window in
  // samples, a single value: fixed.
  "the-state/hippo": {
    L: { default: 2000, max: 4000, min: 1, scale: "int" },
    D: fixed(1),
    N: { default: 16, max: 64, min: 4, scale: "int" },
    window: fixed(1000),
  },
  "lti-bargain/conv-recurrence": {
    L: { default: 64, max: 512, min: 1, scale: "int" },
    D: fixed(1),
    N: { default: 2, max: 2, min: 1, scale: "int" },
  },
  // L: preset sentence / 64 tokens. s 1 (0…1) is a field.
  "selection/live-dbc": {
    D: fixed(16),
    N: fixed(1),
  },
  // L is the body length, 64 / 256 (+k). Its floor 8 is k's max, so every data token fits in the
  // body. D: 8 / 8 symbols. k ≤ min(8, N) except the "over capacity" preset k = 8, N = 4 (the view
  // enforces that). Δ_data 0.5 (0.1…10, log) is a field.
  "selection/selective-copying": {
    L: { default: 64, max: 256, min: 8, scale: "int" },
    D: fixed(8),
    N: { default: 16, max: 16, min: 4, scale: "int" },
    k: { default: 8, max: 8, min: 1, scale: "int" },
  },
  // The same panel appears in page/playground. L 64, k 8 and 8 symbols are fixed by the task.
  // The training issue may lower the defaults of D and N after its Node study.
  "selection/training": {
    L: fixed(64),
    k: fixed(8),
    D: { default: 16, max: 32, min: 1, scale: "int" },
    N: { default: 8, max: 16, min: 1, scale: "int" },
  },
  // Bytes per element (2 or 4) is a field. "B 1 / 128" is the batch.
  "making-it-fast/bytes-moved": {
    L: { default: 2048, max: 1_048_576, min: 1, scale: "log" },
    D: { default: 1024, max: 8192, min: 1, scale: "int" },
    N: { default: 16, max: 256, min: 1, scale: "int" },
    batch: { default: 1, max: 128, min: 1, scale: "int" },
  },
  "making-it-fast/recompute": {
    L: { default: 2048, max: 1_048_576, min: 1, scale: "log" },
    D: { default: 1024, max: 8192, min: 1, scale: "int" },
    N: { default: 16, max: 256, min: 1, scale: "int" },
    batch: { default: 1, max: 128, min: 1, scale: "int" },
  },
  // n 16 / 64 (pow2) elements. Floor 2: the smallest scan with a combine, and a power of two.
  "making-it-fast/parallel-scan": {
    L: { default: 16, max: 64, min: 2, scale: "pow2" },
    D: fixed(1),
    N: fixed(1),
  },
  // Context default 2,176 = Fig. 8's 2,048 + 128 (log, min 128). D: the Transformer 1.3B shape
  // (24 × 2,048) from facts.ts; N: "—". Mamba-1.4B's state is drawn beside it.
  "results/kv-card": {
    context: { default: 2176, max: 1_048_576, min: 128, scale: "log" },
    batch: { default: 64, max: 128, min: 1, scale: "pow2" },
  },
  // L, D and N: "—". Rate in tokens/s. Batch floor 1 = 2⁰.
  "length-wall/stream": {
    rate: { default: 58, max: 2000, min: 1, scale: "log" },
    batch: { default: 1, max: 128, min: 1, scale: "pow2" },
  },
  // D: 16 / 16 values. N's floor 16 is the smallest of EPISODE Ch. 11's "16 → 64 → 256".
  "what-the-state-forgets/needle": {
    L: { default: 256, max: 4096, min: 1, scale: "int" },
    D: fixed(16),
    N: { default: 64, max: 256, min: 16, scale: "int" },
  },
  // L = 2·pairs + queries ≤ 192. D: 16 / 16 values. N's floor 8 is the smallest preset (8, 16, 32).
  // 400 sequences per curve point is the view's.
  "what-the-state-forgets/mqar": {
    pairs: { default: 16, max: 64, min: 1, scale: "int" },
    D: fixed(16),
    N: { default: 16, max: 64, min: 8, scale: "int" },
  },
  // D: d_model 1,024, the 48-layer Mamba-370M shape (fixed). 48 layers (fixed, not a size key).
  // Attention layers 6 / 48 (min 0; presets 0, 1, 3, 6, 11, 24).
  "remixing/hybrid-builder": {
    context: { default: 2048, max: 1_048_576, min: 1, scale: "log" },
    D: fixed(1024),
    N: fixed(16),
    attn: { default: 6, max: 48, min: 0, scale: "int" },
  },
  // L: preset sentence / 64 tokens. s 1 (0…1) is a field.
  "remixing/forgetting-knob": {
    D: fixed(16),
    N: fixed(1),
  },
  // The document is a preset of at most 256 tokens (→ PRESET_TEXT_MAX_TOKENS); `tokens` is each
  // continuation's length, 16 / 32.
  "portable-state/snapshots": {
    tokens: { default: 16, max: 32, min: 1, scale: "int" },
    D: fixed(16),
    N: fixed(1),
    forks: { default: 3, max: 8, min: 1, scale: "int" },
  },
  // 256 tokens at most (→ PRESET_TEXT_MAX_TOKENS).
  "portable-state/heatmap": {
    D: fixed(16),
    N: fixed(1),
  },
  // Typed text 32 / 256 tokens; signals and tasks 256 / 4,096 (L).
  "page/playground": {
    tokens: { default: 32, max: 256, min: 1, scale: "int" },
    L: { default: 256, max: 4096, min: 1, scale: "int" },
    D: fixed(16),
    N: { default: 16, max: 64, min: 1, scale: "int" },
  },
  // Nine lengths 2⁸ … 2¹⁶ for both scans, so min and max are those powers of two and the default
  // is the longest it runs. Attention stops early, once a point takes over 2 s (the page decides).
  "page/benchmark": {
    L: { default: 65_536, max: 65_536, min: 256, scale: "pow2" },
    D: fixed(16),
    N: fixed(16),
  },
} satisfies Record<string, Partial<Record<SizeKey, Dim>>>;

export type FigureId = keyof typeof TABLE;

/** The sizes of every figure; a figure's keys are known to the type checker. */
export const SIZES: { readonly [F in FigureId]: (typeof TABLE)[F] } = TABLE;

/** The same table, read generically (for tests, the bench harness and probes). */
export const SIZES_BY_ID: Readonly<Record<FigureId, Partial<Record<SizeKey, Dim>>>> = TABLE;

export const FIGURE_IDS = Object.keys(TABLE) as FigureId[];

/** The token cap of figures whose text is a preset the reader may edit (§j: "preset / 64 tokens"). */
export const PRESET_TEXT_MAX_TOKENS: Partial<Record<FigureId, number>> = {
  "input-dependence/two-machines": 64,
  "input-dependence/attention": 64,
  "price-of-attention/amnesia": 512,
  "selection/live-dbc": 64,
  "remixing/forgetting-knob": 64,
  "portable-state/snapshots": 256,
  "portable-state/heatmap": 256,
};

/** The Dim of one figure's size, or undefined when the figure has no such size. */
export function getDim(figureId: FigureId, key: SizeKey): Dim | undefined {
  return SIZES_BY_ID[figureId][key];
}

/**
 * A URL field whose bounds are the figure's Dim, so the slider and the URL clamp agree.
 * Every size is a whole number; a `pow2` Dim snaps to the nearest power of two.
 */
export function dimField<F extends FigureId, K extends keyof (typeof TABLE)[F] & SizeKey>(
  figureId: F,
  key: K,
  urlKey: string,
): NumField {
  const dim = SIZES_BY_ID[figureId][key];
  if (dim === undefined) throw new Error(`sizes: ${figureId} has no ${key}`);
  return int(urlKey, { def: dim.default, min: dim.min, max: dim.max, pow2: dim.scale === "pow2" });
}
