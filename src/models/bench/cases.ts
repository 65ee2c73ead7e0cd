import { causalAttention } from "../attention/causal";
import { createRng } from "../core/rng";
import { blellochScan } from "../scan/blelloch";
import { selectiveScan } from "../ssm/selectiveScan";

/* The workloads the in-page benchmark times (DESIGNS.md §j, `page/benchmark`). Building a case
   allocates its inputs once; calling `run` does only the measured work and returns a number that
   depends on the result, so no engine can skip it. */

export type BenchKernel = "selective-scan" | "parallel-scan" | "attention";

export const BENCH_KERNELS: readonly BenchKernel[] = [
  "selective-scan",
  "parallel-scan",
  "attention",
];

export interface BenchCase {
  kernel: BenchKernel;
  L: number;
  /** Bytes the case's arrays hold, for the memory cap. */
  bytes: number;
  run: () => number;
}

/** Bytes naive attention allocates at length L: the L×L weight matrix dominates. */
export function attentionBytes(L: number, d = 16): number {
  return 8 * (L * L + 4 * L * d);
}

/** The verified selective scan, D channels × N states, variable B and C, S4D-Real A. */
function selectiveCase(L: number, D: number, N: number, seed: number): BenchCase {
  const rng = createRng(seed);
  const fill = (n: number, f: () => number) => Float64Array.from({ length: n }, f);
  const u = fill(D * L, () => rng.normal());
  const delta = fill(D * L, () => 0.01 + 0.1 * rng.next());
  const A = Float64Array.from({ length: D * N }, (_, i) => -((i % N) + 1));
  const B = fill(N * L, () => rng.normal());
  const C = fill(N * L, () => rng.normal());
  return {
    kernel: "selective-scan",
    L,
    bytes: 8 * (3 * D * L + 2 * N * L + D * N),
    run: () => {
      const { out } = selectiveScan({
        batch: 1,
        dim: D,
        dstate: N,
        length: L,
        u,
        delta,
        A,
        B: { kind: "perStep", values: B },
        C: { kind: "perStep", values: C },
      });
      return out[out.length - 1];
    },
  };
}

/** The work-efficient parallel scan of h_t = a_t h_{t−1} + b_t over D·N independent sequences. */
function parallelCase(L: number, channels: number, seed: number): BenchCase {
  const rng = createRng(seed);
  const a = Float64Array.from({ length: L }, () => 0.5 + 0.5 * rng.next());
  const b = Float64Array.from({ length: L }, () => rng.normal());
  return {
    kernel: "parallel-scan",
    L,
    bytes: 8 * 6 * L,
    run: () => {
      let acc = 0;
      for (let c = 0; c < channels; c++) acc += blellochScan(a, b, { recordLevels: false }).total.b;
      return acc;
    },
  };
}

/** Naive causal softmax attention with head size d: the full L×L matrix. */
function attentionCase(L: number, d: number, seed: number): BenchCase {
  const rng = createRng(seed);
  const fill = () => Float64Array.from({ length: L * d }, () => rng.normal());
  const q = fill();
  const k = fill();
  const v = fill();
  return {
    kernel: "attention",
    L,
    bytes: attentionBytes(L, d),
    run: () => causalAttention({ q, k, v, L, dk: d, dv: d }).output[L * d - 1],
  };
}

export interface BenchShape {
  D: number;
  N: number;
  /** Attention head size. */
  d: number;
}

export const DEFAULT_BENCH_SHAPE: BenchShape = { D: 16, N: 16, d: 16 };

export function makeBenchCase(
  kernel: BenchKernel,
  L: number,
  shape = DEFAULT_BENCH_SHAPE,
  seed = 1,
): BenchCase {
  switch (kernel) {
    case "selective-scan":
      return selectiveCase(L, shape.D, shape.N, seed);
    case "parallel-scan":
      return parallelCase(L, Math.max(1, Math.round((shape.D * shape.N) / 16)), seed);
    case "attention":
      return attentionCase(L, shape.d, seed);
  }
}
