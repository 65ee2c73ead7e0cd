// The fact-check registry (CONTRACT.md, Figures): one entry per ❌ or ⚠️ mark in EPISODE.md.
// `<FactCheck id>` renders an entry; the Fact checks page lists them all.
//
// How the marks were counted (EPISODE.md as of this commit; line numbers drift, chapter and order
// do not). The legend line and the "Counting fact checks" note near the top of EPISODE.md explain
// the marks and are not entries. A combined mark (❌/⚠️, ✅/⚠️) is one entry; a correction repeated
// in a later chapter ("from Ch. 7") is the same entry shown in both chapters. 22 marks → 21 entries:
//
//   EPISODE  mark    → id                               chapter
//   Ch. 2    ⚠️      → interpretability-not-mamba        rainbow-test
//   Ch. 4    ⚠️      → quadratic-in-training             price-of-attention
//   Ch. 4    ⚠️      → quadratic-share-short-context     price-of-attention
//   Ch. 5    ⚠️      → bracket-task-listops              the-state
//   Ch. 7    ❌      → selection-keeps-parallelism       selection
//   Ch. 7    ⚠️      → discretisation-in-code            selection
//   Ch. 8    ❌/⚠️   → sram-per-sm                       making-it-fast
//   Ch. 8    ❌      → kernel-fusion                     making-it-fast
//   Ch. 8    ⚠️      → state-leaves-sram                 making-it-fast
//   Ch. 8    ❌      → selection-keeps-parallelism       (the "from Ch. 7" repeat: same entry)
//   Ch. 9    ⚠️      → scaling-curves-tokens             results
//   Ch. 9    ⚠️      → dna-comparison                    results
//   Ch. 9    ⚠️      → throughput-batch                  results
//   Ch. 10   ⚠️      → ultrachat-statistic               length-wall
//   Ch. 10   ⚠️      → tokens-per-second                 length-wall
//   Ch. 11   ⚠️      → state-can-keep-needle             what-the-state-forgets
//   Ch. 12   ❌      → bst-predates-mamba                remixing
//   Ch. 12   ❌      → state-size-studied                remixing
//   Ch. 12   ⚠️      → state-decay-exists                remixing
//   Ch. 13   ❌      → state-runtime-access              portable-state
//   Ch. 13   ✅/⚠️   → state-caching-exact-prefix        portable-state
//   Ch. 14   ⚠️      → assistants-api-conjecture         transformer-era
//
// Verdicts: ❌ and ❌/⚠️ → 'incorrect'; ⚠️ and ✅/⚠️ → 'imprecise'. Ch. 10's "✅ … 164 KB per SM
// (same per-SM caveat as Ch. 8)" is a ✅, so `sram-per-sm` is registered for Ch. 8 only.
// test/content/factChecks.test.ts re-derives this list from EPISODE.md when it is present.
//
// Claims are short paraphrases of what was said, never quotes. Two entries have no citation
// because FACTS.md names no source for them: `interpretability-not-mamba` (the interpretability
// studies are not in FACTS) and `assistants-api-conjecture` (nothing public to cite either way).

import type { ChapterId } from "./chapters";
import type { SourceId } from "./sources";

export interface FactCheck {
  id: string;
  verdict: "incorrect" | "imprecise";
  /** What was said, as a short paraphrase, never a verbatim quote. */
  claim: string;
  /** What the evidence says, gentle and precise, 1–3 sentences. */
  evidence: string;
  cite: { source: SourceId; where?: string }[];
  chapters: ChapterId[];
}

export const FACT_CHECKS: readonly FactCheck[] = [
  {
    id: "interpretability-not-mamba",
    verdict: "imprecise",
    claim:
      "Studies of how networks hold abstract concepts in their middle layers (influence functions, fact editing, representation engineering) support the case for Mamba.",
    evidence:
      "These are real lines of work, but they study Transformer language models, not Mamba. They are good context for why context-dependent processing matters, not evidence about selective state space models.",
    cite: [],
    chapters: ["rainbow-test"],
  },
  {
    id: "quadratic-in-training",
    verdict: "imprecise",
    claim:
      "Every new token has to be related to every earlier one, so running a Transformer costs time quadratic in the context.",
    evidence:
      "That holds for training and for reading a prompt (prefill). When generating with a KV cache, each new token costs time linear in the context and the cache grows by a fixed amount per token; only the total over a whole generation is quadratic.",
    cite: [
      { source: "mamba", where: "§3.1" },
      { source: "flashattention2", where: "§4.1" },
    ],
    chapters: ["price-of-attention"],
  },
  {
    id: "quadratic-share-short-context",
    verdict: "imprecise",
    claim: "The quadratic attention term is what makes Transformers expensive to run.",
    evidence:
      "At short contexts it is a small share of the work: for a 2.7B-parameter shape it is about 6% of forward FLOPs at 2,048 tokens and 21% at 8,192, and it matches the weight FLOPs only near 31,000 tokens. The real pain is at long context and in the memory of the KV cache.",
    cite: [
      { source: "flashattention2", where: "§4.1 (attention FLOPs)" },
      { source: "gpt3", where: "Table 2.1 (the 2.7B shape)" },
      { source: "scaling-laws", where: "§2.1" },
    ],
    chapters: ["price-of-attention"],
  },
  {
    id: "bracket-task-listops",
    verdict: "imprecise",
    claim:
      "SSMs dominated a long-range benchmark about closing brackets, a task Transformers could not do at all.",
    evidence:
      "The bracket task is ListOps, from the Long Range Arena: it evaluates nested expressions such as MAX and MIN (a 10-way classification) rather than closing brackets, and a Transformer scores 36.37% on it against S4's 59.60%. The task every Transformer failed is Path-X, at 16K tokens, which S4 solved with 96.35%.",
    cite: [
      { source: "lra", where: "ListOps and Path-X results" },
      { source: "s4", where: "Table 4" },
    ],
    chapters: ["the-state"],
  },
  {
    id: "selection-keeps-parallelism",
    verdict: "incorrect",
    claim:
      "Once the SSM's parameters depend on the input, the model is limited to computing one step after another in recurrent form.",
    evidence:
      "Selection does give up the convolutional form, but not parallelism: the time-varying recurrence is an associative scan, which a work-efficient parallel scan computes with O(L) work in O(log L) steps, and Mamba's kernel does exactly that. Mamba-2 later added an exact, matrix-multiplication-friendly dual form for a restricted A.",
    cite: [
      { source: "mamba", where: "§3.3.2, Appendix D" },
      { source: "blelloch" },
      { source: "mamba2", where: "§2.4" },
    ],
    chapters: ["selection", "making-it-fast"],
  },
  {
    id: "discretisation-in-code",
    verdict: "imprecise",
    claim: "Mamba turns its continuous parameters into discrete ones with the zero-order hold.",
    evidence:
      "That is the rule the paper states. The reference code computes Ā = exp(ΔA) exactly but simplifies the input term to Δ·B, a first-order approximation the paper does not mention.",
    cite: [
      { source: "mamba", where: "§2, eq. (4)" },
      { source: "mamba-code", where: "selective_scan_ref; mamba_simple.py, step" },
    ],
    chapters: ["selection"],
  },
  {
    id: "sram-per-sm",
    verdict: "incorrect",
    claim:
      "An A100 has only 164 KB of SRAM, about five orders of magnitude less than its 40 GB of HBM.",
    evidence:
      "164 KB is the most shared memory one streaming multiprocessor can have, and an A100 has 108 of them, each with 192 KB of L1 and shared memory: about 20 MB of on-chip SRAM in all. HBM is therefore about 2,000 times larger than SRAM, not 100,000 times.",
    cite: [
      { source: "a100-whitepaper", where: "108 SMs, 192 KB L1/shared per SM" },
      { source: "ampere-tuning", where: "§1.4.2" },
      { source: "flashattention", where: "§2.1, Figure 1" },
    ],
    chapters: ["making-it-fast"],
  },
  {
    id: "kernel-fusion",
    verdict: "incorrect",
    claim:
      "Kernel fusion means reordering the matrix products, multiplying A and B together first.",
    evidence:
      "Kernel fusion means doing several operations in one GPU kernel, so that intermediate results never make a round trip through HBM. Mamba fuses the discretisation, the scan and the multiplication by C in this way.",
    cite: [
      { source: "flashattention", where: "§2.1" },
      { source: "mamba", where: "§3.3.2, Appendix D" },
    ],
    chapters: ["making-it-fast"],
  },
  {
    id: "state-leaves-sram",
    verdict: "imprecise",
    claim: "Mamba's trick is that the state never leaves the GPU's fast on-chip SRAM.",
    evidence:
      "Half right: during training and prefill the expanded per-timestep states (B·L·D·N values) live only in SRAM and are recomputed when needed. But the kernel writes one state per chunk to HBM on long sequences, and during generation each layer's running state sits in ordinary GPU memory between tokens.",
    cite: [
      { source: "mamba", where: "§3.3.2, Appendix D" },
      { source: "mamba-code", where: "inference cache and step" },
    ],
    chapters: ["making-it-fast"],
  },
  {
    id: "scaling-curves-tokens",
    verdict: "imprecise",
    claim: "The scaling-law comparisons were trained on 300 billion tokens.",
    evidence:
      "The scaling-law models (125M to 1.3B parameters) were trained with Chinchilla token budgets of 2.5B to 26B tokens. The 300B tokens belong to the released checkpoints (130M to 2.8B) evaluated zero-shot.",
    cite: [
      { source: "mamba", where: "Figure 4, Table 12" },
      { source: "mamba", where: "Table 3" },
    ],
    chapters: ["results"],
  },
  {
    id: "dna-comparison",
    verdict: "imprecise",
    claim:
      "On DNA, Mamba kept improving up to a million tokens of context while every other architecture got worse.",
    evidence:
      "At long context the paper compared Mamba only with HyenaDNA, because attention was too costly at those lengths, and both models were tiny (about 1.3–1.4M parameters). The result is real, but it is one comparison, not all architectures.",
    cite: [{ source: "mamba", where: "§4.3, Figure 5" }],
    chapters: ["results"],
  },
  {
    id: "throughput-batch",
    verdict: "imprecise",
    claim: "Mamba handles about 64 generations at once, and that is where it tops out.",
    evidence:
      "Batch 64 is where the Transformer-1.3B baseline, a standard Hugging Face implementation, ran out of memory. Mamba-1.4B kept scaling to batch 128, at 1,814 tokens/s, about 5× the best Transformer-1.3B result of 364.",
    cite: [{ source: "mamba", where: "§4.5, Figure 8" }],
    chapters: ["results"],
  },
  {
    id: "ultrachat-statistic",
    verdict: "imprecise",
    claim: "The conversations Mamba-Chat was tuned on average about 1,400 tokens each.",
    evidence:
      "The 1,467.4 tokens per dialogue describe the full UltraChat dataset. Mamba-Chat was fine-tuned on 16,000 samples of the smaller ultrachat_200k subset, so the figure is only indicative of its data.",
    cite: [
      { source: "ultrachat", where: "Table 5" },
      { source: "mamba-chat", where: "model card" },
    ],
    chapters: ["length-wall"],
  },
  {
    id: "tokens-per-second",
    verdict: "imprecise",
    claim: "The paper shows Mamba generating about 58 tokens per second for a single stream.",
    evidence:
      "58 tokens/s is the untrained Mamba-6.9B at batch 1, on an A100 80 GB with a 2,048-token prompt; Mamba-1.4B reaches 140 tokens/s. These are measurements of a reference implementation, not limits of the architecture.",
    cite: [{ source: "mamba", where: "§4.5, Figure 8" }],
    chapters: ["length-wall"],
  },
  {
    id: "state-can-keep-needle",
    verdict: "imprecise",
    claim:
      "By the time an SSM is asked about an odd detail, it has probably already let it go, while a Transformer can always look back.",
    evidence:
      "Fixed-size states do struggle with recall, but a selective SSM can choose to keep an item: Mamba solves induction heads at every tested length up to about a million tokens, and larger states improve recall in Mamba-2. The limit is capacity and training, not an inability to hold on to anything.",
    cite: [
      { source: "mamba", where: "§4.1, Table 11" },
      { source: "mamba2", where: "Figure 8 (MQAR)" },
      { source: "zoology" },
    ],
    chapters: ["what-the-state-forgets"],
  },
  {
    id: "bst-predates-mamba",
    verdict: "incorrect",
    claim: "The Block-State Transformer hybrid appeared shortly after Mamba.",
    evidence:
      "The Block-State Transformer was posted on 15 June 2023, more than five months before Mamba (1 December 2023). It also uses a non-selective SSM sublayer.",
    cite: [
      { source: "bst", where: "arXiv 2306.09539" },
      { source: "mamba", where: "arXiv v1, 1 Dec 2023" },
    ],
    chapters: ["remixing"],
  },
  {
    id: "state-size-studied",
    verdict: "incorrect",
    claim: "The Mamba paper does not seem to explore the size of the state at all.",
    evidence:
      "An ablation varies the state size N from 1 to 16: with selective B and C, perplexity falls from 9.73 to 8.71 for about 1% more parameters. Mamba-2 then raised N to 64–256.",
    cite: [
      { source: "mamba", where: "§4.6, Table 10" },
      { source: "mamba2", where: "§1, Figure 8" },
    ],
    chapters: ["remixing"],
  },
  {
    id: "state-decay-exists",
    verdict: "imprecise",
    claim: "State decay, by analogy with weight decay, is an idea still waiting to be tried.",
    evidence:
      "A learned, input-dependent form already exists: Mamba's Δ acts as a forget gate, and RetNet uses a fixed decay per head. Later work finds that models trained on short contexts never learn to forget, which supports the speaker's point about data.",
    cite: [
      { source: "mamba", where: "§3.5, Theorem 1" },
      { source: "retnet", where: "§2" },
      { source: "stuffed-mamba" },
    ],
    chapters: ["remixing"],
  },
  {
    id: "state-runtime-access",
    verdict: "incorrect",
    claim:
      "Monitoring a model's state while it runs would break the algorithm, because states never leave the SRAM.",
    evidence:
      "During generation the reference implementation keeps each layer's state in ordinary GPU memory between tokens, and it is small (megabytes per sequence), so saving, copying or monitoring it is routine. Only the expanded per-timestep states inside the training and prefill kernel stay on chip, and those can be recomputed.",
    cite: [
      { source: "mamba", where: "§3.3.2, Appendix D" },
      { source: "mamba-code", where: "allocate_inference_cache, step" },
    ],
    chapters: ["portable-state"],
  },
  {
    id: "state-caching-exact-prefix",
    verdict: "imprecise",
    claim: "A long state can be computed once, saved, and reused whenever it is useful.",
    evidence:
      "Serving systems for hybrid models already cache SSM states, so the idea is real. But a state is updated in place, so it can be reused only when new input continues exactly the same prefix; unlike a KV cache, it cannot be partly rolled back.",
    cite: [{ source: "marconi" }],
    chapters: ["portable-state"],
  },
  {
    id: "assistants-api-conjecture",
    verdict: "imprecise",
    claim:
      "OpenAI's Assistants API threads look as if they were designed with state models in mind.",
    evidence:
      "This is conjecture: nothing public ties the Assistants API to state space models. Read it as the speaker's guess, not as evidence.",
    cite: [],
    chapters: ["transformer-era"],
  },
];

const byId: ReadonlyMap<string, FactCheck> = new Map(FACT_CHECKS.map((f) => [f.id, f]));

export function factCheck(id: string): FactCheck | undefined {
  return byId.get(id);
}

/** The fact checks a chapter must show, in registry order. */
export function factChecksFor(chapter: ChapterId): readonly FactCheck[] {
  return FACT_CHECKS.filter((f) => f.chapters.includes(chapter));
}
