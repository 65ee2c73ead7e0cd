import {
  BENCH_KERNELS,
  fitUpperHalf,
  crossoverLength,
  type BenchKernel,
  type LogLogFit,
} from "../../models";
import { SIZES } from "../../sizes";
import type { BenchInput, BenchMeasurement } from "../../workers/benchProtocol";

const SIZE = SIZES["page/benchmark"];

/** Powers of two from 2^lo to 2^hi. */
const pow2 = (lo: number, hi: number) =>
  Array.from({ length: hi - lo + 1 }, (_, i) => 2 ** (lo + i));

/** DESIGNS.md §j: nine lengths 2^8 … 2^16 for both scans; attention until a point takes over 2 s. */
export const FULL_RUN: BenchInput = {
  lengths: pow2(Math.log2(SIZE.L.min), Math.log2(SIZE.L.max)),
  kernels: [...BENCH_KERNELS],
  repeats: 5,
  attentionCapMs: 2000,
  // The L×L matrix of float64s: 2^12 is 134 MB, 2^13 would be 537 MB.
  attentionMaxBytes: 2.5e8,
  shape: { D: SIZE.D.default, N: SIZE.N.default, d: 16 },
};

/** Six lengths spanning 32×, a few seconds on a phone. */
export const QUICK_RUN: BenchInput = { ...FULL_RUN, lengths: pow2(6, 11), repeats: 5 };

export const KERNEL_LABEL: Record<BenchKernel, string> = {
  "selective-scan": "Selective scan (sequential, D = 16, N = 16)",
  "parallel-scan": "Parallel scan (Blelloch, 16 sequences)",
  attention: "Naive attention (L×L matrix, d = 16)",
};

export const EXPECTED_SLOPE: Record<BenchKernel, number> = {
  "selective-scan": 1,
  "parallel-scan": 1,
  attention: 2,
};

export interface BenchSummary {
  fits: Record<BenchKernel, LogLogFit>;
  /** Length where attention's fitted line overtakes the selective scan's (NaN if they do not cross). */
  crossoverL: number;
}

export function summarise(points: readonly BenchMeasurement[]): BenchSummary {
  const fits = Object.fromEntries(
    BENCH_KERNELS.map((k) => [k, fitUpperHalf(points.filter((p) => p.kernel === k))]),
  ) as Record<BenchKernel, LogLogFit>;
  return { fits, crossoverL: crossoverLength(fits.attention, fits["selective-scan"]) };
}

export interface ReferencePoint {
  kernel: BenchKernel;
  L: number;
  ms: number;
}

const isKernel = (k: unknown): k is BenchKernel => BENCH_KERNELS.includes(k as BenchKernel);

/**
 * Reads the committed 2-core reference run (`public/bench/reference-2core.json`), keeping the
 * Chromium figures for the kernels this page times. Unknown shapes give no points, never a throw.
 */
export function parseReference(json: unknown): { points: ReferencePoint[]; machine: string } {
  const out: ReferencePoint[] = [];
  const root = (json ?? {}) as Record<string, unknown>;
  const machine = typeof root.machine === "string" ? root.machine : "a 2-core reference machine";
  const visit = (v: unknown, env: string | null) => {
    if (Array.isArray(v)) {
      v.forEach((x) => visit(x, env));
      return;
    }
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    const here =
      typeof o.env === "string" ? o.env : typeof o.runtime === "string" ? o.runtime : env;
    const kernel = o.kernel ?? o.case ?? o.name;
    const L = o.L ?? o.length;
    const ms = o.ms ?? o.medianMs ?? o.median_ms;
    if (
      isKernel(kernel) &&
      typeof L === "number" &&
      typeof ms === "number" &&
      (here === null || /chrom/i.test(here))
    ) {
      out.push({ kernel, L, ms });
      return;
    }
    for (const [key, child] of Object.entries(o))
      visit(child, /chrom/i.test(key) ? "chromium" : /node/i.test(key) ? "node" : here);
  };
  visit(root, null);
  return { points: out, machine };
}
