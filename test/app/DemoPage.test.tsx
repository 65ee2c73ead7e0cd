import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { DemoPage } from "../../src/app/DemoPage";

describe("DemoPage", () => {
  it("has a title, a labelled slider, a formula and a chart with axes", () => {
    render(<DemoPage />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Selective SSM Explainer");
    expect(screen.getByRole("slider", { name: /step size/i })).toBeInTheDocument();
    expect(document.querySelector(".katex")).not.toBeNull();
    expect(document.querySelector(".katex-error")).toBeNull();
    expect(screen.getByTestId("chart").querySelectorAll(".tick").length).toBeGreaterThan(3);
    expect(screen.getByRole("img", { name: /kernel/i })).toBeInTheDocument();
  });

  it("redraws the kernel and restates it when Δ changes, as the ZOH closed form says", () => {
    render(<DemoPage />);
    const before = screen.getByTestId("line").getAttribute("d");
    fireEvent.change(screen.getByRole("slider"), { target: { value: "1" } });
    expect(screen.getByTestId("line").getAttribute("d")).not.toBe(before);
    // Ā = e^{−Δ} at a = −1: e^{−1} = 0.368; halving takes ceil(ln ½ / ln Ā) = ceil(0.693) = 1 step.
    expect(screen.getByTestId("summary")).toHaveTextContent("Ā = 0.368");
    expect(screen.getByTestId("summary")).toHaveTextContent("halves after 1 step ");
  });
});
