import { useMemo } from "react";
import { halfLife, SIGNAL_KINDS, type SignalKind } from "../../models";
import { SIZES } from "../../sizes";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { PlayControls } from "../../ui/controls/PlayControls";
import { Select } from "../../ui/controls/Select";
import { Slider } from "../../ui/controls/Slider";
import { usePlayer } from "../../ui/controls/usePlayer";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { TexBlock } from "../../ui/text/Tex";
import { texNumber } from "../../ui/text/texNumber";
import { HeatmapCanvas } from "../../viz/heatmap/HeatmapCanvas";
import { TraceChart } from "../../viz/trace/TraceChart";
import { fields } from "./fields";
import { figureStateFor } from "./steps";
import { useStateRun } from "./useStateRun";

export const VIEW_ID = "the-state";
const SIZE = SIZES["the-state/lti-state"];

const INPUT_LABEL: Record<SignalKind, string> = {
  impulse: "Impulse (one spike)",
  step: "Step (switches on and stays)",
  noise: "Noise (random, seeded)",
  sine: "Sine wave",
};

const fmt = (v: number) => (Math.abs(v) >= 0.01 || v === 0 ? v.toFixed(3) : v.toExponential(1));
const fmtDt = (v: number) => (v >= 0.01 ? v.toFixed(3) : v.toPrecision(2));
const fmtSteps = (v: number) =>
  Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : Math.round(v).toString()) : "∞";

const FOCUS_NOTE: Record<string, string> = {
  h: "Each column is the state after one step; each row is one of its N numbers.",
  size: "Every column holds the same N numbers, however long the input grows.",
  dt: "Each row fades at its own rate Ā; Δ sets the clock for all of them.",
  y: "The output reads all N slots at once: y = the mean of the column.",
};

/** "The state": a small S4D-Real LTI SSM run on an input the reader picks, state and output over time. */
export function StateFigure() {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const highlight = useApp((s) => s.highlight);
  const theme = useApp((s) => s.theme);
  const figure = figureStateFor(stepId);
  const focus = figure.kind === "lti" ? figure.focus : "y";
  const { dt, N, L, input, seed } = params;
  const run = useStateRun(params);
  const player = usePlayer(L, Math.max(12, L / 6), L - 1);
  const t = player.t;

  const yShown = useMemo(() => run.y.map((v, i) => (i <= t ? v : NaN)), [run.y, t]);
  const slow = { aBar: run.aBar[0], half: halfLife(run.aBar[0]) };
  const fast = { aBar: run.aBar[N - 1], half: halfLife(run.aBar[N - 1]) };
  const hNow = run.states.subarray(t * N, t * N + N);
  const emphasis = highlight ?? (focus === "size" ? "h" : focus);

  const summary =
    `Input: ${input}, L = ${L} steps; Δ = ${fmtDt(dt)}, N = ${N}. At step t = ${t}: output y = ${fmt(run.y[t])}; ` +
    `slowest slot h[1] = ${fmt(hNow[0])} (Ā = ${slow.aBar.toFixed(3)}, halves every ${fmtSteps(slow.half)} steps); ` +
    `fastest slot h[${N}] = ${fmt(hNow[N - 1])} (Ā = ${fast.aBar.toFixed(3)}). The state always holds ${N} numbers.`;

  const exportData = () => ({
    figure: "the-state/lti-state",
    discretisation: "zoh",
    dt,
    N,
    L,
    input,
    seed,
    t,
    a: run.a,
    aBar: run.aBar,
    bBar: run.bBar,
    c: run.c,
    u: run.u,
    y: run.y,
    statesTimeMajor: run.states,
  });

  return (
    <FigureFrame
      id="the-state/lti-state"
      title="A state that changes every step but never grows"
      summary={summary}
      discretisation="zero-order hold, Ā = e^(Δa), B̄ = (e^(Δa) − 1)/a"
      caption={
        <>
          An LTI state space model with S4D-Real modes a<sub>n</sub> = −n (n = 1…N), B = 1, C = 1/N.
          Top: the state h<sub>t</sub>, one column per step (blue above zero, orange below; brighter
          means larger). Bottom: the input and the output up to the marked step. {FOCUS_NOTE[focus]}
        </>
      }
      sources={<Cite id="s4d" where="S4D-Real initialisation" />}
      data={exportData}
      badge={<TestedBadge against="closed-form impulse and step responses" />}
      onReset={() =>
        setParams({ dt: fields.dt.def, N: fields.N.def, L: fields.L.def, input: fields.input.def })
      }
      controls={
        <div className="control-grid">
          <Select
            label="Input"
            value={input}
            options={SIGNAL_KINDS.map((k) => ({ value: k, label: INPUT_LABEL[k] }))}
            onChange={(v) => setParams({ input: v })}
          />
          <Slider
            label="Step size Δ"
            value={dt}
            min={fields.dt.min}
            max={fields.dt.max}
            scale="log"
            onChange={(v) => setParams({ dt: v })}
            format={fmtDt}
          />
          <Slider
            label="State size N"
            value={N}
            min={SIZE.N.min}
            max={SIZE.N.max}
            step={1}
            onChange={(v) => setParams({ N: v })}
          />
          <Slider
            label="Length L"
            value={L}
            min={16}
            max={SIZE.L.max}
            step={16}
            onChange={(v) => setParams({ L: v })}
          />
          <PlayControls player={player} length={L} unit="step" />
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </div>
      }
    >
      <div className={`state-figure focus-${focus}`} data-focus={focus}>
        <div className="formula-pair">
          <TexBlock>{String.raw`h_t[n] = \Abar_n\, h_{t-1}[n] + \Bbar_n\, u_t`}</TexBlock>
          <TexBlock>{String.raw`y_t = \tfrac{1}{${N}}\textstyle\sum_{n} h_t[n]`}</TexBlock>
        </div>
        <div className="formula-pair">
          <TexBlock>{String.raw`\Abar_1 = e^{${fmtDt(dt)}\cdot(-1)} = ${slow.aBar.toFixed(3)}`}</TexBlock>
          <TexBlock>{String.raw`y_{${t}} = ${texNumber(run.y[t])}`}</TexBlock>
        </div>
        {focus === "size" && (
          <p className="figure-callout" data-testid="size-callout">
            Memory at every step: <strong>{N} numbers</strong> ({N * 8} bytes in float64), for L ={" "}
            {L} or for a million.
          </p>
        )}
        <HeatmapCanvas
          grid={run.states}
          cols={L}
          rows={N}
          revealCols={t + 1}
          label={`State heat map: ${N} slots over ${L} steps, shown up to step ${t}.`}
          xLabel="step t"
          rowLabel={(r) => `h[${r + 1}]`}
          markCol={t}
          themeKey={theme}
          isEmphasised={emphasis === "h" || emphasis === "dt"}
          format={fmt}
        />
        <TraceChart
          series={[
            {
              values: run.u,
              name: "input u",
              concept: "u",
              isDashed: true,
              isEmphasised: emphasis === "u",
            },
            { values: yShown, name: "output y", concept: "y", isEmphasised: emphasis === "y" },
          ]}
          label={`Input and output over ${L} steps; output ${fmt(run.y[t])} at step ${t}.`}
          xLabel="step t"
          markT={t}
        />
        {focus === "dt" && (
          <p className="figure-callout" data-testid="dt-callout">
            Slot h[1] halves every {fmtSteps(slow.half)} steps; slot h[{N}] every{" "}
            {fmtSteps(fast.half)}.
          </p>
        )}
      </div>
    </FigureFrame>
  );
}
