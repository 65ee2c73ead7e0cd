import { useMemo } from "react";
import { scalarLtiKernel, zohScalar } from "../../models";
import { useViewParams } from "../../state/useViewParams";
import { Slider } from "../../ui/controls/Slider";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { TestedBadge } from "../../ui/figure/Badges";
import { Tex, TexBlock } from "../../ui/text/Tex";
import { Term } from "../../ui/text/Term";
import { LineChart } from "../../viz/chart/LineChart";
import { heroFields } from "./heroFields";

const A = -1;
const L = 48;
const fmt = (v: number) => v.toFixed(2);

/** Steps until the kernel falls below half its first value: ln ½ / ln Ā, rounded up. */
function halfLifeSteps(aBar: number): number {
  return aBar > 0 && aBar < 1 ? Math.ceil(Math.log(0.5) / Math.log(aBar)) : Infinity;
}

/** The contents page's live figure: how long a one-state LTI SSM remembers, as Δ changes. */
export function KernelHero() {
  const { params, setParams, notes } = useViewParams("contents", heroFields);
  const { dt } = params;
  const kernel = useMemo(() => scalarLtiKernel({ dt, a: A, b: 1, c: 1 }, L), [dt]);
  const { aBar, bBar } = zohScalar(dt, A, 1);
  const half = halfLifeSteps(aBar);
  const summary =
    `With step size Δ = ${fmt(dt)}, Ā = ${aBar.toFixed(3)} and the kernel starts at K₀ = ${kernel[0].toFixed(3)}; ` +
    `it halves after ${half} step${half === 1 ? "" : "s"} and is ${kernel[L - 1].toExponential(1)} at k = ${L - 1}.`;
  return (
    <FigureFrame
      id="contents/kernel"
      title="One state, one fading memory"
      summary={summary}
      discretisation="zero-order hold, Ā = e^(Δa), B̄ = (e^(Δa) − 1)/a · b"
      caption={
        <>
          The kernel of a one-state LTI SSM with <Tex>{String.raw`a = ${A},\ b = c = 1`}</Tex>: how
          much of an input <Term k="h">the state</Term> still holds k steps later.
        </>
      }
      data={() => ({ dt, a: A, b: 1, c: 1, aBar, bBar, k: Array.from(kernel.keys()), K: kernel })}
      badge={<TestedBadge against="its recurrence" />}
      onReset={() => setParams({ dt: heroFields.dt.def })}
      controls={
        <>
          <Slider
            label="Step size Δ"
            value={dt}
            min={heroFields.dt.min}
            max={heroFields.dt.max}
            step={0.01}
            onChange={(v) => setParams({ dt: v })}
            format={fmt}
          />
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </>
      }
    >
      <div className="formula-pair">
        <TexBlock>{String.raw`K_k = C\,\Abar^{k}\,\Bbar`}</TexBlock>
        <TexBlock>{String.raw`\Abar = e^{${fmt(dt)}\cdot(${A})} = ${aBar.toFixed(3)}`}</TexBlock>
      </div>
      <LineChart
        series={kernel}
        label={`Kernel K_k for k = 0 to ${L - 1}`}
        xLabel="k (steps back)"
        yLabel="K_k"
        concept="h"
      />
    </FigureFrame>
  );
}
