/**
 * Argument checks shared by the models. Policy (STYLE.md §4): a model throws a RangeError on a
 * size mismatch or on NaN/±Infinity in its inputs, and throws a RangeError if its result would
 * contain a non-finite number (overflow), so no model ever returns a silent NaN.
 */

/** Throws unless `n` is an integer ≥ `min`. */
export function checkSize(n: number, name: string, where: string, min = 0): void {
  if (!Number.isInteger(n) || n < min) {
    throw new RangeError(`${where}: ${name} must be an integer ≥ ${min}, got ${n}`);
  }
}

/** Throws unless `a.length === expected`. */
export function checkLength(
  a: ArrayLike<number>,
  expected: number,
  name: string,
  where: string,
): void {
  if (a.length !== expected) {
    throw new RangeError(`${where}: ${name} has ${a.length} elements, expected ${expected}`);
  }
}

/** Throws if any element is NaN or ±Infinity. */
export function checkFinite(a: ArrayLike<number>, name: string, where: string): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v - v !== 0) {
      throw new RangeError(`${where}: ${name}[${i}] is ${v} (inputs must be finite)`);
    }
  }
}

/** Throws if a computed result holds a non-finite number (the inputs overflowed double range). */
export function checkFiniteResult(a: ArrayLike<number>, name: string, where: string): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v - v !== 0) {
      throw new RangeError(
        `${where}: ${name}[${i}] overflowed to ${v}; the inputs are too large for double precision`,
      );
    }
  }
}
