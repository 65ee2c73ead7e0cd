import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { TwoFacesFigure, VIEW_ID } from "../../../src/chapters/06-lti-bargain/Figure";
import LtiBargainChapter, { tokenDtVerdict } from "../../../src/chapters/06-lti-bargain/Chapter";
import { fields } from "../../../src/chapters/06-lti-bargain/fields";
import { STEP_IDS } from "../../../src/chapters/06-lti-bargain/steps";
import { defaults } from "../../../src/state/fields";
import { appStore } from "../../../src/state/store";

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    blobs.push(b as Blob);
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  appStore.setState(appStore.getInitialState(), true);
  appStore.getState().setRoute({ kind: "chapter", id: "lti-bargain" });
});
afterEach(() => vi.restoreAllMocks());

async function exported() {
  fireEvent.click(screen.getByRole("button", { name: "Download data" }));
  return JSON.parse(await blobs[blobs.length - 1].text());
}

const summary = () => screen.getByTestId("figure-summary").textContent ?? "";

/** Independent slow kernel and convolution (plain loops, Math.exp/Math.pow). */
function slowKernel(dt: number, a: number[], b: number[], c: number[], L: number): number[] {
  return Array.from({ length: L }, (_, j) =>
    a.reduce((s, an, n) => {
      const aBar = Math.exp(dt * an);
      return s + c[n] * Math.pow(aBar, j) * ((aBar - 1) / an) * b[n];
    }, 0),
  );
}

// Each test renders the whole figure several times; a busy machine can take seconds.
vi.setConfig({ testTimeout: 30_000 });

describe("the two-faces figure", () => {
  it("exports the ZOH model it draws, with both outputs agreeing to rounding", async () => {
    render(<TwoFacesFigure />);
    const d = await exported();
    expect(d).toMatchObject({ dt: 0.3, N: 2, L: 64, input: "pulses", tokenDependentDt: false });
    expect(d.a).toEqual([-0.5, -1.5]);
    expect(d.b).toEqual([1, 1]);
    expect(d.c).toEqual([1, -1]);
    const K = slowKernel(0.3, d.a, d.b, d.c, d.L);
    for (let j = 0; j < d.L; j++) expect(d.kernel[j]).toBeCloseTo(K[j], 14);
    // Three pulses: the output is three shifted, scaled copies of the kernel.
    for (let t = 0; t < d.L; t++) {
      let y = 0;
      for (let s = 0; s <= t; s++) y += K[t - s] * d.u[s];
      expect(d.yConvolution[t]).toBeCloseTo(y, 13);
      expect(d.yRecurrence[t]).toBeCloseTo(y, 13);
    }
    expect(d.maxAbsDifference).toBeGreaterThanOrEqual(0);
    expect(d.maxAbsDifference).toBeLessThan(1e-14);
    // The products under the kernel at the marked step sum to the output there.
    const sum = d.termsAtT.reduce((s: number, v: number) => s + v, 0);
    expect(sum).toBe(d.yConvolution[d.t]);
    expect(screen.getByTestId("max-diff")).toHaveTextContent(
      /max \|conv − rec\| = (0|\d\.\d × 10⁻)/,
    );
    expect(summary()).toContain("Largest |convolution − recurrence| over all 64 steps");
  });

  it("follows Δ, A, B, C and N in its data and its text alternative", async () => {
    render(<TwoFacesFigure />);
    const before = summary();
    // The log slider's positions run 0…100 over [0.01, 2]: position 50 is √(0.01·2) ≈ 0.141.
    fireEvent.change(screen.getByRole("slider", { name: /Step size/ }), {
      target: { value: "50" },
    });
    let d = await exported();
    expect(d.dt).toBeCloseTo(Math.sqrt(0.02), 3);
    expect(d.aBarTimeMajor[0]).toBeCloseTo(Math.exp(-0.5 * d.dt), 14);
    expect(summary()).not.toBe(before);

    fireEvent.change(screen.getByRole("slider", { name: /A₁/ }), { target: { value: "-2" } });
    d = await exported();
    expect(d.a[0]).toBe(-2);
    expect(d.kernel[0]).toBeCloseTo(slowKernel(d.dt, d.a, d.b, d.c, 1)[0], 14);
    expect(summary()).toContain("A = (−2.00, −1.50)");

    fireEvent.change(screen.getByRole("slider", { name: /C₂/ }), { target: { value: "0" } });
    d = await exported();
    // With C₂ = 0 only mode 1 is read: K_j = C₁·Ā₁^j·B̄₁.
    const aBar1 = Math.exp(-2 * d.dt);
    expect(d.kernel[5]).toBeCloseTo(Math.pow(aBar1, 5) * ((aBar1 - 1) / -2), 14);

    fireEvent.change(screen.getByRole("slider", { name: /B₁/ }), { target: { value: "0.5" } });
    d = await exported();
    expect(d.kernel[5]).toBeCloseTo(0.5 * Math.pow(aBar1, 5) * ((aBar1 - 1) / -2), 14);

    fireEvent.change(screen.getByRole("slider", { name: /State size/ }), {
      target: { value: "1" },
    });
    d = await exported();
    expect(d.a).toEqual([-2]);
    expect(d.statesTimeMajor).toHaveLength(d.L);
    expect(screen.queryByRole("slider", { name: /A₂/ })).toBeNull();
    expect(summary()).toContain("N = 1");
    expect(d.maxAbsDifference).toBeLessThan(1e-14);
  });

  it("greys out the kernel when Δ depends on the token, while the recurrence keeps running", async () => {
    render(<TwoFacesFigure />);
    expect(screen.queryByTestId("no-kernel-note")).toBeNull();
    fireEvent.click(screen.getByRole("switch", { name: /Make Δ depend on the token/ }));
    const d = await exported();
    expect(d.tokenDependentDt).toBe(true);
    expect(d.kernel).toBeNull();
    expect(d.yConvolution).toBeNull();
    expect(d.positionKernelSpread).toBeGreaterThan(0.01);
    // Δ_t = softplus(softplus⁻¹(Δ) + 2u_t): Δ where u = 0, larger at the positive first pulse.
    const pulse = d.u.findIndex((v: number) => v === 1);
    expect(d.dtPerToken[0]).toBe(0.3);
    const bias = Math.log(Math.expm1(0.3));
    expect(d.dtPerToken[pulse]).toBeCloseTo(Math.log1p(Math.exp(bias + 2)), 14);
    expect(d.yRecurrence.every(Number.isFinite)).toBe(true);
    // The kernel the marked step needs reproduces its output.
    let y = 0;
    for (let j = 0; j <= d.t; j++) y += d.positionKernelAtT[j] * d.u[d.t - j];
    expect(y).toBeCloseTo(d.yRecurrence[d.t], 12);
    expect(screen.getByTestId("no-kernel-note")).toHaveTextContent(/own/);
    expect(screen.getByTestId("max-diff")).toHaveTextContent("no single kernel");
    expect(summary()).toContain("No single kernel");
    expect(document.querySelector('[data-mode="token"]')).not.toBeNull();
  });

  it("lets the step decide Δ's mode until the reader chooses", async () => {
    appStore.getState().setStep("no-single-kernel");
    render(<TwoFacesFigure />);
    expect((await exported()).tokenDependentDt).toBe(true);
    const toggle = screen.getByRole("switch", { name: /Make Δ depend on the token/ });
    expect(toggle).toBeChecked();
    fireEvent.click(toggle);
    expect((await exported()).tokenDependentDt).toBe(false);
    act(() => appStore.getState().setStep("a-loop"));
    expect((await exported()).tokenDependentDt).toBe(false);
    fireEvent.click(toggle);
    expect((await exported()).tokenDependentDt).toBe(true);
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({ tokenDt: "on" });
  });

  it("draws every convolution output at once on the step about parallel training", async () => {
    appStore.getState().setStep("why-it-mattered");
    render(<TwoFacesFigure />);
    expect(screen.getByTestId("parallel-callout")).toHaveTextContent("64 outputs");
    const d = await exported();
    const conv = document.querySelector('[data-series="y-convolution"]')!.getAttribute("d")!;
    const rec = document.querySelector('[data-series="y-recurrence"]')!.getAttribute("d")!;
    // One path command per drawn step: the convolution has all 64, the loop stops at the mark.
    expect(conv.match(/[ML]/g)).toHaveLength(d.L);
    expect(rec.match(/[ML]/g)).toHaveLength(d.t + 1);
  });
});

describe("the prediction", () => {
  it("computes that only the recurrence survives a token-dependent Δ, and turns it on", async () => {
    const verdict = tokenDtVerdict(defaults(fields));
    expect(verdict.value).toBe("recurrence");
    expect(verdict.spread).toBeGreaterThan(0.01);

    render(<LtiBargainChapter />);
    const reveal = screen.getByRole("button", { name: /Choose a guess/ });
    expect(reveal).toBeDisabled();
    fireEvent.click(screen.getByRole("radio", { name: "Both, and they still agree" }));
    fireEvent.click(screen.getByRole("button", { name: "Reveal the answer" }));
    const result = document.querySelector(".predict-result")!;
    expect(result).toHaveTextContent("Your guess: Both, and they still agree");
    expect(result).toHaveTextContent("The model: Only the recurrence");
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({ tokenDt: "on" });
    expect(screen.getByTestId("no-kernel-note")).toBeInTheDocument();
    expect(STEP_IDS).toContain("what-it-cost");
  });
});
