/**
 * Legendre polynomials by the three-term (Bonnet) recurrence (DESIGNS §g):
 *   P_0 = 1,  P_1 = x,  (n+1)·P_{n+1} = (2n+1)·x·P_n − n·P_{n−1}
 * Stable for x in [−1, 1], where |P_n(x)| ≤ 1.
 */

/**
 * P_0(x) … P_{N−1}(x) into `out` (length ≥ N; a new Float64Array(N) if omitted). Returns `out`.
 */
export function legendreP(
  N: number,
  x: number,
  out: Float64Array = new Float64Array(N),
): Float64Array {
  if (!Number.isInteger(N) || N < 0) throw new RangeError(`legendreP: bad N ${N}`);
  if (!Number.isFinite(x)) throw new RangeError(`legendreP: non-finite x ${x}`);
  if (out.length < N) throw new RangeError(`legendreP: out has ${out.length} < ${N} elements`);
  if (N === 0) return out;
  out[0] = 1;
  if (N === 1) return out;
  out[1] = x;
  for (let n = 1; n + 1 < N; n++) {
    out[n + 1] = ((2 * n + 1) * x * out[n] - n * out[n - 1]) / (n + 1);
  }
  return out;
}
