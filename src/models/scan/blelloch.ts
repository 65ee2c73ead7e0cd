/**
 * The work-efficient parallel (Blelloch) scan of the first-order recurrence h_t = a_t·h_{t−1} + b_t,
 * h_{−1} = 0 (DESIGNS §i; FACTS §1.7, §5), run step by step on one thread so a figure can animate
 * every level. Elements are the affine maps h ↦ a·h + b as pairs (a, b), composed earlier-first by
 *   (a₁, b₁) • (a₂, b₂) = (a₂·a₁, a₂·b₁ + b₂)      identity (1, 0)
 * which is associative but not commutative.
 *
 * Schedule, on the array padded with identities to P = 2^⌈log₂ n⌉ elements:
 *   up-sweep    d = 1, 2, …, P/2:  t[i] ← t[i−d] • t[i]  at i = 2d−1, 4d−1, …     (P − 1 combines)
 *   clear       save the root t[P−1] (the total), set t[P−1] ← (1, 0)
 *   down-sweep  d = P/2, …, 1:     (t[i−d], t[i]) ← (t[i], t[i] • t[i−d])          (P − 1 combines)
 * leaving the exclusive scan excl_t = x_0 • … • x_{t−1} (excl_0 = identity). The states are the
 * inclusive scan, one more combine per element: incl_t = excl_t • x_t, h_t = incl_t.b (+n, +1 level).
 */

/** One step of the animation. Indices refer to the padded array (length P). */
export interface ScanOp {
  /** The lower index (i − d); for an `inclusive` op, equal to `hi`. */
  lo: number;
  /** The upper index i. */
  hi: number;
}

/**
 * One level of the schedule, with the whole array after it. What `ops` did, by phase:
 * - `input`: no ops; the padded input (identities past n).
 * - `up`: t[hi] ← t[lo] • t[hi] for each op (stride d = hi − lo).
 * - `clear`: no combine; the root t[P−1] was saved and set to the identity (1, 0).
 * - `down`: (t[lo], t[hi]) ← (t[hi], t[hi] • t[lo]) for each op, all values read before the level.
 * - `inclusive`: incl[hi] ← excl[hi] • x[hi], for hi = 0…n−1 (arrays of length n).
 */
export interface ScanLevel {
  phase: "input" | "up" | "clear" | "down" | "inclusive";
  /** The stride d of an `up` or `down` level; 0 otherwise. */
  stride: number;
  a: Float64Array;
  b: Float64Array;
  ops: ScanOp[];
}

/**
 * Operator applications and depths. Blelloch counts are on the padded length P (identity pads are
 * combined like any element), as DESIGNS §i's table assumes; for a power of two, P = n.
 */
export interface ScanCounts {
  /** n, the input length. */
  n: number;
  /** P = the smallest power of two ≥ n. */
  paddedLength: number;
  /** P − n identity elements (1, 0) appended. */
  identityPads: number;
  /** Up-sweep combines, P − 1, in log₂ P levels. */
  upCombines: number;
  upDepth: number;
  /** Down-sweep combines, P − 1, in log₂ P levels. */
  downCombines: number;
  downDepth: number;
  /** Exclusive scan: 2(P − 1) combines, depth 2·log₂ P. */
  exclusiveCombines: number;
  exclusiveDepth: number;
  /** Option 1 of DESIGNS §i, incl_t = excl_t • x_t for t < n: n more combines, one more level. */
  inclusiveExtraCombines: number;
  /** Exclusive + the extra combines, and depth 2·log₂ P + 1. */
  inclusiveCombines: number;
  inclusiveDepth: number;
  /** The loop h ← a·h + b: n updates from h = 0, that is n − 1 dependent combines (depth n − 1). */
  sequentialCombines: number;
  sequentialUpdates: number;
  sequentialDepth: number;
  /** FLOPs at 3 per combine (2 multiplies, 1 add) and 2 per sequential update. */
  exclusiveFlops: number;
  inclusiveFlops: number;
  sequentialFlops: number;
}

export interface BlellochResult {
  /** Every level in order: input, up-sweeps, clear, down-sweeps, inclusive (if recorded). */
  levels: ScanLevel[];
  /** The root saved before the down-sweep: x_0 • … • x_{P−1}, the whole sequence's map. */
  total: { a: number; b: number };
  /** Exclusive scan, length n: (a, b) of x_0 • … • x_{t−1}. */
  exclusive: { a: Float64Array; b: Float64Array };
  /** Inclusive scan, length n: (a, b) of x_0 • … • x_t. */
  inclusive: { a: Float64Array; b: Float64Array };
  /** The states h_t = inclusive.b[t] (from h_{−1} = 0), length n. */
  states: Float64Array;
  counts: ScanCounts;
}

function check(a: Float64Array, b: Float64Array, where: string): void {
  if (a.length !== b.length) {
    throw new RangeError(`${where}: a has ${a.length} elements and b ${b.length}`);
  }
  if (a.length < 1) throw new RangeError(`${where}: needs n ≥ 1 elements`);
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i]) || !Number.isFinite(b[i])) {
      throw new RangeError(`${where}: element ${i} is (${a[i]}, ${b[i]}); inputs must be finite`);
    }
  }
}

/** ⌈log₂ n⌉ for n ≥ 1. */
function log2Ceil(n: number): number {
  let k = 0;
  while (2 ** k < n) k++;
  return k;
}

/**
 * The counts of DESIGNS §i for a scan of n ≥ 1 elements, in closed form:
 * 2(P − 1) combines in 2·log₂ P levels for the exclusive scan, +n and +1 for the inclusive,
 * against n − 1 dependent combines for the loop.
 */
export function blellochCounts(n: number): ScanCounts {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`blellochCounts: bad n ${n}`);
  const k = log2Ceil(n);
  const P = 2 ** k;
  const exclusiveCombines = 2 * (P - 1);
  return {
    n,
    paddedLength: P,
    identityPads: P - n,
    upCombines: P - 1,
    upDepth: k,
    downCombines: P - 1,
    downDepth: k,
    exclusiveCombines,
    exclusiveDepth: 2 * k,
    inclusiveExtraCombines: n,
    inclusiveCombines: exclusiveCombines + n,
    inclusiveDepth: 2 * k + 1,
    sequentialCombines: n - 1,
    sequentialUpdates: n,
    sequentialDepth: n - 1,
    exclusiveFlops: 3 * exclusiveCombines,
    inclusiveFlops: 3 * (exclusiveCombines + n),
    sequentialFlops: 2 * n,
  };
}

/**
 * Blelloch scan of h_t = a_t·h_{t−1} + b_t, h_{−1} = 0, for t = 0…n−1 (any n ≥ 1; the input is
 * padded with identities to a power of two). Shapes: a, b: (n). Returns every level (unless
 * `recordLevels` is false), the exclusive and inclusive scans, the states h and the counts, which
 * are tallied while running (a test compares them with `blellochCounts`' closed forms).
 * Throws a RangeError on mismatched lengths, n = 0 or non-finite input.
 */
export function blellochScan(
  a: Float64Array,
  b: Float64Array,
  { recordLevels = true }: { recordLevels?: boolean } = {},
): BlellochResult {
  check(a, b, "blellochScan");
  const n = a.length;
  const k = log2Ceil(n);
  const P = 2 ** k;
  const ta = new Float64Array(P).fill(1);
  const tb = new Float64Array(P);
  ta.set(a);
  tb.set(b);
  const levels: ScanLevel[] = [];
  const record = (phase: ScanLevel["phase"], stride: number, ops: ScanOp[]) => {
    if (recordLevels) levels.push({ phase, stride, a: ta.slice(), b: tb.slice(), ops });
  };
  record("input", 0, []);

  let upCombines = 0;
  let upDepth = 0;
  for (let d = 1; d < P; d *= 2) {
    const ops: ScanOp[] = [];
    for (let i = 2 * d - 1; i < P; i += 2 * d) {
      const lo = i - d;
      // t[i] ← t[lo] • t[i] = (a_i·a_lo, a_i·b_lo + b_i)
      tb[i] = ta[i] * tb[lo] + tb[i];
      ta[i] = ta[i] * ta[lo];
      upCombines++;
      if (recordLevels) ops.push({ lo, hi: i });
    }
    upDepth++;
    record("up", d, ops);
  }

  const total = { a: ta[P - 1], b: tb[P - 1] };
  ta[P - 1] = 1;
  tb[P - 1] = 0;
  record("clear", 0, []);

  let downCombines = 0;
  let downDepth = 0;
  for (let d = P / 2; d >= 1; d /= 2) {
    const ops: ScanOp[] = [];
    for (let i = 2 * d - 1; i < P; i += 2 * d) {
      const lo = i - d;
      const la = ta[lo];
      const lb = tb[lo];
      ta[lo] = ta[i];
      tb[lo] = tb[i];
      // t[i] ← t[i] • left = (la·a_i, la·b_i + lb)
      tb[i] = la * tb[i] + lb;
      ta[i] = la * ta[i];
      downCombines++;
      if (recordLevels) ops.push({ lo, hi: i });
    }
    downDepth++;
    record("down", d, ops);
  }

  const exclusive = { a: ta.slice(0, n), b: tb.slice(0, n) };
  const inclusive = { a: new Float64Array(n), b: new Float64Array(n) };
  const incOps: ScanOp[] = [];
  for (let t = 0; t < n; t++) {
    // incl_t = excl_t • x_t
    inclusive.a[t] = a[t] * exclusive.a[t];
    inclusive.b[t] = a[t] * exclusive.b[t] + b[t];
    if (recordLevels) incOps.push({ lo: t, hi: t });
  }
  if (recordLevels) {
    levels.push({
      phase: "inclusive",
      stride: 0,
      a: inclusive.a.slice(),
      b: inclusive.b.slice(),
      ops: incOps,
    });
  }
  for (const v of [inclusive.a, inclusive.b, exclusive.a, exclusive.b, [total.a, total.b]]) {
    if (!v.every(Number.isFinite)) throw new RangeError("blellochScan: the products overflowed");
  }

  const exclusiveCombines = upCombines + downCombines;
  return {
    levels,
    total,
    exclusive,
    inclusive,
    states: inclusive.b.slice(),
    counts: {
      n,
      paddedLength: P,
      identityPads: P - n,
      upCombines,
      upDepth,
      downCombines,
      downDepth,
      exclusiveCombines,
      exclusiveDepth: upDepth + downDepth,
      inclusiveExtraCombines: n,
      inclusiveCombines: exclusiveCombines + n,
      inclusiveDepth: upDepth + downDepth + 1,
      sequentialCombines: n - 1,
      sequentialUpdates: n,
      sequentialDepth: n - 1,
      exclusiveFlops: 3 * exclusiveCombines,
      inclusiveFlops: 3 * (exclusiveCombines + n),
      sequentialFlops: 2 * n,
    },
  };
}

/**
 * The sequential loop h_t = a_t·h_{t−1} + b_t from h_{−1} = 0, t = 0…n−1. Shapes: a, b: (n).
 * Returns the states h: (n).
 */
export function sequentialScan(a: Float64Array, b: Float64Array): Float64Array {
  check(a, b, "sequentialScan");
  const h = new Float64Array(a.length);
  let s = 0;
  for (let t = 0; t < a.length; t++) {
    s = a[t] * s + b[t];
    h[t] = s;
  }
  return h;
}
