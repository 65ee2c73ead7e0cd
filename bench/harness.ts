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

/** Times `run` (which returns a number that depends on its result). */
export function timeIt(
  run: () => number,
  { repeats = 7, minSampleMs = 25 }: TimeOptions = {},
): Timing {
  // Warm-up, and a first estimate of one call.
  let t0 = performance.now();
  consume(run());
  let one = performance.now() - t0;
  if (one < minSampleMs) {
    // A second call once compiled gives a better estimate for fast kernels.
    t0 = performance.now();
    consume(run());
    one = Math.max(performance.now() - t0, 1e-4);
  }
  const inner = Math.max(1, Math.ceil(minSampleMs / one));
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const s = performance.now();
    for (let i = 0; i < inner; i++) consume(run());
    samples.push((performance.now() - s) / inner);
  }
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    samples,
    inner,
  };
}

/** Powers of two 2^lo … 2^hi. */
export function pow2(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => 2 ** (lo + i));
}
