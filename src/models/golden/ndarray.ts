/**
 * Nested JSON lists ↔ flat row-major Float64Arrays with a shape, for the golden files.
 */

/** A flat row-major array and its shape; a scalar has shape []. */
export interface NdArray {
  shape: number[];
  data: Float64Array;
}

/** A golden file or case that does not have the expected structure. */
export class GoldenFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GoldenFormatError";
  }
}

/** Builds an NdArray, checking that data.length is the product of the shape. */
export function nd(data: Float64Array, shape: number[]): NdArray {
  const n = shape.reduce((p, s) => p * s, 1);
  if (n !== data.length) throw new RangeError(`nd: ${data.length} values for shape [${shape}]`);
  return { data, shape };
}

/**
 * Parses a number or a rectangular nested list of numbers (no null, no booleans, no ragged rows).
 * Throws GoldenFormatError naming `what` otherwise.
 */
export function parseNd(x: unknown, what: string): NdArray {
  const shape: number[] = [];
  let probe: unknown = x;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    if (probe.length === 0) break;
    probe = probe[0];
  }
  const total = shape.reduce((p, s) => p * s, 1);
  const data = new Float64Array(total);
  let k = 0;
  const walk = (v: unknown, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof v !== "number") {
        throw new GoldenFormatError(`${what}${path} is ${JSON.stringify(v)}, not a number`);
      }
      data[k++] = v;
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) {
      throw new GoldenFormatError(`${what}${path} is not a list of length ${shape[depth]}`);
    }
    for (let i = 0; i < v.length; i++) walk(v[i], depth + 1, `${path}[${i}]`);
  };
  walk(x, 0, "");
  return { shape, data };
}

/** "[2, 3, 4]" */
export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
