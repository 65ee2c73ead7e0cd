/**
 * Small dense least-squares solvers for the hand-built models (DESIGNS §c, §d), written for
 * accuracy rather than speed:
 * - Householder QR (m ≥ n) and the least-squares solution min ‖A·x − b‖₂ from it;
 * - the minimum-norm solution of an underdetermined system (m < n) by QR of Aᵀ;
 * - Gaussian elimination with partial pivoting for square systems;
 * - Cholesky of a symmetric positive definite matrix, with an optional ridge added to the
 *   diagonal (for normal equations that are only ever built small, as in §d's (L+k)×(L+k) fit).
 * Every matrix is a row-major Float64Array with explicit sizes; inputs are never modified.
 * Right-hand sides may hold several columns: B is (rows × r) row-major, and so is the solution.
 *
 * Never form the normal equations AᵀA of an ill-conditioned A (DESIGNS §c: on §c's Vandermonde
 * systems they lose about half the digits QR keeps). QR's backward error is about 1e−16·‖A‖;
 * the forward error still grows with cond(A).
 */
import { checkFinite, checkLength, checkSize } from "./checks";

/** A Householder QR factorisation of an m×n matrix with m ≥ n. */
export interface HouseholderQr {
  m: number;
  n: number;
  /**
   * (m × n) row-major. Above the diagonal: R (its diagonal is `rDiag`). Below the diagonal, in
   * column j, rows j+1…m−1: the tail of the Householder vector v_j (its head v_j[j] is `vHead[j]`),
   * with H_j = I − v_j·v_jᵀ/β_j. The diagonal slots hold 0.
   */
  qr: Float64Array;
  /** The diagonal of R, (n). */
  rDiag: Float64Array;
  /** v_j[j], the head of each Householder vector, (n). */
  vHead: Float64Array;
  /** β_j = ‖v_j‖²/2, (n); 0 marks a skipped (already zero) column. */
  beta: Float64Array;
}

/**
 * Householder QR of A (m × n, m ≥ n): A = Q·R with Q = H_0·H_1·…·H_{n−1} orthogonal (m × m) and R
 * upper triangular (n × n, in the first n rows). Each reflection maps column j's sub-column x onto
 * −sign(x_0)·‖x‖·e_0 (the sign that avoids cancellation), so |R_jj| = ‖x‖.
 * O(m·n²). Throws a RangeError if m < n or on non-finite input. A rank-deficient A is allowed here;
 * the solves check R's diagonal.
 */
export function householderQr(A: Float64Array, m: number, n: number): HouseholderQr {
  const where = "householderQr";
  checkSize(m, "m", where, 1);
  checkSize(n, "n", where, 1);
  if (m < n) throw new RangeError(`${where}: needs m ≥ n, got ${m} × ${n}`);
  checkLength(A, m * n, "A", where);
  checkFinite(A, "A", where);
  const qr = Float64Array.from(A);
  const rDiag = new Float64Array(n);
  const vHead = new Float64Array(n);
  const beta = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    // Norm of the sub-column x = qr[j…m−1, j], scaled against overflow and underflow.
    let scale = 0;
    for (let i = j; i < m; i++) scale = Math.max(scale, Math.abs(qr[i * n + j]));
    if (scale === 0) {
      rDiag[j] = 0;
      beta[j] = 0;
      continue;
    }
    let ss = 0;
    for (let i = j; i < m; i++) {
      const v = qr[i * n + j] / scale;
      ss += v * v;
    }
    const x0 = qr[j * n + j];
    const alpha = -(x0 >= 0 ? 1 : -1) * scale * Math.sqrt(ss);
    // v = x − α·e_0: v_0 = x_0 − α (no cancellation: α has the opposite sign of x_0).
    const v0 = x0 - alpha;
    vHead[j] = v0;
    // ‖v‖²/2 = (‖x‖² − 2α·x_0 + α²)/2 = α² − α·x_0 = −α·v_0.
    const b = -alpha * v0;
    beta[j] = b;
    rDiag[j] = alpha;
    // Apply H = I − v·vᵀ/β to the remaining columns, row by row (two passes over the rows, not
    // two per column: the matrix is row-major and may not fit in cache).
    const dots = new Float64Array(n);
    for (let c = j + 1; c < n; c++) dots[c] = v0 * qr[j * n + c];
    for (let i = j + 1; i < m; i++) {
      const vi = qr[i * n + j];
      if (vi === 0) continue;
      const o = i * n;
      for (let c = j + 1; c < n; c++) dots[c] += vi * qr[o + c];
    }
    for (let c = j + 1; c < n; c++) {
      dots[c] /= b;
      qr[j * n + c] -= dots[c] * v0;
    }
    for (let i = j + 1; i < m; i++) {
      const vi = qr[i * n + j];
      if (vi === 0) continue;
      const o = i * n;
      for (let c = j + 1; c < n; c++) qr[o + c] -= dots[c] * vi;
    }
    qr[j * n + j] = 0;
  }
  return { m, n, qr, rDiag, vHead, beta };
}

/** Applies H_j = I − v_j·v_jᵀ/β_j to Y (m × r) in place, all r columns in two passes. */
function applyReflection(
  f: HouseholderQr,
  j: number,
  Y: Float64Array,
  r: number,
  dots: Float64Array,
) {
  const { m, n, qr, vHead, beta } = f;
  if (beta[j] === 0) return;
  const v0 = vHead[j];
  for (let c = 0; c < r; c++) dots[c] = v0 * Y[j * r + c];
  for (let i = j + 1; i < m; i++) {
    const vi = qr[i * n + j];
    if (vi === 0) continue;
    for (let c = 0; c < r; c++) dots[c] += vi * Y[i * r + c];
  }
  for (let c = 0; c < r; c++) {
    dots[c] /= beta[j];
    Y[j * r + c] -= dots[c] * v0;
  }
  for (let i = j + 1; i < m; i++) {
    const vi = qr[i * n + j];
    if (vi === 0) continue;
    for (let c = 0; c < r; c++) Y[i * r + c] -= dots[c] * vi;
  }
}

/** Applies Qᵀ = H_{n−1}·…·H_0 to Y (m × r) in place. */
function applyQt(f: HouseholderQr, Y: Float64Array, r: number): void {
  const dots = new Float64Array(r);
  for (let j = 0; j < f.n; j++) applyReflection(f, j, Y, r, dots);
}

/** Applies Q = H_0·…·H_{n−1} to Y (m × r) in place. */
function applyQ(f: HouseholderQr, Y: Float64Array, r: number): void {
  const dots = new Float64Array(r);
  for (let j = f.n - 1; j >= 0; j--) applyReflection(f, j, Y, r, dots);
}

function checkRank(f: HouseholderQr, where: string): void {
  for (let j = 0; j < f.n; j++) {
    if (f.rDiag[j] === 0) {
      throw new RangeError(`${where}: the matrix is rank deficient (R[${j},${j}] = 0)`);
    }
  }
}

/** The explicit (m × n) thin Q of a factorisation (its first n columns). For tests and views. */
export function qrThinQ(f: HouseholderQr): Float64Array {
  const { m, n } = f;
  const Q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) Q[j * n + j] = 1;
  applyQ(f, Q, n);
  return Q;
}

/** The explicit (n × n) R of a factorisation. For tests and views. */
export function qrR(f: HouseholderQr): Float64Array {
  const { n, qr, rDiag } = f;
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    R[i * n + i] = rDiag[i];
    for (let j = i + 1; j < n; j++) R[i * n + j] = qr[i * n + j];
  }
  return R;
}

function checkRhs(B: Float64Array, rows: number, where: string): number {
  if (rows === 0 || B.length % rows !== 0) {
    throw new RangeError(`${where}: the right-hand side has ${B.length} values, not rows × r`);
  }
  checkFinite(B, "B", where);
  return B.length / rows;
}

/**
 * Least squares for m ≥ n and full column rank: X = argmin ‖A·X − B‖₂ (column by column), by
 * Householder QR of A: A = QR, X = R⁻¹·(Qᵀ·B)[first n rows] (DESIGNS §c's N < k readout).
 * Shapes: A (m × n), B (m × r) row-major (r = B.length / m). Returns X (n × r).
 * Throws a RangeError if m < n, on a size mismatch, non-finite input, or an exactly rank-deficient A.
 */
export function lstsqQr(A: Float64Array, m: number, n: number, B: Float64Array): Float64Array {
  const where = "lstsqQr";
  checkSize(m, "m", where, 1);
  checkSize(n, "n", where, 1);
  if (m >= STREAM_MIN_ROWS && m >= 8 * n) return lstsqQrStreaming(A, m, n, B);
  const f = householderQr(A, m, n);
  const r = checkRhs(B, m, where);
  checkRank(f, where);
  const Y = Float64Array.from(B);
  applyQt(f, Y, r);
  return backSubstitute(f, Y, r);
}

/** X = R⁻¹·Y[first n rows], R from a factorisation; Y (≥ n × r). */
function backSubstitute(f: HouseholderQr, Y: Float64Array, r: number): Float64Array {
  const { n, qr, rDiag } = f;
  const X = new Float64Array(n * r);
  for (let c = 0; c < r; c++) {
    for (let i = n - 1; i >= 0; i--) {
      let s = Y[i * r + c];
      for (let k = i + 1; k < n; k++) s -= qr[i * n + k] * X[k * r + c];
      X[i * r + c] = s / rDiag[i];
    }
  }
  return X;
}

/** Rows from which `lstsqQr` streams a tall matrix through its R in blocks. */
const STREAM_MIN_ROWS = 2048;
const STREAM_BLOCK = 256;

/**
 * Least squares for a tall A, by blocks of rows: R and Qᵀb are updated with the Householder QR of
 * the stacked [R; next block] and [Qᵀb; next rows] (a sequential TSQR). Orthogonal transformations
 * only, so it is as stable as one QR of A, and each step stays in cache.
 */
function lstsqQrStreaming(A: Float64Array, m: number, n: number, B: Float64Array): Float64Array {
  const where = "lstsqQr";
  checkLength(A, m * n, "A", where);
  checkFinite(A, "A", where);
  const r = checkRhs(B, m, where);
  const R = new Float64Array(n * n);
  const z = new Float64Array(n * r);
  let f: HouseholderQr | null = null;
  for (let s = 0; s < m; s += STREAM_BLOCK) {
    const e = Math.min(m, s + STREAM_BLOCK);
    const rows = n + e - s;
    const M = new Float64Array(rows * n);
    M.set(R);
    M.set(A.subarray(s * n, e * n), n * n);
    const Y = new Float64Array(rows * r);
    Y.set(z);
    Y.set(B.subarray(s * r, e * r), n * r);
    f = householderQr(M, rows, n);
    applyQt(f, Y, r);
    R.set(qrR(f));
    z.set(Y.subarray(0, n * r));
  }
  const last = f as HouseholderQr;
  checkRank(last, where);
  return backSubstitute(last, z, r);
}

/**
 * The minimum-norm solution of an underdetermined system with full row rank (m ≤ n):
 * X = argmin ‖X‖₂ subject to A·X = B, by Householder QR of Aᵀ (DESIGNS §c's N > k readout):
 *   Aᵀ = Q·R  (Q: n × m, R: m × m),   X = Q·(R⁻ᵀ·B).
 * Shapes: A (m × n), B (m × r). Returns X (n × r). Throws like `lstsqQr`.
 */
export function minNormSolve(A: Float64Array, m: number, n: number, B: Float64Array): Float64Array {
  const where = "minNormSolve";
  checkSize(m, "m", where, 1);
  checkSize(n, "n", where, 1);
  if (m > n) throw new RangeError(`${where}: needs m ≤ n, got ${m} × ${n}`);
  checkLength(A, m * n, "A", where);
  const At = new Float64Array(n * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) At[j * m + i] = A[i * n + j];
  const f = householderQr(At, n, m);
  const r = checkRhs(B, m, where);
  checkRank(f, where);
  // Z = R⁻ᵀ·B: forward substitution with Rᵀ (lower triangular).
  const Y = new Float64Array(n * r);
  for (let c = 0; c < r; c++) {
    for (let i = 0; i < m; i++) {
      let s = B[i * r + c];
      for (let k = 0; k < i; k++) s -= f.qr[k * m + i] * Y[k * r + c];
      Y[i * r + c] = s / f.rDiag[i];
    }
  }
  applyQ(f, Y, r);
  return Y;
}

/**
 * A square system A·X = B by Gaussian elimination with partial pivoting (DESIGNS §c's N = k
 * readout). Shapes: A (n × n), B (n × r). Returns X (n × r). Throws a RangeError on an exactly
 * singular A (a zero pivot), a size mismatch or non-finite input.
 */
export function solveSquare(A: Float64Array, n: number, B: Float64Array): Float64Array {
  const where = "solveSquare";
  checkSize(n, "n", where, 1);
  checkLength(A, n * n, "A", where);
  checkFinite(A, "A", where);
  const r = checkRhs(B, n, where);
  const M = Float64Array.from(A);
  const X = Float64Array.from(B);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let i = col + 1; i < n; i++) {
      if (Math.abs(M[i * n + col]) > Math.abs(M[piv * n + col])) piv = i;
    }
    if (M[piv * n + col] === 0) throw new RangeError(`${where}: the matrix is singular`);
    if (piv !== col) {
      for (let j = 0; j < n; j++) {
        const t = M[col * n + j];
        M[col * n + j] = M[piv * n + j];
        M[piv * n + j] = t;
      }
      for (let j = 0; j < r; j++) {
        const t = X[col * r + j];
        X[col * r + j] = X[piv * r + j];
        X[piv * r + j] = t;
      }
    }
    const p = M[col * n + col];
    for (let i = col + 1; i < n; i++) {
      const f = M[i * n + col] / p;
      if (f === 0) continue;
      M[i * n + col] = 0;
      for (let j = col + 1; j < n; j++) M[i * n + j] -= f * M[col * n + j];
      for (let j = 0; j < r; j++) X[i * r + j] -= f * X[col * r + j];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let c = 0; c < r; c++) {
      let s = X[i * r + c];
      for (let k = i + 1; k < n; k++) s -= M[i * n + k] * X[k * r + c];
      X[i * r + c] = s / M[i * n + i];
    }
  }
  return X;
}

/**
 * The solve DESIGNS §c prescribes for a (rows × cols) system, by shape:
 * rows = cols: `solveSquare` (partial pivoting); rows > cols: `lstsqQr` (least squares);
 * rows < cols: `minNormSolve` (minimum norm). Shapes as those functions.
 */
export function solveLeastSquares(
  A: Float64Array,
  rows: number,
  cols: number,
  B: Float64Array,
): Float64Array {
  if (rows === cols) return solveSquare(A, rows, B);
  return rows > cols ? lstsqQr(A, rows, cols, B) : minNormSolve(A, rows, cols, B);
}

/**
 * Ridge regression by QR, without normal equations: argmin ‖A·X − B‖² + ridge·‖X‖², solved as the
 * least-squares problem of the stacked system [A; √ridge·I]·X ≈ [B; 0]. ridge = 0 is `lstsqQr`.
 * Shapes: A (m × n), B (m × r). Returns X (n × r). Throws a RangeError if ridge < 0.
 */
export function ridgeLstsq(
  A: Float64Array,
  m: number,
  n: number,
  B: Float64Array,
  ridge: number,
): Float64Array {
  const where = "ridgeLstsq";
  if (!(ridge >= 0) || !Number.isFinite(ridge)) {
    throw new RangeError(`${where}: ridge must be finite and ≥ 0, got ${ridge}`);
  }
  if (ridge === 0) return lstsqQr(A, m, n, B);
  checkLength(A, m * n, "A", where);
  const r = checkRhs(B, m, where);
  const Aa = new Float64Array((m + n) * n);
  Aa.set(A);
  const sq = Math.sqrt(ridge);
  for (let j = 0; j < n; j++) Aa[(m + j) * n + j] = sq;
  const Ba = new Float64Array((m + n) * r);
  Ba.set(B);
  return lstsqQr(Aa, m + n, n, Ba);
}

/**
 * Cholesky factor of S + ridge·I for a symmetric positive definite S (n × n; only the lower
 * triangle is read): S + ridge·I = G·Gᵀ, G lower triangular (returned n × n row-major).
 * Throws a RangeError if a pivot is not positive (S + ridge·I is not positive definite).
 */
export function cholesky(S: Float64Array, n: number, ridge = 0): Float64Array {
  const where = "cholesky";
  checkSize(n, "n", where, 1);
  checkLength(S, n * n, "S", where);
  checkFinite(S, "S", where);
  checkFinite([ridge], "ridge", where);
  const G = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = S[j * n + j] + ridge;
    for (let k = 0; k < j; k++) d -= G[j * n + k] * G[j * n + k];
    if (!(d > 0)) {
      throw new RangeError(`${where}: not positive definite (pivot ${j} is ${d}); add a ridge`);
    }
    const gjj = Math.sqrt(d);
    G[j * n + j] = gjj;
    for (let i = j + 1; i < n; i++) {
      let s = S[i * n + j];
      for (let k = 0; k < j; k++) s -= G[i * n + k] * G[j * n + k];
      G[i * n + j] = s / gjj;
    }
  }
  return G;
}

/**
 * Solves (S + ridge·I)·X = B for a symmetric positive (semi)definite S by Cholesky, as a ridge
 * regression's normal equations: with S = AᵀA and B = AᵀY this is argmin ‖A·X − Y‖² + ridge·‖X‖².
 * Shapes: S (n × n), B (n × r). Returns X (n × r). Throws like `cholesky`.
 */
export function choleskySolve(
  S: Float64Array,
  n: number,
  B: Float64Array,
  ridge = 0,
): Float64Array {
  const G = cholesky(S, n, ridge);
  const r = checkRhs(B, n, "choleskySolve");
  const X = Float64Array.from(B);
  for (let c = 0; c < r; c++) {
    for (let i = 0; i < n; i++) {
      let s = X[i * r + c];
      for (let k = 0; k < i; k++) s -= G[i * n + k] * X[k * r + c];
      X[i * r + c] = s / G[i * n + i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = X[i * r + c];
      for (let k = i + 1; k < n; k++) s -= G[k * n + i] * X[k * r + c];
      X[i * r + c] = s / G[i * n + i];
    }
  }
  return X;
}

/**
 * Singular values of A (m × n), largest first, by one-sided Jacobi rotations on the columns of A
 * (or of Aᵀ when m < n), so min(m, n) values. Jacobi keeps small singular values to high relative
 * accuracy where forming AᵀA would square the condition number. O(sweeps·m·n²), for small matrices.
 */
export function singularValues(A: Float64Array, m: number, n: number): Float64Array {
  const where = "singularValues";
  checkSize(m, "m", where, 1);
  checkSize(n, "n", where, 1);
  checkLength(A, m * n, "A", where);
  checkFinite(A, "A", where);
  // Work on W (rows × cols) with rows ≥ cols; rotate pairs of columns until all are orthogonal.
  const tall = m >= n;
  const rows = tall ? m : n;
  const cols = tall ? n : m;
  const W = tall ? Float64Array.from(A) : transpose(A, m, n);
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < cols - 1; p++) {
      for (let q = p + 1; q < cols; q++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < rows; i++) {
          const x = W[i * cols + p];
          const y = W[i * cols + q];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < rows; i++) {
          const x = W[i * cols + p];
          const y = W[i * cols + q];
          W[i * cols + p] = c * x - s * y;
          W[i * cols + q] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const sv = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    let ss = 0;
    for (let i = 0; i < rows; i++) ss += W[i * cols + j] * W[i * cols + j];
    sv[j] = Math.sqrt(ss);
  }
  return sv.sort().reverse();
}

/**
 * The 2-norm condition number σ_max/σ_min of A (m × n) from `singularValues` (Infinity when
 * σ_min = 0). Above about 1e16 the value only says "beyond float64": σ_min is then below the
 * rounding level of A itself.
 */
export function cond2(A: Float64Array, m: number, n: number): number {
  const sv = singularValues(A, m, n);
  const lo = sv[sv.length - 1];
  return lo === 0 ? Infinity : sv[0] / lo;
}

/** Aᵀ of an (m × n) row-major matrix, (n × m). */
export function transpose(A: Float64Array, m: number, n: number): Float64Array {
  checkLength(A, m * n, "A", "transpose");
  const T = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) T[j * m + i] = A[i * n + j];
  return T;
}
