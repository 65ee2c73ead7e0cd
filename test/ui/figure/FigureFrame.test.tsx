import { useMemo, useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { scalarLtiKernel } from "../../../src/models";
import { Slider } from "../../../src/ui/controls/Slider";
import { FigureFrame } from "../../../src/ui/figure/FigureFrame";
import { LineChart } from "../../../src/viz/chart/LineChart";

/** A demonstration figure that uses every part of the frame, the way a chapter would. */
function DemoFigure({ explode = false }: { explode?: boolean }) {
  const [dt, setDt] = useState(0.5);
  const [broken, setBroken] = useState(explode);
  const kernel = useMemo(() => scalarLtiKernel({ dt, a: -1, b: 1, c: 1 }, 16), [dt]);
  return (
    <FigureFrame
      id="test/demo"
      title="Demo kernel"
      caption="A demonstration."
      discretisation="zero-order hold"
      sources={<span>none</span>}
      summary={`Δ = ${dt.toFixed(2)}; K₀ = ${kernel[0].toFixed(4)}`}
      data={() => ({ dt, K: kernel })}
      badge={<span>badge here</span>}
      onReset={() => setBroken(false)}
      controls={<Slider label="Δ" value={dt} min={0.1} max={2} step={0.1} onChange={setDt} />}
    >
      {broken ? <Boom /> : <LineChart series={kernel} label="demo kernel" />}
    </FigureFrame>
  );
}

function Boom(): never {
  throw new Error("the model returned NaN");
}

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

describe("FigureFrame", () => {
  it("shows title, caption with its discretisation, sources, badge and a text alternative", () => {
    render(<DemoFigure />);
    const fig = screen.getByRole("figure", { name: "Demo kernel" });
    expect(fig).toHaveAccessibleDescription(/Δ = 0\.50; K₀ = /);
    expect(fig).toHaveTextContent("Discretisation: zero-order hold.");
    expect(fig).toHaveTextContent("Sources: none");
    expect(fig).toHaveTextContent("badge here");
    for (const name of ["Download SVG", "Download PNG", "Download data"]) {
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    }
  });

  it("exports exactly the data drawn, and the export follows the input as the model says", async () => {
    render(<DemoFigure />);
    fireEvent.click(screen.getByRole("button", { name: "Download data" }));
    const first = JSON.parse(await blobs[0].text());
    expect(first.dt).toBe(0.5);
    // ZOH with a = −1: K_{k+1}/K_k = Ā = e^{−Δ}.
    expect(first.K[1] / first.K[0]).toBeCloseTo(Math.exp(-0.5), 12);
    fireEvent.change(screen.getByRole("slider", { name: /Δ/ }), { target: { value: "1.5" } });
    fireEvent.click(screen.getByRole("button", { name: "Download data" }));
    const second = JSON.parse(await blobs[1].text());
    expect(second.dt).toBe(1.5);
    expect(second.K[1] / second.K[0]).toBeCloseTo(Math.exp(-1.5), 12);
    expect(screen.getByRole("figure")).toHaveAccessibleDescription(/Δ = 1\.50/);
  });

  it("exports a standalone SVG of the chart", async () => {
    render(<DemoFigure />);
    fireEvent.click(screen.getByRole("button", { name: "Download SVG" }));
    expect(blobs[0].type).toBe("image/svg+xml");
    const text = await blobs[0].text();
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain("<path");
  });

  it("catches a failing figure, says what happened, and resets it", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(<DemoFigure explode />);
    expect(screen.getByRole("alert")).toHaveTextContent("the model returned NaN");
    fireEvent.click(screen.getByRole("button", { name: "Reset figure" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("img", { name: "demo kernel" })).toBeInTheDocument();
  });
});
