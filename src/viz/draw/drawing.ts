/**
 * Pure edits of a sampled 1-D signal for the drawing surface (element i holds the sample at time
 * i + 1). Every function returns a new array and leaves its input alone, so React sees a change.
 */

/** A point of a stroke: sample index i (0-based) and value v. */
export interface StrokePoint {
  i: number;
  v: number;
}

const clampTo = (v: number, limit: number) => Math.min(limit, Math.max(-limit, v));

/**
 * Paints a stroke segment into the signal: every sample between `from.i` and `to.i` (inclusive)
 * is set on the straight line between the two points, so a fast pointer leaves no gaps. With no
 * `from`, only `to.i` is set. Values are clipped to ±limit; indices outside 0…L−1 are ignored.
 */
export function paintStroke(
  values: Float64Array,
  from: StrokePoint | null,
  to: StrokePoint,
  limit: number,
): Float64Array {
  const out = values.slice();
  const L = out.length;
  if (L === 0) return out;
  const a = from ?? to;
  const i0 = Math.round(Math.min(a.i, to.i));
  const i1 = Math.round(Math.max(a.i, to.i));
  const span = to.i - a.i;
  for (let i = Math.max(0, i0); i <= Math.min(L - 1, i1); i++) {
    const w = span === 0 ? 1 : (i - a.i) / span;
    out[i] = clampTo(a.v + (to.v - a.v) * Math.min(1, Math.max(0, w)), limit);
  }
  return out;
}

/** K control points spread evenly over L samples: round(j·(L−1)/(K−1)), j = 0…K−1 (distinct). */
export function controlPointIndices(L: number, K: number): number[] {
  if (L <= 0 || K <= 0) return [];
  const k = Math.min(K, L);
  if (k === 1) return [0];
  return Array.from({ length: k }, (_, j) => Math.round((j * (L - 1)) / (k - 1)));
}

/**
 * Nudges control point j by `delta` with a hat: the full delta at points[j], falling linearly to
 * nothing at its neighbours (the end points' hats are halves). Nudging every point by its own
 * amount therefore adds a piecewise-linear curve through those amounts. Clipped to ±limit.
 */
export function nudgePoint(
  values: Float64Array,
  points: readonly number[],
  j: number,
  delta: number,
  limit: number,
): Float64Array {
  const out = values.slice();
  const c = points[j];
  if (c === undefined || out.length === 0) return out;
  const lo = j > 0 ? points[j - 1] : c;
  const hi = j < points.length - 1 ? points[j + 1] : c;
  for (let i = lo; i <= hi; i++) {
    const w = i === c ? 1 : i < c ? (i - lo) / (c - lo) : (hi - i) / (hi - c);
    out[i] = clampTo(out[i] + delta * w, limit);
  }
  return out;
}

/** Linear interpolation of `values` onto L samples over the same span (first to last sample). */
export function resample(values: Float64Array, L: number): Float64Array {
  const M = values.length;
  if (M === L) return values.slice();
  const out = new Float64Array(L);
  if (M === 0 || L === 0) return out;
  if (M === 1 || L === 1) return out.fill(values[0]);
  for (let i = 0; i < L; i++) {
    const p = (i * (M - 1)) / (L - 1);
    const j = Math.min(M - 2, Math.floor(p));
    const w = p - j;
    out[i] = values[j] * (1 - w) + values[j + 1] * w;
  }
  return out;
}
