/**
 * The architecture timeline of chapter 1 (EPISODE Ch. 1 "Toy"): 2017 to 2024, one entry per model
 * the episode's timeline names, each with a one-line fact in our own words from FACTS.md §2–§4 and
 * the source it comes from. Dates: the day where FACTS gives one, else the month of the arXiv id
 * (FACTS §3 reads 1706 as June 2017 the same way).
 */
import type { SourceId } from "../../content/sources";
import type { TimelineDate } from "../../viz/archtimeline/archTimelineLayout";
import type { TimelineKind } from "../../viz/archtimeline/ArchTimeline";

export const TIMELINE_ROWS = [
  { id: "attn", label: "Attention", kind: "attn" },
  { id: "ssm", label: "State space models", kind: "ssm" },
  { id: "other", label: "Convolution and retention", kind: "other" },
  { id: "hybrid", label: "Hybrids", kind: "hybrid" },
] as const satisfies readonly { id: string; label: string; kind: TimelineKind }[];

export type TimelineRowId = (typeof TIMELINE_ROWS)[number]["id"];

export interface ArchitectureEntry {
  id: string;
  /** Full name, for the card and screen readers. */
  name: string;
  /** Short text beside the marker. */
  label: string;
  date: TimelineDate;
  /** The arXiv id, when the entry is a paper there. */
  arxiv?: string;
  /** Where the date comes from when it is not the arXiv id's month. */
  dateNote?: string;
  row: TimelineRowId;
  /** One line, our words, numbers only from FACTS.md. */
  fact: string;
  cites: readonly { source: SourceId; where?: string }[];
}

export const ENTRY_IDS = [
  "transformer",
  "hippo",
  "lssl",
  "s4",
  "s4d",
  "h3",
  "hyena",
  "bst",
  "retnet",
  "mamba",
  "stripedhyena",
  "jamba",
  "mamba2",
  "nvidia-hybrid",
] as const;

export type EntryId = (typeof ENTRY_IDS)[number];

export const ENTRIES: readonly (ArchitectureEntry & { id: EntryId })[] = [
  {
    id: "transformer",
    name: "Transformer",
    label: "Transformer",
    date: { year: 2017, month: 6, day: 12 },
    arxiv: "1706.03762",
    row: "attn",
    fact: "An architecture built on attention alone, with no recurrence and no convolution.",
    cites: [{ source: "transformer", where: "abstract" }],
  },
  {
    id: "hippo",
    name: "HiPPO",
    label: "HiPPO",
    date: { year: 2020, month: 8 },
    arxiv: "2008.07669",
    row: "ssm",
    fact: "Keeps a running summary of a signal's whole history as N coefficients of orthogonal polynomials, updated online: the memory idea under S4.",
    cites: [{ source: "hippo" }],
  },
  {
    id: "lssl",
    name: "LSSL (Linear State-Space Layer)",
    label: "LSSL",
    date: { year: 2021, month: 10 },
    arxiv: "2110.13985",
    row: "ssm",
    fact: "The first full trainable state space layer, with a learned step size Δ and both a recurrent and a convolutional view, but slow and memory-hungry. With the HiPPO matrix in place of a random A, sequential MNIST rose from 60% to 98%.",
    cites: [{ source: "lssl" }, { source: "s4", where: "§2.2" }],
  },
  {
    id: "s4",
    name: "S4 (Structured State Space)",
    label: "S4",
    date: { year: 2021, month: 11 },
    arxiv: "2111.00396",
    row: "ssm",
    fact: "A structured parameterisation made the layer practical: up to 30× faster and 400× less memory than LSSL, and it solved the Long Range Arena's Path-X, where every Transformer variant failed.",
    cites: [
      { source: "s4", where: "§1" },
      { source: "s4", where: "Table 4" },
    ],
  },
  {
    id: "s4d",
    name: "DSS and S4D (diagonal state spaces)",
    label: "S4D",
    date: { year: 2022, month: 6 },
    arxiv: "2206.11893",
    dateNote: "S4D's arXiv month; DSS (2203.14343) came in March 2022",
    row: "ssm",
    fact: "A diagonal A performs on par with S4 and is simpler (DSS); S4D gave it simple initialisations such as S4D-Real.",
    cites: [{ source: "dss" }, { source: "s4d" }],
  },
  {
    id: "h3",
    name: "H3 (Hungry Hungry Hippos)",
    label: "H3",
    date: { year: 2022, month: 12 },
    arxiv: "2212.14052",
    row: "ssm",
    fact: "Diagnosed why SSMs lagged at language: they could not recall earlier tokens or compare tokens. A 125M hybrid that kept two attention layers beat Transformers by 1.0 perplexity.",
    cites: [{ source: "h3", where: "abstract" }],
  },
  {
    id: "hyena",
    name: "Hyena",
    label: "Hyena",
    date: { year: 2023, month: 2 },
    arxiv: "2302.10866",
    row: "other",
    fact: "Replaced H3's SSM with long implicit convolutions and gating; matched Transformer quality on the Pile at 335M parameters with 20% fewer training FLOPs at length 2K.",
    cites: [{ source: "hyena", where: "abstract" }],
  },
  {
    id: "bst",
    name: "Block-State Transformer",
    label: "BST",
    date: { year: 2023, month: 6, day: 15 },
    arxiv: "2306.09539",
    row: "hybrid",
    fact: "A hybrid layer: an SSM sublayer for long-range context beside a block Transformer sublayer for the short term, over 10× faster at the layer level than the Block-Recurrent Transformer. Its SSM is not selective.",
    cites: [{ source: "bst", where: "abstract" }],
  },
  {
    id: "retnet",
    name: "RetNet (Retentive Network)",
    label: "RetNet",
    date: { year: 2023, month: 7 },
    arxiv: "2307.08621",
    row: "other",
    fact: "From Microsoft Research and Tsinghua University: retention, with parallel, recurrent and chunkwise forms and a fixed decay. A 7B model at 8K context decoded 8.4× faster with 70% less memory than a Transformer.",
    cites: [{ source: "retnet", where: "§1" }],
  },
  {
    id: "mamba",
    name: "Mamba",
    label: "Mamba",
    date: { year: 2023, month: 12, day: 1 },
    arxiv: "2312.00752",
    row: "ssm",
    fact: "Lets the SSM's parameters depend on the input (selection) and computes it with a hardware-aware scan: linear in sequence length, 5× higher throughput than Transformers, and Mamba-3B matches Transformers twice its size.",
    cites: [{ source: "mamba", where: "abstract" }],
  },
  {
    id: "stripedhyena",
    name: "StripedHyena-7B",
    label: "StripedHyena",
    date: { year: 2023, month: 12, day: 8 },
    dateNote: "Together AI blog post",
    row: "hybrid",
    fact: "Together AI's hybrid of grouped-query attention and gated Hyena convolutions, competitive with Llama-2, Yi and Mistral 7B; they report that mixtures of layer types beat homogeneous architectures at a fixed compute budget.",
    cites: [{ source: "stripedhyena", where: "“Hybridization”" }],
  },
  {
    id: "jamba",
    name: "Jamba",
    label: "Jamba",
    date: { year: 2024, month: 3 },
    arxiv: "2403.19887",
    row: "hybrid",
    fact: "AI21 interleaves Transformer and Mamba layers, one attention layer to seven Mamba, with mixture-of-experts: 12B active of 52B parameters and a 256K-token context on one 80 GB GPU.",
    cites: [{ source: "jamba", where: "abstract" }],
  },
  {
    id: "mamba2",
    name: "Mamba-2 (state space duality)",
    label: "Mamba-2",
    date: { year: 2024, month: 5 },
    arxiv: "2405.21060",
    row: "ssm",
    fact: "SSMs and a masked form of attention turn out to be two views of one matrix. The SSD kernel is 2–8× faster than Mamba's scan and allows at least 8× larger states.",
    cites: [{ source: "mamba2", where: "§1" }],
  },
  {
    id: "nvidia-hybrid",
    name: "NVIDIA's 8B Mamba-2-Hybrid",
    label: "8B hybrid",
    date: { year: 2024, month: 6 },
    arxiv: "2406.07887",
    row: "hybrid",
    fact: "An 8B hybrid of 43% Mamba-2, 7% attention and 50% MLP layers beat an 8B Transformer on all 12 standard tasks (+2.65 on average) and is predicted to generate up to 8× faster.",
    cites: [{ source: "nvidia-hybrid", where: "abstract" }],
  },
];

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "12 June 2017", or "August 2020" when only the month is known. */
export function formatDate({ year, month, day }: TimelineDate): string {
  return `${day !== undefined ? `${day} ` : ""}${MONTHS[month - 1]} ${year}`;
}

export function entryById(id: string): (typeof ENTRIES)[number] | undefined {
  return ENTRIES.find((e) => e.id === id);
}
