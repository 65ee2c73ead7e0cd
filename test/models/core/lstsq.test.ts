import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  cholesky,
  choleskySolve,
  cond2,
  createRng,
  householderQr,
  lstsqQr,
  minNormSolve,
  qrR,
  qrThinQ,
  ridgeLstsq,
  singularValues,
  solveLeastSquares,
  solveSquare,
  transpose,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

/** C = A·B for row-major A (m × k), B (k × n); the test's own product. */
function matmul(A: ArrayLike<number>, B: ArrayLike<number>, m: number, k: number, n: number) {
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * n + j];
      C[i * n + j] = s;
    }
  }
  return C;
}

function randomMatrix(seed: number, m: number, n: number): Float64Array {
  const r = createRng(seed);
  return Float64Array.from({ length: m * n }, () => r.normal());
}

const TIGHT = { rtol: 1e-12, atol: 1e-12 };

describe("householderQr", () => {
  it("gives A = Q·R with orthonormal Q and upper-triangular R", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer(),
        (n, extra, seed) => {
          const m = n + extra;
          const A = randomMatrix(seed, m, n);
          const f = householderQr(A, m, n);
          const Q = qrThinQ(f);
          const R = qrR(f);
          expectAllClose(matmul(Q, R, m, n, n), A, TIGHT);
          const I = new Float64Array(n * n).map((_, i) => (i % (n + 1) === 0 ? 1 : 0));
          expectAllClose(matmul(transpose(Q, m, n), Q, n, m, n), I, TIGHT);
          for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) expect(R[i * n + j]).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("maps a column onto a multiple of e₀ whose size is the column's norm", () => {
    const f = householderQr(new Float64Array([3, 4]), 2, 1);
    expect(Math.abs(f.rDiag[0])).toBeCloseTo(5, 14);
  });

  it("rejects m < n and non-finite input", () => {
    expect(() => householderQr(new Float64Array(6), 2, 3)).toThrow(RangeError);
    expect(() => householderQr(new Float64Array([1, NaN]), 2, 1)).toThrow(RangeError);
  });
});

describe("lstsqQr", () => {
  it("fits a straight line with the closed-form slope and intercept", () => {
    const xs = [0, 1, 2, 3, 4, 5, 6];
    const ys = [1.1, 2.9, 5.2, 7.1, 8.8, 11.3, 12.9];
    const n = xs.length;
    const A = new Float64Array(xs.flatMap((x) => [1, x]));
    const [b0, b1] = lstsqQr(A, n, 2, new Float64Array(ys));
    const mx = xs.reduce((a, b) => a + b) / n;
    const my = ys.reduce((a, b) => a + b) / n;
    let sxy = 0;
    let sxx = 0;
    xs.forEach((x, i) => {
      sxy += (x - mx) * (ys[i] - my);
      sxx += (x - mx) ** 2;
    });
    expect(b1).toBeCloseTo(sxy / sxx, 13);
    expect(b0).toBeCloseTo(my - (sxy / sxx) * mx, 13);
  });

  it("recovers an exact solution, for several right-hand sides at once", () => {
    const A = new Float64Array([2, 1, 1, 3, 1, 1, 0, 1, 4, 1, 2, 1]); // 4 × 3
    const X = new Float64Array([1, -2, 0.5, 3, -1, 1]); // 3 × 2
    expectAllClose(lstsqQr(A, 4, 3, matmul(A, X, 4, 3, 2)), X, TIGHT);
  });

  it("leaves a residual orthogonal to the columns (Aᵀ(Ax − b) = 0)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer(),
        (n, extra, seed) => {
          const m = n + extra;
          const A = randomMatrix(seed, m, n);
          const b = randomMatrix(seed + 1, m, 1);
          const x = lstsqQr(A, m, n, b);
          const r = matmul(A, x, m, n, 1).map((v, i) => v - b[i]);
          const g = matmul(transpose(A, m, n), r, n, m, 1);
          for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-11);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("streams a tall system (5,000 rows) through R in blocks: the closed-form line fit again", () => {
    const r = createRng(21);
    const n = 5000;
    const xs = Array.from({ length: n }, () => r.next() * 10);
    const ys = xs.map((x) => 2 - 0.7 * x + r.normal());
    const A = new Float64Array(xs.flatMap((x) => [1, x]));
    const [b0, b1] = lstsqQr(A, n, 2, new Float64Array(ys));
    const mx = xs.reduce((a, b) => a + b) / n;
    const my = ys.reduce((a, b) => a + b) / n;
    let sxy = 0;
    let sxx = 0;
    xs.forEach((x, i) => {
      sxy += (x - mx) * (ys[i] - my);
      sxx += (x - mx) ** 2;
    });
    expect(b1).toBeCloseTo(sxy / sxx, 12);
    expect(b0).toBeCloseTo(my - (sxy / sxx) * mx, 12);
  });

  it("streams a tall system with several columns to the normal equations' answer (well-conditioned)", () => {
    const m = 3000;
    const A = randomMatrix(31, m, 6);
    const b = randomMatrix(32, m, 2);
    const At = transpose(A, m, 6);
    const x = choleskySolve(matmul(At, A, 6, m, 6), 6, matmul(At, b, 6, m, 2));
    expectAllClose(lstsqQr(A, m, 6, b), x, { rtol: 1e-11, atol: 1e-13 });
  });

  it("refuses a matrix whose rank deficiency gives an exactly zero pivot", () => {
    expect(() => lstsqQr(new Float64Array([1, 0, 2, 0, 3, 0]), 3, 2, new Float64Array(3))).toThrow(
      /rank deficient/,
    );
  });
});

describe("minNormSolve", () => {
  it("solves one equation a·x = b with the closed form x = a·b/‖a‖²", () => {
    const a = [1, -2, 2];
    const x = minNormSolve(new Float64Array(a), 1, 3, new Float64Array([6]));
    expectAllClose(
      x,
      a.map((v) => (v * 6) / 9),
      TIGHT,
    );
  });

  it("equals Aᵀ(AAᵀ)⁻¹b, with the 2×2 inverse written out", () => {
    const A = [1, 2, 0, 1, 0, 1, 3, 1, 1, 0, 2, 1]; // 2 × 6
    const m = 2;
    const n = 6;
    const b = [3, -1];
    const G = matmul(A, transpose(new Float64Array(A), m, n), m, n, m);
    const det = G[0] * G[3] - G[1] * G[2];
    const inv = [G[3] / det, -G[1] / det, -G[2] / det, G[0] / det];
    const w = matmul(inv, b, 2, 2, 1);
    const expected = matmul(transpose(new Float64Array(A), m, n), w, n, m, 1);
    expectAllClose(minNormSolve(new Float64Array(A), m, n, new Float64Array(b)), expected, TIGHT);
  });

  it("satisfies the system and is orthogonal to A's null space", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer(),
        (m, extra, seed) => {
          const n = m + extra;
          const A = randomMatrix(seed, m, n);
          const b = randomMatrix(seed + 7, m, 1);
          const x = minNormSolve(A, m, n, b);
          expectAllClose(matmul(A, x, m, n, 1), b, { rtol: 1e-10, atol: 1e-10 });
          // x lies in the row space: x = Aᵀw for the w that least squares finds.
          const w = lstsqQr(transpose(A, m, n), n, m, x);
          expectAllClose(matmul(transpose(A, m, n), w, n, m, 1), x, { rtol: 1e-9, atol: 1e-10 });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("solveSquare", () => {
  it("solves a system that needs a row exchange", () => {
    const x = solveSquare(new Float64Array([0, 1, 1, 0]), 2, new Float64Array([2, 3]));
    expect(Array.from(x)).toEqual([3, 2]);
  });

  it("recovers a known solution", () => {
    const A = new Float64Array([4, -2, 1, -2, 4, -2, 1, -2, 4]);
    const x = new Float64Array([1, 2, 3]);
    expectAllClose(solveSquare(A, 3, matmul(A, x, 3, 3, 1)), x, TIGHT);
  });

  it("throws on a singular matrix", () => {
    expect(() => solveSquare(new Float64Array([1, 2, 2, 4]), 2, new Float64Array(2))).toThrow(
      /singular/,
    );
  });

  it("is chosen by solveLeastSquares for square systems, QR otherwise", () => {
    const A = randomMatrix(3, 3, 3);
    const b = randomMatrix(4, 3, 1);
    expect(Array.from(solveLeastSquares(A, 3, 3, b))).toEqual(Array.from(solveSquare(A, 3, b)));
    const T = randomMatrix(5, 5, 3);
    const c = randomMatrix(6, 5, 1);
    expect(Array.from(solveLeastSquares(T, 5, 3, c))).toEqual(Array.from(lstsqQr(T, 5, 3, c)));
    const W = randomMatrix(7, 2, 4);
    const d = randomMatrix(8, 2, 1);
    expect(Array.from(solveLeastSquares(W, 2, 4, d))).toEqual(Array.from(minNormSolve(W, 2, 4, d)));
  });
});

describe("cholesky and the ridge", () => {
  it("factors a 2×2 matrix as the closed form [[√a, 0], [b/√a, √(c − b²/a)]]", () => {
    const [a, b, c] = [4, 2, 5];
    const G = cholesky(new Float64Array([a, b, b, c]), 2);
    expectAllClose(G, [2, 0, 1, 2], TIGHT);
  });

  it("solves (diag(d) + λI)·x = b as x = b/(d + λ)", () => {
    const d = [1, 4, 0, 9];
    const S = new Float64Array(16);
    d.forEach((v, i) => (S[i * 5] = v));
    const x = choleskySolve(S, 4, new Float64Array([1, 1, 1, 1]), 0.5);
    expectAllClose(
      x,
      d.map((v) => 1 / (v + 0.5)),
      TIGHT,
    );
  });

  it("throws when the matrix is not positive definite and no ridge helps", () => {
    expect(() => cholesky(new Float64Array([1, 2, 2, 1]), 2)).toThrow(/positive definite/);
    expect(() => cholesky(new Float64Array([0, 0, 0, 1]), 2)).toThrow(/positive definite/);
    expect(() => cholesky(new Float64Array([0, 0, 0, 1]), 2, 1e-6)).not.toThrow();
  });

  it("ridgeLstsq on one column is aᵀb/(aᵀa + λ)", () => {
    const a = [1, 2, -1, 3];
    const b = [2, 0, 1, -1];
    const ab = a.reduce((s, v, i) => s + v * b[i], 0);
    const aa = a.reduce((s, v) => s + v * v, 0);
    const [x] = ridgeLstsq(new Float64Array(a), 4, 1, new Float64Array(b), 0.3);
    expect(x).toBeCloseTo(ab / (aa + 0.3), 14);
  });

  it("ridgeLstsq agrees with Cholesky on the normal equations for a well-conditioned A", () => {
    const A = randomMatrix(11, 30, 5);
    const b = randomMatrix(12, 30, 1);
    const At = transpose(A, 30, 5);
    const x = choleskySolve(matmul(At, A, 5, 30, 5), 5, matmul(At, b, 5, 30, 1), 0.1);
    expectAllClose(ridgeLstsq(A, 30, 5, b, 0.1), x, { rtol: 1e-12, atol: 1e-13 });
  });
});

describe("singularValues and cond2", () => {
  it("gives |d| of a diagonal matrix, largest first", () => {
    const sv = singularValues(new Float64Array([3, 0, 0, 0, -7, 0, 0, 0, 0.5]), 3, 3);
    expectAllClose(sv, [7, 3, 0.5], TIGHT);
  });

  it("matches the 2×2 closed form σ² = (S ± √(S² − 4·det²))/2", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const A = randomMatrix(seed, 2, 2);
        const S = A.reduce((s, v) => s + v * v, 0);
        const det = A[0] * A[3] - A[1] * A[2];
        const disc = Math.sqrt(Math.max(S * S - 4 * det * det, 0));
        const hi = Math.sqrt((S + disc) / 2);
        const lo = Math.abs(det) / hi;
        expectAllClose(singularValues(A, 2, 2), [hi, lo], { rtol: 1e-12, atol: 1e-14 });
      }),
      { numRuns: 100 },
    );
  });

  it("gives 1 for a rotation, the same values for Aᵀ, and Infinity for a singular matrix", () => {
    const c = Math.cos(0.3);
    const s = Math.sin(0.3);
    expect(cond2(new Float64Array([c, -s, s, c]), 2, 2)).toBeCloseTo(1, 14);
    const A = randomMatrix(2, 3, 5);
    expectAllClose(singularValues(A, 3, 5), singularValues(transpose(A, 3, 5), 5, 3), TIGHT);
    expect(cond2(new Float64Array([1, 2, 2, 4]), 2, 2)).toBe(Infinity);
  });

  it("gives the 4×4 Hilbert matrix its known condition number 1.5514·10⁴", () => {
    const H = new Float64Array(16).map((_, i) => 1 / (Math.floor(i / 4) + (i % 4) + 1));
    expect(cond2(H, 4, 4)).toBeCloseTo(15513.738738929, 5);
  });
});
