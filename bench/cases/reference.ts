/**
 * The plain reference loop every figure is also reported against (its ratio): the selective-scan
 * recurrence written as the obvious triple loop over t, channels and states, with one exp per
 * update, on the same inputs as the `selective-scan` case (DESIGNS §j's "26 ns per (t, d, n)"
 * loop). Timing it in the same run makes ratios comparable across machines and engines.
 */
import { createRng } from "../../src/models";

export const REFERENCE_SHAPE = { L: 4096, D: 16, N: 16 } as const;

/** Builds the inputs once; the returned function runs the loop and returns a checksum. */
export function plainScanLoop(L: number, D: number, N: number, seed = 1): () => number {
  const rng = createRng(seed);
  const fill = (n: number, f: () => number) => Float64Array.from({ length: n }, f);
  const u = fill(D * L, () => rng.normal());
  const delta = fill(D * L, () => 0.01 + 0.1 * rng.next());
  const A = Float64Array.from({ length: D * N }, (_, i) => -((i % N) + 1));
  const B = fill(N * L, () => rng.normal());
  const C = fill(N * L, () => rng.normal());
  const h = new Float64Array(D * N);
  const out = new Float64Array(D * L);
  return () => {
    h.fill(0);
    for (let t = 0; t < L; t++) {
      for (let d = 0; d < D; d++) {
        const dt = delta[d * L + t];
        const du = dt * u[d * L + t];
        let y = 0;
        for (let n = 0; n < N; n++) {
          const k = d * N + n;
          const x = Math.exp(dt * A[k]) * h[k] + du * B[n * L + t];
          h[k] = x;
          y += x * C[n * L + t];
        }
        out[d * L + t] = y;
      }
    }
    return out[D * L - 1];
  };
}
