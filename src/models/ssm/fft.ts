/**
 * A small radix-2 complex FFT (iterative Cooley–Tukey, bit-reversed input order), for the FFT
 * form of the LTI convolution (FACTS §1.4: "computed with FFTs in O(L log L)"). No dependency.
 */

function checkPow2(n: number, where: string): void {
  if (!Number.isInteger(n) || n < 1 || (n & (n - 1)) !== 0) {
    throw new RangeError(`${where}: length must be a power of two, got ${n}`);
  }
}

/** Smallest power of two ≥ n (n ≥ 1). */
export function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * In-place FFT of the complex sequence re + i·im (length P, a power of two):
 *   X_m = Σ_j x_j·exp(∓2πi·jm/P)   (− forward, + inverse; the inverse also divides by P).
 * Twiddles are evaluated directly with cos/sin (no accumulated rotation), so the error stays
 * about 1e−16·log₂ P relative to the input's size.
 */
export function fftInPlace(re: Float64Array, im: Float64Array, inverse = false): void {
  const P = re.length;
  checkPow2(P, "fftInPlace");
  if (im.length !== P) {
    throw new RangeError(`fftInPlace: im has ${im.length} elements, expected ${P}`);
  }
  // Bit-reversal permutation.
  for (let i = 1, j = 0; i < P; i++) {
    let bit = P >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i];
      re[i] = re[j];
      re[j] = t;
      t = im[i];
      im[i] = im[j];
      im[j] = t;
    }
  }
  const sign = inverse ? 1 : -1;
  for (let size = 2; size <= P; size *= 2) {
    const half = size / 2;
    const step = (sign * 2 * Math.PI) / size;
    for (let m = 0; m < half; m++) {
      const wr = Math.cos(step * m);
      const wi = Math.sin(step * m);
      for (let s = m; s < P; s += size) {
        const o = s + half;
        const xr = re[o] * wr - im[o] * wi;
        const xi = re[o] * wi + im[o] * wr;
        re[o] = re[s] - xr;
        im[o] = im[s] - xi;
        re[s] += xr;
        im[s] += xi;
      }
    }
  }
  if (inverse) {
    for (let i = 0; i < P; i++) {
      re[i] /= P;
      im[i] /= P;
    }
  }
}

/**
 * First `L` outputs of the linear convolution of two real sequences, y_t = Σ_j k_j·x_{t−j}: both
 * zero-padded to P = nextPow2(2L) ≥ k.length + x.length − 1 (for k.length, x.length ≤ L), so the
 * circular convolution has no wrap-around; two forward FFTs, a pointwise product, one inverse.
 */
export function fftConvolveReal(k: Float64Array, x: Float64Array, L: number): Float64Array {
  if (k.length > L || x.length > L) {
    throw new RangeError(`fftConvolveReal: inputs longer than L = ${L}`);
  }
  const P = nextPow2(2 * L);
  const kr = new Float64Array(P);
  const ki = new Float64Array(P);
  const xr = new Float64Array(P);
  const xi = new Float64Array(P);
  kr.set(k);
  xr.set(x);
  fftInPlace(kr, ki);
  fftInPlace(xr, xi);
  for (let m = 0; m < P; m++) {
    const r = kr[m] * xr[m] - ki[m] * xi[m];
    ki[m] = kr[m] * xi[m] + ki[m] * xr[m];
    kr[m] = r;
  }
  fftInPlace(kr, ki, true);
  return kr.slice(0, L);
}
