/**
 * Timing for the bench, the same in Node and in the browser (performance.now only): each figure is
 * the median of repeated samples, and a sample times enough back-to-back calls to last at least
 * `minSampleMs`, so coarse browser clocks (5–100 µs) do not matter.
 */

export interface Timing {
  /** Median time of one call over the samples, ms. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Per-call time of each sample, ms. */
  samples: number[];
  /** Calls per sample. */
  inner: number;
}

export interface TimeOptions {
  /** Samples (after one warm-up call). Default 7. */
  repeats?: number;
  /** Minimum duration of one sample, ms. Default 25. */
  minSampleMs?: number;
  /** Samples when one call takes over 0.5 s. Default 3. */
  slowRepeats?: number;
}

/** Keeps every result alive so no engine can drop the work. */
let sink = 0;
export function consume(x: number): void {
  sink += Number.isFinite(x) ? x * 1e-300 : 0;
}
export function sinkValue(): number {
  return sink;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Times `run` (which returns a number that depends on its result): calibrate, then sample. */
export function timeIt(
  run: () => number,
  { repeats = 7, minSampleMs = 25, slowRepeats = 3 }: TimeOptions = {},
): Timing {
  const c = calibrate(run, minSampleMs);
  return timeInterleaved([{ run, ...c }], { repeats, slowRepeats })[0];
}

/** Calls per sample and the time of one call, from a warm-up and a doubling calibration. */
export function calibrate(
  run: () => number,
  minSampleMs = 25,
): { inner: number; perCallMs: number } {
  consume(run());
  let inner = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) consume(run());
    const dt = performance.now() - t0;
    if (dt >= minSampleMs / 2) {
      return { inner: Math.max(1, Math.ceil((inner * minSampleMs) / dt)), perCallMs: dt / inner };
    }
    inner *= 2;
  }
}

/** One sample: `inner` back-to-back calls; returns the time per call, ms. */
export function sampleOnce(run: () => number, inner: number): number {
  const s = performance.now();
  for (let i = 0; i < inner; i++) consume(run());
  return (performance.now() - s) / inner;
}

/**
 * Times several cases with their samples interleaved: round r takes one sample of every case, so a
 * burst of load from other processes lands in one sample of many cases rather than in every sample
 * of one, and the medians shrug it off. A case whose call takes over 0.5 s gets `slowRepeats`.
 */
export function timeInterleaved(
  cases: { run: () => number; inner: number; perCallMs: number }[],
  { repeats = 7, slowRepeats = 3 }: { repeats?: number; slowRepeats?: number } = {},
): Timing[] {
  const samples: number[][] = cases.map(() => []);
  for (let r = 0; r < repeats; r++) {
    cases.forEach((c, i) => {
      const n = c.perCallMs > 500 ? Math.min(slowRepeats, repeats) : repeats;
      if (r < n) samples[i].push(sampleOnce(c.run, c.inner));
    });
  }
  return samples.map((xs, i) => ({
    medianMs: median(xs),
    minMs: Math.min(...xs),
    maxMs: Math.max(...xs),
    samples: xs,
    inner: cases[i].inner,
  }));
}

/** Powers of two 2^lo … 2^hi. */
export function pow2(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => 2 ** (lo + i));
}
