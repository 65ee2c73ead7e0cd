import { expect } from "vitest";

export interface Tolerance {
  rtol: number;
  atol: number;
}

type NumArray = ArrayLike<number>;

/** Flattens nested arrays and typed arrays into one list of numbers, row-major. */
export function flatten(x: unknown): number[] {
  if (typeof x === "number") return [x];
  if (ArrayBuffer.isView(x)) return Array.from(x as unknown as NumArray);
  if (Array.isArray(x)) return x.flatMap((v) => flatten(v));
  throw new TypeError(`expectAllClose: not a number or array: ${String(x)}`);
}

export interface CloseReport {
  /** Largest |got - exp| / (atol + rtol·|exp|); at most 1 when every element passes. */
  worstFraction: number;
  worstIndex: number;
  got: number;
  exp: number;
}

/** Compares elementwise with |got − exp| ≤ atol + rtol·|exp|; NaN or a length mismatch always fails. */
export function closeReport(got: unknown, exp: unknown, { rtol, atol }: Tolerance): CloseReport {
  const g = flatten(got);
  const e = flatten(exp);
  if (g.length !== e.length) {
    return { worstFraction: Infinity, worstIndex: -1, got: g.length, exp: e.length };
  }
  let worst: CloseReport = { worstFraction: 0, worstIndex: -1, got: NaN, exp: NaN };
  for (let i = 0; i < g.length; i++) {
    const err = Math.abs(g[i] - e[i]);
    const bound = atol + rtol * Math.abs(e[i]);
    const fraction = Number.isNaN(err)
      ? Infinity
      : bound > 0
        ? err / bound
        : err === 0
          ? 0
          : Infinity;
    if (fraction > worst.worstFraction || worst.worstIndex < 0) {
      worst = { worstFraction: fraction, worstIndex: i, got: g[i], exp: e[i] };
    }
  }
  return worst;
}

/** Asserts closeness and, on failure, names the worst element rather than the first. */
export function expectAllClose(got: unknown, exp: unknown, tol: Tolerance): void {
  const r = closeReport(got, exp, tol);
  if (r.worstIndex < 0 && r.worstFraction === Infinity) {
    expect.fail(`length mismatch: got ${r.got} elements, expected ${r.exp}`);
  }
  if (!(r.worstFraction <= 1)) {
    expect.fail(
      `worst element [${r.worstIndex}]: got ${r.got}, expected ${r.exp} ` +
        `(error ${Math.abs(r.got - r.exp)} is ${r.worstFraction.toPrecision(3)}× the tolerance ` +
        `atol ${tol.atol} + rtol ${tol.rtol}·|exp|)`,
    );
  }
}
