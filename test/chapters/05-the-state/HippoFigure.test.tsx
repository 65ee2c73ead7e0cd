import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { HippoFigure } from "../../../src/chapters/05-the-state/HippoFigure";
import { hippoSignal, hippoTestSignal, hippoTrajectory } from "../../../src/models";
import { appStore } from "../../../src/state/store";
import type { HippoRequest } from "../../../src/workers/hippoProtocol";
import { FakeWorker } from "../../support/browserStubs";

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    blobs.push(b as Blob);
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  appStore.getState().setRoute({ kind: "chapter", id: "the-state" });
});
afterEach(() => vi.restoreAllMocks());

/** The figure with the chapter's drawing state around it (as ChapterFigure holds it). */
function Harness() {
  const [drawn, setDrawn] = useState<Float64Array | null>(null);
  return <HippoFigure drawn={drawn} onDrawnChange={setDrawn} />;
}

async function exported() {
  fireEvent.click(screen.getByRole("button", { name: "Download data" }));
  return JSON.parse(await blobs[blobs.length - 1].text());
}
const summary = () => screen.getByTestId("figure-summary").textContent ?? "";
const rel = (got: number, exp: number) => Math.abs(got / exp - 1);

describe("the HiPPO compressor figure", { timeout: 20_000 }, () => {
  it("opens on LegS, N = 16, bilinear, at t = L: DESIGNS §g's RMSE 0.0140, computed on the main thread", async () => {
    render(<Harness />);
    const d = await exported();
    expect(d).toMatchObject({ measure: "legs", N: 16, L: 2000, t: 2000, computedIn: "main" });
    expect(d.discretisation).toMatch(/bilinear/);
    expect(d.signal).toEqual(Array.from(hippoTestSignal(2000)));
    expect(rel(d.rmse, 0.014)).toBeLessThan(0.05);
    expect(d.signalRms).toBeCloseTo(0.871, 3);
    expect(d.coefficients).toHaveLength(16);
    expect(d.reconstruction.values).toHaveLength(2000);
    expect(d.peakSoFar.value).toBeLessThan(1.25);
    expect(summary()).toContain("RMSE 0.014");
    expect(screen.getByRole("figure")).toHaveAttribute("data-ready", "true");
    expect(document.querySelector("[data-computed-in]")).toHaveAttribute(
      "data-computed-in",
      "main",
    );
  });

  it("follows N: at N = 8 eight polynomials blur four oscillations (RMSE 0.616)", async () => {
    render(<Harness />);
    const before = summary();
    fireEvent.change(screen.getByRole("slider", { name: /Coefficients N/ }), {
      target: { value: "8" },
    });
    const d = await exported();
    expect(d.N).toBe(8);
    expect(d.coefficients).toHaveLength(8);
    expect(rel(d.rmse, 0.616)).toBeLessThan(0.05);
    expect(summary()).not.toBe(before);
    expect(summary()).toContain("N = 8 coefficients");
  });

  it("follows the measure: LegT keeps the last 1,000 samples, to an RMSE near 6.4e-5", async () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole("combobox", { name: "Measure" }), {
      target: { value: "legt" },
    });
    const d = await exported();
    expect(d.measure).toBe("legt");
    expect(d.theta).toBe(1000);
    expect(d.reconstruction.times[0]).toBe(1001);
    expect(d.reconstruction.times).toHaveLength(1000);
    expect(d.rmse).toBeLessThan(1e-4);
    expect(rel(d.rmse, 6.41e-5)).toBeLessThan(0.1);
    expect(summary()).toContain("LegT");
  });

  it("forward Euler: |c| reached 1.38×10⁹ at step 11 (N = 16), said in the figure and its text", async () => {
    act(() => appStore.getState().setStep("why-the-step-rule-matters"));
    render(<Harness />);
    expect(screen.queryByTestId("hippo-clip")).toBeNull();
    fireEvent.click(screen.getByRole("switch", { name: /Forward Euler/ }));
    const d = await exported();
    expect(d.discretisation).toMatch(/forward Euler/);
    expect(d.peakSoFar.step).toBe(11);
    expect(rel(d.peakSoFar.value, 1.38e9)).toBeLessThan(0.02);
    expect(summary()).toContain("clipped: |c| reached 1.38×10⁹ at step 11");
    expect(screen.getByTestId("hippo-clip")).toHaveTextContent("|c| reached 1.38×10⁹");
    // At the peak the bars leave the plotted range: they are clipped and marked.
    fireEvent.click(screen.getByRole("button", { name: /Go to the peak/ }));
    expect(summary()).toContain("At t = 11:");
    expect(document.querySelectorAll(".coef-bar.is-clipped").length).toBeGreaterThan(0);
    expect(screen.getByText(/bars clipped at ±2.5/)).toBeInTheDocument();
    expect((await exported()).maxAbsPerStep).toHaveLength(2000);
  });

  it("switching the preset changes the signal it compresses", async () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole("combobox", { name: "Signal" }), {
      target: { value: "step" },
    });
    const d = await exported();
    expect(d.signalSource).toBe("step");
    expect(d.signal).toEqual(Array.from(hippoSignal("step", 2000)));
  });
});

describe("drawing the signal", { timeout: 20_000 }, () => {
  it("with a pointer: a stroke repaints the samples it crosses and the memory re-runs", async () => {
    render(<Harness />);
    const surface = screen.getByTestId("draw-surface");
    const before = summary();
    // jsdom has no layout: the chart keeps its 560 × 200 fallback, so client px are chart px.
    fireEvent.pointerDown(surface, { clientX: 100, clientY: 40, pointerId: 1, button: 0 });
    fireEvent.pointerMove(surface, { clientX: 200, clientY: 40, pointerId: 1 });
    fireEvent.pointerMove(surface, { clientX: 300, clientY: 40, pointerId: 1 });
    fireEvent.pointerUp(surface, { clientX: 300, clientY: 40, pointerId: 1 });
    const d = await exported();
    expect(d.signalSource).toBe("drawn");
    const test = hippoTestSignal(2000);
    const changed = d.signal.filter((v: number, i: number) => v !== test[i]).length;
    expect(changed).toBeGreaterThan(500);
    const painted = d.signal[600];
    expect(painted).toBeGreaterThan(1.5);
    expect(d.signal[1800]).toBe(test[1800]);
    expect(summary()).toContain("Signal: your drawing");
    expect(summary()).not.toBe(before);
    const expected = hippoTrajectory({
      measure: "legs",
      N: 16,
      signal: Float64Array.from(d.signal),
    });
    expect(d.coefficients).toEqual(Array.from(expected.coefficients.subarray(1999 * 16)));
    expect(screen.getByRole("combobox", { name: "Signal" })).toHaveValue("drawn");
  });

  it("with the keyboard: arrows choose a control point and nudge it", async () => {
    render(<Harness />);
    const first = screen.getByRole("slider", { name: /Point 1 of 16/ });
    expect(first).toHaveAttribute("tabindex", "0");
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "ArrowRight" });
    const second = screen.getByRole("slider", { name: /Point 2 of 16/ });
    expect(document.activeElement).toBe(second);
    expect(second).toHaveAttribute("tabindex", "0");
    const i = 133; // round(1 · 1999 / 15)
    expect(second).toHaveAccessibleName(`Point 2 of 16, at time ${i + 1}`);
    fireEvent.keyDown(second, { key: "ArrowDown" });
    fireEvent.keyDown(second, { key: "PageDown" });
    const d = await exported();
    const test = hippoTestSignal(2000);
    expect(d.signalSource).toBe("drawn");
    expect(d.signal[i]).toBeCloseTo(test[i] - 0.6, 12);
    expect(d.signal[0]).toBe(test[0]);
    expect(d.signal[67]).toBeCloseTo(test[67] - 0.6 * (67 / 133), 12);
    expect(summary()).toContain("your drawing");
    // Back to a preset forgets the drawing.
    fireEvent.change(screen.getByRole("combobox", { name: "Signal" }), {
      target: { value: "test" },
    });
    expect((await exported()).signalSource).toBe("test");
  });
});

describe("above N = 32 the run goes to the worker", { timeout: 20_000 }, () => {
  const hippoWorkers = () => FakeWorker.instances.filter((w) => String(w.url).includes("hippo"));

  it("dims the old picture with a progress bar, then shows the worker's answer", async () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole("slider", { name: /Coefficients N/ }), {
      target: { value: "48" },
    });
    const figure = screen.getByRole("figure");
    expect(figure).toHaveAttribute("data-ready", "false");
    expect(document.querySelector("[data-computed-in]")).toHaveAttribute(
      "data-computed-in",
      "worker",
    );
    // The old (N = 16) picture stays on screen meanwhile.
    expect(document.querySelectorAll(".coef-bar")).toHaveLength(16);
    const worker = hippoWorkers().at(-1)!;
    const req = worker.posted.at(-1) as HippoRequest;
    expect(req.kind).toBe("hippo-trajectory");
    expect(req.input).toMatchObject({ measure: "legs", N: 48, method: "bilinear" });
    await act(async () => worker.reply({ id: req.id, progress: 0.4 }));
    expect(screen.getByRole("progressbar")).toHaveAttribute("value", "0.4");
    expect(summary()).toContain("Computing N = 48: 40%");
    const output = hippoTrajectory(req.input);
    await act(async () => worker.reply({ id: req.id, ok: true, output }));
    expect(figure).toHaveAttribute("data-ready", "true");
    expect(document.querySelectorAll(".coef-bar")).toHaveLength(48);
    expect(summary()).toContain("computed in a background worker");
    const d = await exported();
    expect(d.N).toBe(48);
    expect(d.computedIn).toBe("worker");
  });
});
