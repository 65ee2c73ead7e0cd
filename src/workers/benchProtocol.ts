import type { BenchKernel, BenchShape } from "../models";

/* Messages between the Benchmark page and its worker. Like protocol.ts, every answer echoes its
   request's id; progress carries each measured point, so the plot fills in as the run goes. */

export interface BenchInput {
  lengths: number[];
  kernels: BenchKernel[];
  /** Timed runs per point (fewer when one run is slow). */
  repeats: number;
  /** Attention stops after the first length that takes longer than this. */
  attentionCapMs: number;
  /** Attention skips lengths whose L×L matrix would exceed this many bytes. */
  attentionMaxBytes: number;
  shape: BenchShape;
}

export interface BenchMeasurement {
  kernel: BenchKernel;
  L: number;
  /** Median of the timed runs, ms. */
  ms: number;
  runs: number;
}

export interface BenchSkip {
  kernel: BenchKernel;
  L: number;
  reason: "time cap" | "memory cap";
}

export interface BenchOutput {
  points: BenchMeasurement[];
  skipped: BenchSkip[];
}

export type BenchRequest = { id: number; kind: "bench"; input: BenchInput };

export type BenchMessage =
  | {
      id: number;
      kind: "progress";
      done: number;
      total: number;
      point: BenchMeasurement | BenchSkip;
    }
  | { id: number; kind: "result"; ok: true; output: BenchOutput }
  | { id: number; kind: "result"; ok: false; error: string };
