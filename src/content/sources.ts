// The citation registry (CONTRACT.md, Figures: `<Cite id>` renders these).
// Built only from sources that /work/shared/FACTS.md names. Conventions:
// - `year` is the year of first public release (for arXiv papers, the year in the arXiv id);
//   a later conference appears in `venue` only where FACTS.md states it.
// - `url` is shown as text, never fetched (the page makes no cross-origin requests).
// - Mamba's venue (COLM 2024) has secondary confirmation only (FACTS §9), so it is left out.

export interface Source {
  id: string;
  /** How a citation reads inline, e.g. "Gu & Dao 2023". */
  short: string;
  title: string;
  authors: string;
  year: number;
  venue?: string;
  /** Shown, never fetched. */
  url?: string;
}

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;

const REGISTRY = {
  // --- The Mamba line (FACTS §1–§2, §4.1) ---
  mamba: {
    id: "mamba",
    short: "Gu & Dao 2023",
    title: "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
    authors: "Albert Gu, Tri Dao",
    year: 2023,
    venue: "arXiv 2312.00752 (v2, 31 May 2024)",
    url: arxiv("2312.00752"),
  },
  "mamba-code": {
    id: "mamba-code",
    short: "state-spaces/mamba",
    title: "Mamba reference implementation and checkpoints (state-spaces/mamba)",
    authors: "Albert Gu, Tri Dao and contributors",
    year: 2023,
    venue: "GitHub repository",
    url: "https://github.com/state-spaces/mamba",
  },
  mamba2: {
    id: "mamba2",
    short: "Dao & Gu 2024",
    title:
      "Transformers are SSMs: Generalized Models and Efficient Algorithms Through Structured State Space Duality",
    authors: "Tri Dao, Albert Gu",
    year: 2024,
    venue: "ICML 2024",
    url: arxiv("2405.21060"),
  },
  // --- Lineage (FACTS §1.11–§1.13, §3) ---
  transformer: {
    id: "transformer",
    short: "Vaswani et al. 2017",
    title: "Attention Is All You Need",
    authors:
      "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz Kaiser, Illia Polosukhin",
    year: 2017,
    venue: "NIPS 2017",
    url: arxiv("1706.03762"),
  },
  hippo: {
    id: "hippo",
    short: "Gu et al. 2020",
    title: "HiPPO: Recurrent Memory with Optimal Polynomial Projections",
    authors: "Albert Gu, Tri Dao, Stefano Ermon, Atri Rudra, Christopher Ré",
    year: 2020,
    venue: "NeurIPS 2020",
    url: arxiv("2008.07669"),
  },
  "hippo-train": {
    id: "hippo-train",
    short: "Gu et al. 2022b",
    title:
      "How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections",
    authors: "Albert Gu, Isys Johnson, Aman Timalsina, Atri Rudra, Christopher Ré",
    year: 2022,
    url: arxiv("2206.12037"),
  },
  lssl: {
    id: "lssl",
    short: "Gu et al. 2021",
    title:
      "Combining Recurrent, Convolutional, and Continuous-time Models with Linear State-Space Layers",
    authors:
      "Albert Gu, Isys Johnson, Karan Goel, Khaled Saab, Tri Dao, Atri Rudra, Christopher Ré",
    year: 2021,
    venue: "NeurIPS 2021",
    url: arxiv("2110.13985"),
  },
  s4: {
    id: "s4",
    short: "Gu, Goel & Ré 2021",
    title: "Efficiently Modeling Long Sequences with Structured State Spaces",
    authors: "Albert Gu, Karan Goel, Christopher Ré",
    year: 2021,
    venue: "ICLR 2022",
    url: arxiv("2111.00396"),
  },
  "s4-code": {
    id: "s4-code",
    short: "state-spaces/s4",
    title: "S4, S4D and HiPPO reference code (state-spaces/s4)",
    authors: "Albert Gu and contributors",
    year: 2021,
    venue: "GitHub repository",
    url: "https://github.com/state-spaces/s4",
  },
  dss: {
    id: "dss",
    short: "Gupta, Gu & Berant 2022",
    title: "Diagonal State Spaces are as Effective as Structured State Spaces",
    authors: "Ankit Gupta, Albert Gu, Jonathan Berant",
    year: 2022,
    venue: "NeurIPS 2022",
    url: arxiv("2203.14343"),
  },
  s4d: {
    id: "s4d",
    short: "Gu et al. 2022a",
    title: "On the Parameterization and Initialization of Diagonal State Space Models",
    authors: "Albert Gu, Ankit Gupta, Karan Goel, Christopher Ré",
    year: 2022,
    venue: "NeurIPS 2022",
    url: arxiv("2206.11893"),
  },
  h3: {
    id: "h3",
    short: "Fu et al. 2022",
    title: "Hungry Hungry Hippos: Towards Language Modeling with State Space Models",
    authors: "Daniel Y. Fu, Tri Dao, Khaled K. Saab, Armin W. Thomas, Atri Rudra, Christopher Ré",
    year: 2022,
    venue: "ICLR 2023",
    url: arxiv("2212.14052"),
  },
  hyena: {
    id: "hyena",
    short: "Poli et al. 2023",
    title: "Hyena Hierarchy: Towards Larger Convolutional Language Models",
    authors:
      "Michael Poli, Stefano Massaroli, Eric Nguyen, Daniel Y. Fu, Tri Dao, Stephen Baccus, Yoshua Bengio, Stefano Ermon, Christopher Ré",
    year: 2023,
    url: arxiv("2302.10866"),
  },
  retnet: {
    id: "retnet",
    short: "Sun et al. 2023",
    title: "Retentive Network: A Successor to Transformer for Large Language Models",
    authors:
      "Yutao Sun, Li Dong, Shaohan Huang, Shuming Ma, Yuqing Xia, Jilong Xue, Jianyong Wang, Furu Wei",
    year: 2023,
    venue: "Microsoft Research and Tsinghua University",
    url: arxiv("2307.08621"),
  },
  bst: {
    id: "bst",
    short: "Fathi et al. 2023",
    title: "Block-State Transformers",
    authors:
      "Mahan Fathi, Jonathan Pilault, Orhan Firat, Christopher Pal, Pierre-Luc Bacon, Ross Goroshin",
    year: 2023,
    venue: "arXiv 2306.09539 (15 Jun 2023)",
    url: arxiv("2306.09539"),
  },
  stripedhyena: {
    id: "stripedhyena",
    short: "Together AI 2023",
    title:
      "Paving the way to efficient architectures: StripedHyena-7B, open source models offering a glimpse into a world beyond Transformers",
    authors: "Together AI",
    year: 2023,
    venue: "Together AI blog, 8 Dec 2023",
    url: "https://www.together.ai/blog/stripedhyena-7b",
  },
  lra: {
    id: "lra",
    short: "Tay et al. 2020",
    title: "Long Range Arena: A Benchmark for Efficient Transformers",
    authors:
      "Yi Tay, Mostafa Dehghani, Samira Abnar, Yikang Shen, Dara Bahri, Philip Pham, Jinfeng Rao, Liu Yang, Sebastian Ruder, Donald Metzler",
    year: 2020,
    url: arxiv("2011.04006"),
  },
  // --- Attention, scaling and GPUs (FACTS §1.8, §5, §6, §8) ---
  flashattention: {
    id: "flashattention",
    short: "Dao et al. 2022",
    title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
    authors: "Tri Dao, Daniel Y. Fu, Stefano Ermon, Atri Rudra, Christopher Ré",
    year: 2022,
    url: arxiv("2205.14135"),
  },
  flashattention2: {
    id: "flashattention2",
    short: "Dao 2023",
    title: "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning",
    authors: "Tri Dao",
    year: 2023,
    url: arxiv("2307.08691"),
  },
  "scaling-laws": {
    id: "scaling-laws",
    short: "Kaplan et al. 2020",
    title: "Scaling Laws for Neural Language Models",
    authors:
      "Jared Kaplan, Sam McCandlish, Tom Henighan, Tom B. Brown, Benjamin Chess, Rewon Child, Scott Gray, Alec Radford, Jeffrey Wu, Dario Amodei",
    year: 2020,
    url: arxiv("2001.08361"),
  },
  blelloch: {
    id: "blelloch",
    short: "Blelloch 1990",
    title: "Prefix Sums and Their Applications",
    authors: "Guy E. Blelloch",
    year: 1990,
    venue: "Technical Report CMU-CS-90-190, Carnegie Mellon University",
  },
  "a100-whitepaper": {
    id: "a100-whitepaper",
    short: "NVIDIA 2020",
    title: "NVIDIA A100 Tensor Core GPU Architecture",
    authors: "NVIDIA",
    year: 2020,
    venue: "Whitepaper",
  },
  "ampere-tuning": {
    id: "ampere-tuning",
    short: "NVIDIA, Ampere Tuning Guide",
    title: "NVIDIA Ampere GPU Architecture Tuning Guide",
    authors: "NVIDIA",
    year: 2020,
    venue: "CUDA Toolkit documentation",
    url: "https://docs.nvidia.com/cuda/ampere-tuning-guide/",
  },
  "cuda-guide": {
    id: "cuda-guide",
    short: "NVIDIA, CUDA C++ Programming Guide",
    title: "CUDA C++ Programming Guide",
    authors: "NVIDIA",
    // A continuously updated document; 2022 is when compute capability 9.0 (Hopper), the part
    // FACTS §6 cites, entered it.
    year: 2022,
    venue: "CUDA Toolkit documentation",
    url: "https://docs.nvidia.com/cuda/cuda-c-programming-guide/",
  },
  "hopper-in-depth": {
    id: "hopper-in-depth",
    short: "NVIDIA 2022",
    title: "NVIDIA Hopper Architecture In-Depth",
    authors: "NVIDIA",
    year: 2022,
    venue: "NVIDIA Technical Blog",
    url: "https://developer.nvidia.com/blog/nvidia-hopper-architecture-in-depth/",
  },
  "tensor-cores-cuda9": {
    id: "tensor-cores-cuda9",
    short: "NVIDIA 2017",
    title: "Programming Tensor Cores in CUDA 9",
    authors: "NVIDIA",
    year: 2017,
    venue: "NVIDIA Developer Blog",
    url: "https://developer.nvidia.com/blog/programming-tensor-cores-cuda-9/",
  },
  // --- After Mamba (FACTS §4) ---
  zoology: {
    id: "zoology",
    short: "Arora et al. 2023",
    title: "Zoology: Measuring and Improving Recall in Efficient Language Models",
    authors:
      "Simran Arora, Sabri Eyuboglu, Aman Timalsina, Isys Johnson, Michael Poli, James Zou, Atri Rudra, Christopher Ré",
    year: 2023,
    venue: "ICLR 2024",
    url: arxiv("2312.04927"),
  },
  "repeat-after-me": {
    id: "repeat-after-me",
    short: "Jelassi et al. 2024",
    title: "Repeat After Me: Transformers are Better than State Space Models at Copying",
    authors: "Samy Jelassi, David Brandfonbrener, Sham M. Kakade, Eran Malach",
    year: 2024,
    venue: "ICML 2024",
    url: arxiv("2402.01032"),
  },
  "nvidia-hybrid": {
    id: "nvidia-hybrid",
    short: "Waleffe et al. 2024",
    title: "An Empirical Study of Mamba-based Language Models",
    authors: "Roger Waleffe et al. (NVIDIA), with Tri Dao and Albert Gu",
    year: 2024,
    url: arxiv("2406.07887"),
  },
  "stuffed-mamba": {
    id: "stuffed-mamba",
    short: "Chen et al. 2024",
    title: "Stuffed Mamba: Oversized States Lead to the Inability to Forget",
    authors: "Yingfa Chen et al.",
    year: 2024,
    url: arxiv("2410.07145"),
  },
  "length-generalization": {
    id: "length-generalization",
    short: "Buitrago Ruiz & Gu 2025",
    title: "Understanding and Improving Length Generalization in Recurrent Models",
    authors: "Ricardo Buitrago Ruiz, Albert Gu",
    year: 2025,
    url: arxiv("2507.02782"),
  },
  jamba: {
    id: "jamba",
    short: "Lieber et al. 2024",
    title: "Jamba: A Hybrid Transformer-Mamba Language Model",
    authors: "Opher Lieber et al. (AI21 Labs)",
    year: 2024,
    url: arxiv("2403.19887"),
  },
  marconi: {
    id: "marconi",
    short: "Pan et al. 2024",
    title: "Marconi: Prefix Caching for the Era of Hybrid LLMs",
    authors: "Rui Pan et al.",
    year: 2024,
    url: arxiv("2411.19379"),
  },
  // --- Context numbers of the episode (FACTS §7) ---
  bert: {
    id: "bert",
    short: "Devlin et al. 2018",
    title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    authors: "Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova",
    year: 2018,
    url: arxiv("1810.04805"),
  },
  gpt3: {
    id: "gpt3",
    short: "Brown et al. 2020",
    title: "Language Models are Few-Shot Learners",
    authors: "Tom B. Brown et al. (OpenAI)",
    year: 2020,
    url: arxiv("2005.14165"),
  },
  llama2: {
    id: "llama2",
    short: "Touvron et al. 2023",
    title: "Llama 2: Open Foundation and Fine-Tuned Chat Models",
    authors: "Hugo Touvron et al. (Meta)",
    year: 2023,
    url: arxiv("2307.09288"),
  },
  ultrachat: {
    id: "ultrachat",
    short: "Ding et al. 2023",
    title: "Enhancing Chat Language Models by Scaling High-quality Instructional Conversations",
    authors: "Ning Ding et al.",
    year: 2023,
    url: arxiv("2305.14233"),
  },
  "mamba-chat": {
    id: "mamba-chat",
    short: "Haven 2023",
    title: "Mamba-Chat (model card and README)",
    authors: "Haven",
    year: 2023,
    url: "https://huggingface.co/havenhq/mamba-chat",
  },
  "claude-2-1": {
    id: "claude-2-1",
    short: "Anthropic 2023b",
    title: "Introducing Claude 2.1",
    authors: "Anthropic",
    year: 2023,
    venue: "21 Nov 2023",
    url: "https://www.anthropic.com/news/claude-2-1",
  },
  "anthropic-100k": {
    id: "anthropic-100k",
    short: "Anthropic 2023a",
    title: "Introducing 100K Context Windows",
    authors: "Anthropic",
    year: 2023,
    venue: "11 May 2023",
    url: "https://www.anthropic.com/news/100k-context-windows",
  },
  niah: {
    id: "niah",
    short: "Kamradt 2023",
    title: "Needle In A Haystack: pressure testing LLMs",
    authors: "Greg Kamradt",
    year: 2023,
    venue: "GitHub repository",
    url: "https://github.com/gkamradt/LLMTest_NeedleInAHaystack",
  },
  brysbaert: {
    id: "brysbaert",
    short: "Brysbaert 2019",
    title: "How many words do we read per minute? A review and meta-analysis of reading rate",
    authors: "Marc Brysbaert",
    year: 2019,
    venue: "Journal of Memory and Language 109, 104047",
    url: "https://doi.org/10.1016/j.jml.2019.104047",
  },
  "openai-tokens": {
    id: "openai-tokens",
    short: "OpenAI Help Center",
    title: "What are tokens and how to count them?",
    authors: "OpenAI",
    // An undated, updated help article; 2023 is the year of the version FACTS §7 reflects.
    year: 2023,
    venue: "OpenAI Help Center",
    url: "https://help.openai.com/en/articles/4936856",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof REGISTRY;

export const SOURCES: Readonly<Record<SourceId, Source>> = REGISTRY;

export const SOURCE_IDS = Object.keys(REGISTRY) as SourceId[];

export function isSourceId(s: string): s is SourceId {
  return Object.prototype.hasOwnProperty.call(REGISTRY, s);
}
