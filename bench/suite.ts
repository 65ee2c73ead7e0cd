/**
 * One environment's timing run (Node or Chromium): the plain reference loop, the length sweeps
 * with their fitted slopes, and the figures' speed rule. Runs unchanged in both (it only needs
 * `performance.now`), so the browser bundle is this file and its imports.
 */
import { fitUpperHalf, type LogLogFit } from "../src/models";
import { figureCases, type SizeLevel, type Where } from "./cases/figures";
import { sweepSpecs, type SweepKernel } from "./cases/kernels";
import { plainScanLoop, REFERENCE_SHAPE } from "./cases/reference";
import { timeIt, type Timing } from "./harness";

export interface SuiteOptions {
  /** Fewer lengths and repeats (a smoke run). */
  quick?: boolean;
  /** Only these sweeps / figures (default: all). */
  kernels?: SweepKernel[];
  skipFigures?: boolean;
}

export interface SweepPoint {
  kernel: SweepKernel;
  L: number;
  /** Median ms of one call. */
  ms: number;
  minMs: number;
  maxMs: number;
  repeats: number;
  inner: number;
  /** ms / the plain reference loop's ms in the same run. */
  ratio: number;
}

export interface SlopeFit {
  /** Fitted slope of log time against log L over the upper half of the lengths. */
  slope: number;
  /** 95% interval (Student's t, n − 2 degrees of freedom). */
  lo: number;
  hi: number;
  halfWidth95: number;
  /** Points in the fit and their lengths. */
  n: number;
  lengths: number[];
}

export interface SweepResult {
  kernel: SweepKernel;
  label: string;
  expectedSlope: number;
  points: SweepPoint[];
  slope: SlopeFit;
  /** Why the sweep ended before its last length, if it did. */
  stopped?: string;
}

export interface FigureTiming {
  figureId: string;
  what: string;
  where: Where;
  level: SizeLevel;
  sizes: Record<string, number | string>;
  ms: number;
  minMs: number;
  maxMs: number;
  ratio: number;
  /** The speed rule's budget at this level: 16 ms at default, 50 ms at max (main thread only). */
  budgetMs: number | null;
  overBudget: boolean | null;
}

export interface SuiteResult {
  reference: {
    kernel: "plain-loop";
    what: string;
    L: number;
    D: number;
    N: number;
    ms: number;
    minMs: number;
    maxMs: number;
    nsPerUpdate: number;
  };
  sweeps: SweepResult[];
  figures: FigureTiming[];
  totalSeconds: number;
}

type Log = (line: string) => void;

function slopeOf(points: SweepPoint[]): SlopeFit {
  const fit: LogLogFit = fitUpperHalf(points.map((p) => ({ L: p.L, ms: p.ms })));
  const sorted = [...points].sort((a, b) => a.L - b.L);
  const used = sorted.slice(Math.floor(sorted.length / 2)).map((p) => p.L);
  return {
    slope: fit.slope,
    lo: fit.slope - fit.slopeHalfWidth95,
    hi: fit.slope + fit.slopeHalfWidth95,
    halfWidth95: fit.slopeHalfWidth95,
    n: fit.n,
    lengths: used,
  };
}

/** Runs the whole suite; `log` receives one progress line per measurement. */
export function runSuite(opts: SuiteOptions = {}, log: Log = () => {}): SuiteResult {
  const start = performance.now();
  const quick = opts.quick === true;
  const repeats = quick ? 3 : 7;
  const { L, D, N } = REFERENCE_SHAPE;
  const ref: Timing = timeIt(plainScanLoop(L, D, N), { repeats: quick ? 3 : 9 });
  const refMs = ref.medianMs;
  log(`reference loop L=${L} D=${D} N=${N}: ${refMs.toFixed(2)} ms`);

  const sweeps: SweepResult[] = [];
  for (const spec of sweepSpecs(quick)) {
    if (opts.kernels && !opts.kernels.includes(spec.kernel)) continue;
    const points: SweepPoint[] = [];
    let stopped: string | undefined;
    for (const len of spec.lengths) {
      const c = spec.make(len);
      if (spec.maxBytes && c.bytes > spec.maxBytes) {
        stopped = `L = ${len} needs ${(c.bytes / 1e6).toFixed(0)} MB > ${spec.maxBytes / 1e6} MB`;
        break;
      }
      // Slow points get fewer samples: a single call over 0.5 s is already well resolved.
      const t0 = performance.now();
      c.run();
      const once = performance.now() - t0;
      const t = timeIt(c.run, { repeats: once > 500 ? Math.min(3, repeats) : repeats });
      points.push({
        kernel: spec.kernel,
        L: len,
        ms: t.medianMs,
        minMs: t.minMs,
        maxMs: t.maxMs,
        repeats: t.samples.length,
        inner: t.inner,
        ratio: t.medianMs / refMs,
      });
      log(`${spec.kernel} L=${len}: ${t.medianMs.toFixed(3)} ms`);
      if (spec.capMs && t.medianMs > spec.capMs) {
        stopped = `L = ${len} took ${t.medianMs.toFixed(0)} ms > ${spec.capMs} ms`;
        break;
      }
    }
    sweeps.push({
      kernel: spec.kernel,
      label: spec.label,
      expectedSlope: spec.expectedSlope,
      points,
      slope: slopeOf(points),
      stopped,
    });
  }

  const figures: FigureTiming[] = [];
  if (!opts.skipFigures) {
    for (const fc of figureCases()) {
      for (const level of ["default", "max"] as const) {
        const c = fc.make(level);
        const t0 = performance.now();
        c.run();
        const once = performance.now() - t0;
        const t = timeIt(c.run, { repeats: once > 500 ? Math.min(3, repeats) : repeats });
        const where = fc.where[level];
        const budgetMs = where === "main" ? (level === "default" ? 16 : 50) : null;
        figures.push({
          figureId: fc.figureId,
          what: fc.what,
          where,
          level,
          sizes: c.sizes,
          ms: t.medianMs,
          minMs: t.minMs,
          maxMs: t.maxMs,
          ratio: t.medianMs / refMs,
          budgetMs,
          overBudget: budgetMs === null ? null : t.medianMs > budgetMs,
        });
        log(`${fc.figureId} [${where}] ${level}: ${t.medianMs.toFixed(3)} ms`);
      }
    }
  }

  return {
    reference: {
      kernel: "plain-loop",
      what: "the selective-scan recurrence as a plain triple loop, one exp per update",
      L,
      D,
      N,
      ms: refMs,
      minMs: ref.minMs,
      maxMs: ref.maxMs,
      nsPerUpdate: (refMs * 1e6) / (L * D * N),
    },
    sweeps,
    figures,
    totalSeconds: (performance.now() - start) / 1000,
  };
}
