/**
 * One environment's timing run (Node or Chromium): the plain reference loop, the length sweeps
 * with their fitted slopes, and the figures' speed rule. Runs unchanged in both (it only needs
 * `performance.now`), so the browser bundle is this file and its imports.
 */
import { fitUpperHalf, type LogLogFit } from "../src/models";
import { figureCases, type SizeLevel, type Where } from "./cases/figures";
import { sweepSpecs, type SweepKernel } from "./cases/kernels";
import { plainScanLoop, REFERENCE_SHAPE } from "./cases/reference";
import { calibrate, median, timeInterleaved, timeIt, type Timing } from "./harness";

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
  // The reference loop is timed before and after everything else; its figure is the median of both.
  const refRun = plainScanLoop(L, D, N);
  const refBefore: Timing = timeIt(refRun, { repeats: quick ? 3 : 9 });
  log(`reference loop L=${L} D=${D} N=${N}: ${refBefore.medianMs.toFixed(2)} ms`);

  // Sweeps: calibrate each length in order (warm-up, calls per sample, the time cap), then sample
  // every length of the sweep in interleaved rounds.
  const sweeps: SweepResult[] = [];
  for (const spec of sweepSpecs(quick)) {
    if (opts.kernels && !opts.kernels.includes(spec.kernel)) continue;
    const cases: { L: number; run: () => number; inner: number; perCallMs: number }[] = [];
    let stopped: string | undefined;
    for (const len of spec.lengths) {
      const last = cases[cases.length - 1];
      if (spec.capMs && last) {
        const predicted = last.perCallMs * (len / last.L) ** spec.expectedSlope;
        if (predicted > spec.capMs) {
          stopped = `L = ${len} would take about ${predicted.toFixed(0)} ms > ${spec.capMs} ms`;
          break;
        }
      }
      const c = spec.make(len);
      if (spec.maxBytes && c.bytes > spec.maxBytes) {
        stopped = `L = ${len} needs ${(c.bytes / 1e6).toFixed(0)} MB > ${spec.maxBytes / 1e6} MB`;
        break;
      }
      cases.push({ L: len, run: c.run, ...calibrate(c.run) });
      if (spec.capMs && cases[cases.length - 1].perCallMs > spec.capMs) {
        stopped = `L = ${len} took over ${spec.capMs} ms`;
        break;
      }
    }
    const timings = timeInterleaved(cases, { repeats });
    const points: SweepPoint[] = cases.map((c, i) => ({
      kernel: spec.kernel,
      L: c.L,
      ms: timings[i].medianMs,
      minMs: timings[i].minMs,
      maxMs: timings[i].maxMs,
      repeats: timings[i].samples.length,
      inner: timings[i].inner,
      ratio: NaN, // set below, once the reference is final
    }));
    for (const p of points) log(`${spec.kernel} L=${p.L}: ${p.ms.toFixed(3)} ms`);
    sweeps.push({
      kernel: spec.kernel,
      label: spec.label,
      expectedSlope: spec.expectedSlope,
      points,
      slope: slopeOf(points),
      stopped,
    });
  }

  // Figures: every (figure, level) case built and calibrated, then sampled in interleaved rounds.
  const figures: FigureTiming[] = [];
  if (!opts.skipFigures) {
    const built = figureCases().flatMap((fc) =>
      (["default", "max"] as const).map((level) => {
        const c = fc.make(level);
        return { fc, level, sizes: c.sizes, run: c.run, ...calibrate(c.run) };
      }),
    );
    const timings = timeInterleaved(built, { repeats });
    built.forEach(({ fc, level, sizes }, i) => {
      const t = timings[i];
      const where = fc.where[level];
      const budgetMs = where === "main" ? (level === "default" ? 16 : 50) : null;
      figures.push({
        figureId: fc.figureId,
        what: fc.what,
        where,
        level,
        sizes,
        ms: t.medianMs,
        minMs: t.minMs,
        maxMs: t.maxMs,
        ratio: NaN, // set below
        budgetMs,
        overBudget: budgetMs === null ? null : t.medianMs > budgetMs,
      });
      log(`${fc.figureId} [${where}] ${level}: ${t.medianMs.toFixed(3)} ms`);
    });
  }

  const refAfter: Timing = timeIt(refRun, { repeats: quick ? 3 : 9 });
  const refSamples = [...refBefore.samples, ...refAfter.samples];
  const refMs = median(refSamples);
  log(
    `reference loop again: ${refAfter.medianMs.toFixed(2)} ms; both runs: ${refMs.toFixed(2)} ms`,
  );
  for (const sw of sweeps) for (const p of sw.points) p.ratio = p.ms / refMs;
  for (const f of figures) f.ratio = f.ms / refMs;
  return {
    reference: {
      kernel: "plain-loop",
      what: "the selective-scan recurrence as a plain triple loop, one exp per update",
      L,
      D,
      N,
      ms: refMs,
      minMs: Math.min(...refSamples),
      maxMs: Math.max(...refSamples),
      nsPerUpdate: (refMs * 1e6) / (L * D * N),
    },
    sweeps,
    figures,
    totalSeconds: (performance.now() - start) / 1000,
  };
}
