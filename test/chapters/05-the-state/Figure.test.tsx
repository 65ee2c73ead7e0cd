import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { StateFigure } from "../../../src/chapters/05-the-state/Figure";
import { appStore } from "../../../src/state/store";

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

async function exported() {
  fireEvent.click(screen.getByRole("button", { name: "Download data" }));
  return JSON.parse(await blobs[blobs.length - 1].text());
}

describe("the state figure", () => {
  it("exports the ZOH model it draws: Ā_n = e^{−Δ(n+1)}, B̄_n = (1 − Ā_n)/(n+1), C = 1/N", async () => {
    render(<StateFigure />);
    const d = await exported();
    expect(d.dt).toBe(0.1);
    expect(d.N).toBe(4);
    expect(d.statesTimeMajor).toHaveLength(d.L * d.N);
    for (let n = 0; n < d.N; n++) {
      expect(d.aBar[n]).toBeCloseTo(Math.exp(-0.1 * (n + 1)), 14);
      expect(d.bBar[n]).toBeCloseTo((1 - Math.exp(-0.1 * (n + 1))) / (n + 1), 14);
      expect(d.c[n]).toBe(0.25);
    }
  });

  it("follows Δ, N and the input, in its data and in its text alternative", async () => {
    render(<StateFigure />);
    const figure = screen.getByRole("figure");
    const textBefore =
      figure.getAttribute("aria-describedby") && screen.getByTestId("figure-summary").textContent;

    // The log slider's positions run 0…100 over [0.001, 2]: position 50 is √(0.001·2) ≈ 0.0447.
    fireEvent.change(screen.getByRole("slider", { name: /Step size/ }), {
      target: { value: "50" },
    });
    let d = await exported();
    expect(d.dt).toBeCloseTo(Math.sqrt(0.002), 3);
    expect(d.aBar[0]).toBeCloseTo(Math.exp(-d.dt), 14);
    expect(screen.getByTestId("figure-summary").textContent).not.toBe(textBefore);

    fireEvent.change(screen.getByRole("slider", { name: /State size/ }), {
      target: { value: "9" },
    });
    d = await exported();
    expect(d.a).toEqual(Array.from({ length: 9 }, (_, n) => -(n + 1)));
    expect(screen.getByTestId("figure-summary")).toHaveTextContent("N = 9");

    fireEvent.change(screen.getByRole("combobox", { name: "Input" }), {
      target: { value: "step" },
    });
    d = await exported();
    const onset = Math.floor(d.L / 8);
    expect(d.u.slice(0, onset).every((v: number) => v === 0)).toBe(true);
    expect(d.u.slice(onset).every((v: number) => v === 1)).toBe(true);
    // A unit step drives slot n towards its fixed point B̄/(1 − Ā) = 1/(n+1) (for long enough inputs).
    expect(screen.getByTestId("figure-summary")).toHaveTextContent("Input: step");
  });
});
