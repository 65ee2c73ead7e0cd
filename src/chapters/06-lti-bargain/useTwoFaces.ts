import { useMemo } from "react";
import {
  causalConv,
  convolutionTerms,
  discretizeZoh,
  ltiKernel,
  makeSignal,
  maxAbsDifference,
  positionKernel,
  positionKernelSpread,
  tokenDependentDt,
  tokenPulses,
  zohRecurrence,
  type ZohRun,
} from "../../models";
import type { InputKind } from "./fields";

export interface TwoFacesParams {
  dt: number;
  N: number;
  L: number;
  a1: number;
  a2: number;
  b1: number;
  b2: number;
  c1: number;
  c2: number;
  input: InputKind;
  seed: number;
}

export interface TwoFacesRun {
  u: Float64Array;
  a: Float64Array;
  b: Float64Array;
  c: Float64Array;
  /** Δ_t per token: constant, or set by the token. */
  dts: Float64Array;
  /** The recurrence (always available), through the golden-verified selective scan. */
  rec: ZohRun;
  /** The time-invariant face: null when Δ depends on the token. */
  lti: {
    aBar: Float64Array;
    bBar: Float64Array;
    kernel: Float64Array;
    yConv: Float64Array;
    diff: { value: number; index: number };
  } | null;
  /** How far apart the kernels of different positions are (null while time-invariant). */
  spread: { spread: number; lag: number } | null;
}

/** The input the reader picked, length L. */
export function makeInput(kind: InputKind, L: number, seed: number): Float64Array {
  return kind === "pulses"
    ? tokenPulses(L)
    : makeSignal(kind, L, { seed, onset: Math.floor(L / 8) });
}

/** The model's parameters for N modes: a, b, c of length N. */
export function modesOf(p: TwoFacesParams) {
  const take = (v1: number, v2: number) => Float64Array.from([v1, v2].slice(0, p.N));
  return { a: take(p.a1, p.a2), b: take(p.b1, p.b2), c: take(p.c1, p.c2) };
}

/**
 * Both faces for the current settings. Work per input change at the largest size (L = 512, N = 2):
 * the direct convolution, L²/2 = 1.3·10⁵ products, or, with Δ per token, the spread of the
 * position kernels, L²·N/2 = 2.6·10⁵ (DESIGNS §j: main thread).
 */
export function runTwoFaces(p: TwoFacesParams, isTokenDt: boolean, u: Float64Array): TwoFacesRun {
  const { a, b, c } = modesOf(p);
  const dts = isTokenDt ? tokenDependentDt(p.dt, u) : new Float64Array(u.length).fill(p.dt);
  const rec = zohRecurrence(dts, a, b, c, u);
  if (isTokenDt) {
    return { u, a, b, c, dts, rec, lti: null, spread: positionKernelSpread(rec.aBar, rec.bBar, c) };
  }
  const { aBar, bBar } = discretizeZoh(p.dt, a, b);
  const kernel = ltiKernel(aBar, bBar, c, u.length);
  const yConv = causalConv(kernel, u);
  const diff = maxAbsDifference(yConv, rec.y);
  return { u, a, b, c, dts, rec, lti: { aBar, bBar, kernel, yConv, diff }, spread: null };
}

export interface TwoFacesAtStep {
  /** The kernel drawn at step t: the LTI kernel, or the one position t would need. */
  kernel: Float64Array;
  /** K_j·u_{t−j}, j = 0 … t (empty with Δ per token: no single kernel to multiply by). */
  terms: Float64Array;
  largestTerm: number;
}

/** What the figure draws at the marked step: O(t·N). */
export function atStep(run: TwoFacesRun, t: number): TwoFacesAtStep {
  if (run.lti) {
    const { terms, largest } = convolutionTerms(run.lti.kernel, run.u, t);
    return { kernel: run.lti.kernel, terms, largestTerm: largest };
  }
  const kernel = positionKernel(run.rec.aBar, run.rec.bBar, run.c, t);
  return { kernel, terms: new Float64Array(0), largestTerm: -1 };
}

/** The run for the current settings, memoised on them, and what it draws at step t. */
export function useTwoFaces(p: TwoFacesParams, isTokenDt: boolean, t: number) {
  const { input, L, seed } = p;
  const u = useMemo(() => makeInput(input, L, seed), [input, L, seed]);
  const { dt, N, a1, a2, b1, b2, c1, c2 } = p;
  const run = useMemo(
    () => runTwoFaces({ dt, N, L, a1, a2, b1, b2, c1, c2, input, seed }, isTokenDt, u),
    [dt, N, L, a1, a2, b1, b2, c1, c2, input, seed, isTokenDt, u],
  );
  const tt = Math.min(Math.max(0, t), L - 1);
  const step = useMemo(() => atStep(run, tt), [run, tt]);
  return { run, step, t: tt };
}
