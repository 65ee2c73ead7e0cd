/**
 * The one implementation of the selective-SSM recurrence (Mamba's `selective_scan_ref` step).
 * `selectiveScan`, `selectiveStateUpdate` and the Mamba block all advance their state through
 * `advanceState`; nothing else in src/models repeats this loop. Internal: import the public
 * functions from src/models/index.ts.
 */
import { silu } from "../core/activations";

/**
 * Advances the state of ONE batch element by one step, all channels, in place:
 *   x[c,n] ← exp(Δ[c]·A[c,n])·x[c,n] + Δ[c]·B[c,n]·u[c]        (input term Δ·B·u, not ZOH)
 *   y[c]   = Σ_n x[c,n]·C[c,n]          (real A)
 *   y[c]   = 2·Re Σ_n x[c,n]·C[c,n]     (complex A, no conjugation)
 * Shapes: h, A: (dim, dstate) real or (dim, dstate, 2) interleaved complex; B and C hold one row of
 * dstate values (×2 if complex) per channel, starting at bOff[c] / cOff[c]; delta, u, y: (dim).
 * Δ is used as given (bias and softplus are the caller's business).
 */
export function advanceState(
  h: Float64Array,
  dim: number,
  dstate: number,
  complex: boolean,
  A: Float64Array,
  B: Float64Array,
  bOff: Int32Array,
  C: Float64Array,
  cOff: Int32Array,
  delta: Float64Array,
  u: Float64Array,
  y: Float64Array,
): void {
  if (!complex) {
    for (let c = 0; c < dim; c++) {
      const dt = delta[c];
      const du = dt * u[c];
      const row = c * dstate;
      const bo = bOff[c];
      const co = cOff[c];
      let acc = 0;
      for (let n = 0; n < dstate; n++) {
        const k = row + n;
        const x = Math.exp(dt * A[k]) * h[k] + du * B[bo + n];
        h[k] = x;
        acc += x * C[co + n];
      }
      y[c] = acc;
    }
    return;
  }
  for (let c = 0; c < dim; c++) {
    const dt = delta[c];
    const du = dt * u[c];
    const row = 2 * c * dstate;
    const bo = bOff[c];
    const co = cOff[c];
    let acc = 0;
    for (let n = 0; n < 2 * dstate; n += 2) {
      const k = row + n;
      const im = dt * A[k + 1];
      const m = Math.exp(dt * A[k]);
      const er = m * Math.cos(im);
      const ei = m * Math.sin(im);
      const hr = h[k];
      const hi = h[k + 1];
      const xr = er * hr - ei * hi + du * B[bo + n];
      const xi = er * hi + ei * hr + du * B[bo + n + 1];
      h[k] = xr;
      h[k + 1] = xi;
      acc += xr * C[co + n] - xi * C[co + n + 1];
    }
    y[c] = 2 * acc;
  }
}

/** Output of one channel at one step: (y + D·u)·silu(z), each factor only if given. */
export function gateOutput(y: number, u: number, d: number | undefined, z: number | undefined) {
  let out = y;
  if (d !== undefined) out += d * u;
  if (z !== undefined) out *= silu(z);
  return out;
}
