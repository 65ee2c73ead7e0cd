import { useMemo, useState } from "react";
import { scalarLtiKernel, zohScalar } from "../models";
import { Slider } from "../ui/controls/Slider";
import { Tex, TexBlock } from "../ui/text/Tex";
import { LineChart } from "../viz/chart/LineChart";

const A = -1;
const L = 48;
const fmt = (v: number) => v.toFixed(2);

/** Steps until |K_k| falls below half of |K_0|: ln ½ / ln Ā, rounded up. */
function halfLifeSteps(aBar: number): number {
  return aBar > 0 && aBar < 1 ? Math.ceil(Math.log(0.5) / Math.log(aBar)) : Infinity;
}

/**
 * The skeleton's one real page: a one-state LTI SSM whose step Δ the reader moves, with its
 * convolution kernel drawn live. The app shell replaces this with the chapters.
 */
export function DemoPage() {
  const [dt, setDt] = useState(0.2);
  const kernel = useMemo(() => scalarLtiKernel({ dt, a: A, b: 1, c: 1 }, L), [dt]);
  const { aBar, bBar } = zohScalar(dt, A, 1);
  const half = halfLifeSteps(aBar);
  const summary =
    `With step size Δ = ${fmt(dt)}, Ā = ${aBar.toFixed(3)} and the kernel starts at ` +
    `K₀ = ${kernel[0].toFixed(3)}; it halves after ${half} step${half === 1 ? "" : "s"} and is ${kernel[L - 1].toExponential(1)} at k = ${L - 1}.`;
  return (
    <main className="demo">
      <h1>Selective SSM Explainer</h1>
      <p className="lede">
        A state space model carries a fixed-size state forward one token at a time. With one state
        and a fixed transition, what it remembers of a single input fades as a kernel:
      </p>
      <TexBlock>{String.raw`K_k = C\,\Abar^{k}\,\Bbar`}</TexBlock>
      <TexBlock>{String.raw`\Abar = e^{\Delta a} = e^{${fmt(dt)}\cdot(${A})} = ${aBar.toFixed(3)}`}</TexBlock>
      <Slider
        label="Step size Δ"
        value={dt}
        min={0.01}
        max={2}
        step={0.01}
        onChange={setDt}
        format={fmt}
      />
      <figure>
        <LineChart
          series={kernel}
          label={`Kernel K_k for k = 0 to ${L - 1}. ${summary}`}
          xLabel="k (steps back)"
          yLabel="K_k"
          concept="h"
        />
        <figcaption>
          The kernel of a one-state LTI SSM with <Tex>{String.raw`a = ${A},\ b = c = 1`}</Tex>,
          discretised by zero-order hold (<Tex>{String.raw`\Bbar = ${bBar.toFixed(3)}`}</Tex>).
          <span className="sr-summary" data-testid="summary" aria-live="polite">
            {" "}
            {summary}
          </span>
        </figcaption>
      </figure>
    </main>
  );
}
