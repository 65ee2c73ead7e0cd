import type { SourceId } from "./sources";

/*
 * The forecast ledger of chapter 14: each forecast the episode makes (EPISODE.md, Ch. 12–14 🔮),
 * in paraphrase, with a status judged from the evidence in FACTS.md §4 only:
 *   happened — a published result shows it;  partly — evidence for part of it, or a route to it;
 *   open — nothing in our sources settles it either way.
 */
export type ForecastStatus = "happened" | "partly" | "open";

export interface Forecast {
  id: string;
  /** The forecast, paraphrased. */
  forecast: string;
  status: ForecastStatus;
  /** What the evidence says (empty-handed forecasts say so). */
  evidence: string;
  cite: { source: SourceId; where?: string }[];
}

export const FORECAST_STATUSES: readonly ForecastStatus[] = ["happened", "partly", "open"];

export const FORECASTS: readonly Forecast[] = [
  {
    id: "hybrids",
    forecast: "Models will mix attention layers with state space layers rather than choose one.",
    status: "happened",
    evidence:
      "In Mamba-2's 48-layer study about one attention layer in ten worked best (perplexity 8.26 with 6 attention layers against 8.60 with none); Jamba ships a 1:7 attention-to-Mamba ratio; NVIDIA's 8B Mamba-2-Hybrid beat its 8B Transformer on all 12 standard tasks.",
    cite: [
      { source: "mamba2", where: "§9.2.3, Table 2" },
      { source: "jamba" },
      { source: "nvidia-hybrid" },
    ],
  },
  {
    id: "bigger-states",
    forecast: "State sizes will grow, because a bigger state remembers more.",
    status: "happened",
    evidence:
      "Mamba-2's SSD layer allows states at least 8× larger than Mamba's, and on multi-query associative recall a state of 16 → 64 → 256 consistently improves recall.",
    cite: [{ source: "mamba2", where: "§1, Figure 8" }],
  },
  {
    id: "state-caching",
    forecast: "Saved states will be cached and reused, like a warm start for a known prefix.",
    status: "happened",
    evidence:
      "Prefix caching for hybrid models exists, with the catch that an SSM state is updated in place, so it can be reused only on an exact prefix match; smarter caching raised token hit rates up to 34.4×.",
    cite: [{ source: "marconi" }],
  },
  {
    id: "data-for-memory",
    forecast:
      "Training data and training length will be used to sculpt what a state keeps and forgets.",
    status: "partly",
    evidence:
      "Models trained on contexts too short for their state never learn to forget and degrade past their training length; about 500 extra training steps on suitable states gave Mamba-2 length generalisation to 128K–256K tokens.",
    cite: [{ source: "stuffed-mamba" }, { source: "length-generalization" }],
  },
  {
    id: "richer-ssms",
    forecast: "SSM blocks will grow more structure, as attention grew many heads.",
    status: "partly",
    evidence:
      "Mamba-2 introduced multi-head SSMs with heads of dimension 64 or 128 (Mamba-1 had 1), but by restricting A to a scalar times the identity.",
    cite: [{ source: "mamba2", where: "§2.4" }],
  },
  {
    id: "recall-gap-closes",
    forecast:
      "The weakness of a fixed state at looking things up will be worked around rather than fatal.",
    status: "partly",
    evidence:
      "Fixed states do trail attention at recall and copying; a little attention closes most of the gap (sparse-attention hybrids close 97.4% of it in Zoology), so hybrids, not pure SSMs, carry the workaround.",
    cite: [{ source: "zoology" }, { source: "repeat-after-me" }],
  },
  {
    id: "state-search",
    forecast: "Applications will search over and fork saved states, not just reuse them.",
    status: "open",
    evidence: "Nothing in our sources shows search over model states in practice yet.",
    cite: [],
  },
  {
    id: "agent-memory",
    forecast: "Long-lived states will give agents the long-term memory they lacked in 2023.",
    status: "open",
    evidence:
      "Nothing in our sources settles it; agents with persistent SSM states are not among the published results.",
    cite: [],
  },
  {
    id: "moral-weight",
    forecast:
      "A long-lived state may become something whose loss matters, and so carry moral weight.",
    status: "open",
    evidence: "A philosophical forecast: no experiment in our sources bears on it.",
    cite: [],
  },
  {
    id: "faster-era",
    forecast:
      "The many-architecture era will unfold three to four times faster than 2017–2023 did.",
    status: "open",
    evidence: "A forecast about the pace of a field; our sources do not measure it.",
    cite: [],
  },
];
