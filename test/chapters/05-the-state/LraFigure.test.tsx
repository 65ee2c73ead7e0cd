import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { LraFigure } from "../../../src/chapters/05-the-state/LraFigure";
import { LISTOPS_EXAMPLE, LRA_TASKS } from "../../../src/chapters/05-the-state/lra";

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    blobs.push(b as Blob);
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe("the Long Range Arena strip", () => {
  it("plots FACTS §3's numbers only: ListOps 36.37 vs 59.60, Path-X a Transformer failure vs 96.35", async () => {
    render(<LraFigure />);
    const acc = (task: string, model: string) =>
      LRA_TASKS.find((t) => t.task === task)?.results.find((r) => r.model === model)?.accuracy;
    expect(acc("ListOps", "Transformer")).toBe(36.37);
    expect(acc("ListOps", "S4")).toBe(59.6);
    expect(acc("Path-X", "Transformer")).toBeNull();
    expect(acc("Path-X", "S4")).toBe(96.35);
    expect(LRA_TASKS.map((t) => t.chance)).toEqual([10, 50]);
    // Three bars drawn (the failed Path-X Transformer only an outline at chance), each labelled with its value.
    expect(document.querySelectorAll(".lra-bar")).toHaveLength(3);
    for (const v of ["36.37", "59.60", "96.35"]) expect(screen.getByText(v)).toBeInTheDocument();
    expect(screen.getByText(/fails \(chance level\)/)).toBeInTheDocument();
    expect(screen.getByText(LISTOPS_EXAMPLE)).toBeInTheDocument();
    expect(screen.getByTestId("figure-summary")).toHaveTextContent(
      "ListOps (10 classes, chance 10): Transformer 36.37, S4 59.60",
    );
    fireEvent.click(screen.getByRole("button", { name: "Download data" }));
    const d = JSON.parse(await blobs[0].text());
    expect(d.tasks).toEqual(JSON.parse(JSON.stringify(LRA_TASKS)));
  });

  it("evaluates the ListOps example in words: MIN 2 3 = 2, MEDIAN … = 5, MAX … = 5", () => {
    render(<LraFigure />);
    // An independent check of the arithmetic shown on the page.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const inner = Math.min(2, 3);
    const med = median([1, 5, 8, 9, 2]);
    expect(Math.max(4, 3, inner, 1, 0, med)).toBe(5);
    expect(
      screen.getByText(/MIN 2 3 = 2; MEDIAN 1 5 8 9 2 = 5; MAX 4 3 2 1 0 5 =/),
    ).toBeInTheDocument();
  });
});
