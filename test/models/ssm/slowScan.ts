/**
 * Independent slow reference of selective_scan_ref, written from the golden README, for tests:
 * channel-outer loops, explicit complex pairs, accessor functions instead of strided arrays.
 */

export type Cx = [number, number];

export interface SlowScanInput {
  batch: number;
  dim: number;
  N: number;
  L: number;
  u: (b: number, c: number, t: number) => number;
  delta: (b: number, c: number, t: number) => number;
  A: (c: number, n: number) => Cx;
  B: (b: number, c: number, n: number, t: number) => Cx;
  C: (b: number, c: number, n: number, t: number) => Cx;
  complex: boolean;
  D?: (c: number) => number;
  z?: (b: number, c: number, t: number) => number;
  bias?: (c: number) => number;
  softplus: boolean;
}

/** torch's softplus with threshold 20, in the stable form max(x, 0) + log1p(exp(−|x|)). */
export function refSoftplus(x: number): number {
  return x > 20 ? x : Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

export function refSilu(x: number): number {
  return x >= 0 ? x / (1 + Math.exp(-x)) : (x * Math.exp(x)) / (1 + Math.exp(x));
}

const mul = (a: Cx, b: Cx): Cx => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];

/** out (b, d, L) flat and last state (b, d, N) [×2 interleaved if complex] flat. */
export function slowScan(p: SlowScanInput): { out: number[]; last: number[]; states: number[][] } {
  const out: number[] = new Array<number>(p.batch * p.dim * p.L).fill(0);
  const last: number[] = [];
  // states[b·L + t] = the (d, N[, 2]) state after step t
  const states: number[][] = Array.from({ length: p.batch * p.L }, () => []);
  for (let b = 0; b < p.batch; b++) {
    for (let c = 0; c < p.dim; c++) {
      let x: Cx[] = Array.from({ length: p.N }, (): Cx => [0, 0]);
      for (let t = 0; t < p.L; t++) {
        let dl = p.delta(b, c, t) + (p.bias ? p.bias(c) : 0);
        if (p.softplus) dl = refSoftplus(dl);
        const ut = p.u(b, c, t);
        x = x.map((xn, n) => {
          const [ar, ai] = p.A(c, n);
          const m = Math.exp(dl * ar);
          const decay: Cx = [m * Math.cos(dl * ai), m * Math.sin(dl * ai)];
          const [br, bi] = p.B(b, c, n, t);
          const kept = mul(decay, xn);
          return [kept[0] + dl * br * ut, kept[1] + dl * bi * ut];
        });
        let y = 0;
        for (let n = 0; n < p.N; n++) y += mul(x[n], p.C(b, c, n, t))[0];
        if (p.complex) y *= 2;
        if (p.D) y += p.D(c) * ut;
        if (p.z) y *= refSilu(p.z(b, c, t));
        out[(b * p.dim + c) * p.L + t] = y;
        states[b * p.L + t].push(...x.flatMap((v) => (p.complex ? v : [v[0]])));
      }
      last.push(...x.flatMap((v) => (p.complex ? v : [v[0]])));
    }
  }
  return { out, last, states };
}

/** Small deterministic PRNG (mulberry32) so fast-check can drive sizes and a seed. */
export function rng(seed: number): (lo: number, hi: number) => number {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return lo + (hi - lo) * (((r ^ (r >>> 14)) >>> 0) / 4294967296);
  };
}

export function randomArray(
  n: number,
  lo: number,
  hi: number,
  r: (lo: number, hi: number) => number,
): Float64Array {
  return Float64Array.from({ length: n }, () => r(lo, hi));
}
