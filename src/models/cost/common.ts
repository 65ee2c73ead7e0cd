/** Shared pieces of the cost models (DESIGNS.md §k). */

/** "layer": one layer's cost (the figures' default); "model": × the model's own layer count. */
export type CostScope = "layer" | "model";

/** The layer multiplier of a scope: 1 per layer, n_layers per model. */
export function scopeLayers(
  model: { readonly layers: number },
  scope: CostScope = "layer",
): number {
  if (scope === "layer") return 1;
  checkSizeArg(model.layers, "layers", "cost scope");
  return model.layers;
}

/**
 * Throws a RangeError unless n is a finite integer ≥ min. Sizes may exceed 2³¹ (a 10⁶-token
 * context), so this checks Number.isSafeInteger rather than an int32 range.
 */
export function checkSizeArg(n: number, name: string, where: string, min = 0): void {
  if (!Number.isSafeInteger(n) || n < min) {
    throw new RangeError(`${where}: ${name} must be an integer ≥ ${min}, got ${n}`);
  }
}

/** Throws a RangeError unless x is finite and > 0. */
export function checkPositive(x: number, name: string, where: string): void {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new RangeError(`${where}: ${name} must be finite and > 0, got ${x}`);
  }
}
