// The chapters and extra pages of the explainer (CONTRACT.md, "Pages and URLs").
// The 14 chapter ids map one to one, in order, to the 14 chapters of EPISODE.md
// (EPISODE Ch. 1 → `beyond-transformers`, …, Ch. 5 → `the-state`, Ch. 6 → `lti-bargain`, …,
// Ch. 14 → `transformer-era`). Titles and summaries are our own words.

export const CHAPTER_IDS = [
  "beyond-transformers",
  "rainbow-test",
  "input-dependence",
  "price-of-attention",
  "the-state",
  "lti-bargain",
  "selection",
  "making-it-fast",
  "results",
  "length-wall",
  "what-the-state-forgets",
  "remixing",
  "portable-state",
  "transformer-era",
] as const;

export type ChapterId = (typeof CHAPTER_IDS)[number];

export interface ChapterInfo {
  readonly id: ChapterId;
  /** 1–14, the chapter's position (and EPISODE.md's chapter number). */
  readonly number: number;
  /** Short, reader-facing. */
  readonly title: string;
  /** One line, reader-facing. */
  readonly summary: string;
}

const CHAPTER_TEXT: Record<ChapterId, { title: string; summary: string }> = {
  "beyond-transformers": {
    title: "Beyond the Transformer",
    summary:
      "Since 2017 one architecture has done nearly everything. Selective state space models are the first challenger worth a serious look.",
  },
  "rainbow-test": {
    title: "The rainbow test",
    summary:
      "One short word, a whole world of meaning: what thinking does with context, and which of those abilities Transformers already have.",
  },
  "input-dependence": {
    title: "When the input shapes the machine",
    summary:
      "Fixed weights treat every input alike. Attention lets the input change the computation itself, and Mamba brings a cheaper form of that idea to SSMs.",
  },
  "price-of-attention": {
    title: "The price of attention",
    summary:
      "Attention's cost grows with the square of the context and its memory with every token, and outside the window the model remembers nothing.",
  },
  "the-state": {
    title: "Enter the state",
    summary:
      "A fixed-size state that changes at every step but never grows, and HiPPO's way of packing a long history into a few numbers.",
  },
  "lti-bargain": {
    title: "The time-invariant bargain",
    summary:
      "Before Mamba, SSMs treated every input the same way, which let them train as a convolution and generate as a recurrence.",
  },
  selection: {
    title: "Selection",
    summary:
      "Letting Δ, B and C depend on the input lets the model choose what to keep, at the price of the convolutional shortcut.",
  },
  "making-it-fast": {
    title: "Making it fast",
    summary:
      "Kernel fusion, a parallel scan and recomputation keep the expanded state in fast on-chip memory, so selection stays practical on a GPU.",
  },
  results: {
    title: "The results",
    summary:
      "Matching strong Transformers on language at small scale, improving with length on DNA, and generating several times faster with large batches.",
  },
  "length-wall": {
    title: "The length wall",
    summary:
      "A chat model that loses the thread after a few thousand tokens: being able to carry memory forward is not the same as having learned to.",
  },
  "what-the-state-forgets": {
    title: "What the state forgets",
    summary:
      "The state is the only carrier of context, so whatever it drops is gone for good. Recall and copying are where fixed states struggle.",
  },
  remixing: {
    title: "Sculpting memory, remixing architectures",
    summary:
      "Data that teaches states what to keep, hybrids of attention and SSM layers, and state size as a new axis to scale.",
  },
  "portable-state": {
    title: "A portable state",
    summary:
      "A state can be saved, restored and forked. Some of the applications this suggests exist today; others are forecasts.",
  },
  "transformer-era": {
    title: "The end of the Transformer era",
    summary:
      "The speaker's verdict: not the end of Transformers, but of the years when one repeated block was all anyone built with.",
  },
};

export const CHAPTERS: readonly ChapterInfo[] = CHAPTER_IDS.map((id, i) => ({
  id,
  number: i + 1,
  ...CHAPTER_TEXT[id],
}));

export const PAGE_IDS = [
  "playground",
  "verified",
  "benchmark",
  "fact-checks",
  "references",
  "about",
] as const;

export type PageId = (typeof PAGE_IDS)[number];

export interface PageInfo {
  readonly id: PageId;
  readonly title: string;
  readonly summary: string;
}

const PAGE_TEXT: Record<PageId, { title: string; summary: string }> = {
  playground: {
    title: "Playground",
    summary: "Run a selective state space model on your own text, signals and tasks.",
  },
  verified: {
    title: "Verified",
    summary: "How the explainer's maths is checked against reference vectors, case by case.",
  },
  benchmark: {
    title: "Benchmark",
    summary: "Time the scans and attention in your own browser.",
  },
  "fact-checks": {
    title: "Fact checks",
    summary: "Every correction and nuance to the episode's claims, with its sources.",
  },
  references: {
    title: "References",
    summary: "The papers, documents and code the explainer cites.",
  },
  about: {
    title: "About",
    summary: "What this explainer is, where its content comes from, and how it was built.",
  },
};

export const PAGES: readonly PageInfo[] = PAGE_IDS.map((id) => ({ id, ...PAGE_TEXT[id] }));

const chapterSet: ReadonlySet<string> = new Set(CHAPTER_IDS);
const pageSet: ReadonlySet<string> = new Set(PAGE_IDS);

export function isChapterId(s: string): s is ChapterId {
  return chapterSet.has(s);
}

export function isPageId(s: string): s is PageId {
  return pageSet.has(s);
}

export function chapterInfo(id: ChapterId): ChapterInfo {
  return CHAPTERS[CHAPTER_IDS.indexOf(id)];
}

export function pageInfo(id: PageId): PageInfo {
  return PAGES[PAGE_IDS.indexOf(id)];
}
