/**
 * The length sweeps: the verified selective scan, the parallel (Blelloch) scan, naive causal
 * attention and the HiPPO-LegS update, each over at least six lengths spanning at least 16×. The
 * first three are the in-page benchmark's own workloads (`makeBenchCase`, D = N = 16, d = 16), so
 * the committed reference and the reader's run are comparable.
 */
import {
  createHippoStepper,
  hippoTestSignal,
  makeBenchCase,
  type BenchKernel,
} from "../../src/models";
import { pow2 } from "../harness";

export type SweepKernel = BenchKernel | "hippo-legs";

export interface SweepSpec {
  kernel: SweepKernel;
  label: string;
  /** The slope of log time against log L that theory expects. */
  expectedSlope: number;
  lengths: number[];
  /**
   * Time cap per point, ms: the sweep stops before a length whose predicted time (the last point
   * scaled by the expected slope) exceeds it, and after any point that exceeds it.
   */
  capMs?: number;
  /** Skip lengths whose arrays would exceed this many bytes. */
  maxBytes?: number;
  /** Builds the case at length L: allocation outside the timed call. */
  make: (L: number) => { run: () => number; bytes: number };
}

/** HiPPO-LegS with N = 16 (the-state/hippo's default), L samples, one step per sample: O(L·N²). */
function hippoCase(L: number, N = 16) {
  const signal = hippoTestSignal(L);
  return {
    bytes: 8 * (L + 4 * N * N),
    run: () => {
      const s = createHippoStepper({ measure: "legs", N });
      let c0 = 0;
      for (let j = 0; j < L; j++) c0 = s.step(signal[j])[0];
      return c0;
    },
  };
}

export function sweepSpecs(quick: boolean): SweepSpec[] {
  const scanLengths = quick ? pow2(8, 13) : pow2(8, 16);
  return [
    {
      kernel: "selective-scan",
      label: "Selective scan (verified, D = 16, N = 16, B and C per step)",
      expectedSlope: 1,
      lengths: scanLengths,
      make: (L) => makeBenchCase("selective-scan", L),
    },
    {
      kernel: "parallel-scan",
      label: "Parallel scan (Blelloch, 16 sequences of length L)",
      expectedSlope: 1,
      lengths: scanLengths,
      make: (L) => makeBenchCase("parallel-scan", L),
    },
    {
      kernel: "attention",
      label: "Naive causal attention (L×L weights, d = 16)",
      expectedSlope: 2,
      lengths: quick ? pow2(4, 11) : pow2(4, 14),
      capMs: 2000,
      maxBytes: 6e8,
      make: (L) => makeBenchCase("attention", L),
    },
    {
      kernel: "hippo-legs",
      label: "HiPPO-LegS update (N = 16, bilinear, one step per sample)",
      expectedSlope: 1,
      lengths: scanLengths,
      make: (L) => hippoCase(L),
    },
  ];
}
