import { TOKEN_DT_WEIGHT } from "../../models";
import { useApp, type Concept } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { PlayControls } from "../../ui/controls/PlayControls";
import { Select } from "../../ui/controls/Select";
import { Slider } from "../../ui/controls/Slider";
import { Toggle } from "../../ui/controls/Toggle";
import { usePlayer } from "../../ui/controls/usePlayer";
import { VerifiedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { TexBlock } from "../../ui/text/Tex";
import { texNumber } from "../../ui/text/texNumber";
import { TwoFacesChart } from "../../viz/twofaces/TwoFacesChart";
import type { PanelKey } from "../../viz/twofaces/twoFacesLayout";
import { FIGURE_ID, fields, INPUT_KINDS, type InputKind } from "./fields";
import { fmt, fmt2, fmtDt, sci, sub, tuple } from "./format";
import { figureStateFor, type TwoFacesFocus } from "./steps";
import { useTwoFaces, type TwoFacesRun } from "./useTwoFaces";
import "./lti-bargain.css";

export const VIEW_ID = "lti-bargain";

const INPUT_LABEL: Record<InputKind, string> = {
  pulses: "Three pulses",
  impulse: "One spike",
  step: "Step",
  noise: "Noise (seeded)",
  sine: "Sine wave",
};

/** The panel each step frames. */
const FOCUS_PANEL: Record<TwoFacesFocus, PanelKey> = {
  state: "state",
  kernel: "kernel",
  same: "output",
  parallel: "output",
  price: "input",
  token: "kernel",
};

/** The panel a hovered or focused word in the prose frames. */
const TERM_PANEL: Partial<Record<Concept, PanelKey>> = { h: "state", u: "input", y: "output" };

const FOCUS_NOTE: Record<TwoFacesFocus, string> = {
  state: "The loop carries two numbers from step to step.",
  kernel: "The kernel is drawn flipped, its first tap under the marked step.",
  same: "The dashes (convolution) run inside the band (recurrence).",
  parallel:
    "The convolution's output is drawn over every step at once; the loop's only up to the mark.",
  price: "Every token meets the same Δ, Ā and B̄.",
  token: "With Δ set by each token, the kernel panel has no single kernel to show.",
};

type FormulaRow = "state" | "sum" | "params" | "kernel";

/** Which formulas each step shows while the model is time-invariant. */
const FORMULA_ROWS: Record<TwoFacesFocus, readonly FormulaRow[]> = {
  state: ["state", "params"],
  kernel: ["kernel", "sum"],
  same: ["state", "sum"],
  parallel: ["sum"],
  price: ["params"],
  token: ["state", "sum"],
};
/** With Δ per token: this step's Δ, Ā, B̄ and the state they move. */
const TOKEN_FORMULA_ROWS: readonly FormulaRow[] = ["state", "params"];

/** An ordered tuple for KaTeX: (0.861,\ 0.638), or the number alone when N = 1. */
function texTuple(values: ArrayLike<number>): string {
  const parts = Array.from(values, (v) => texNumber(v));
  return parts.length === 1 ? parts[0] : String.raw`(${parts.join(String.raw`,\ `)})`;
}

/** The convolution sum at step t written out: its nonzero products when there are few. */
function texConvSum(run: TwoFacesRun, terms: Float64Array, t: number): string {
  const nonzero: number[] = [];
  for (let j = 0; j < terms.length; j++) if (terms[j] !== 0) nonzero.push(j);
  const general = String.raw`y_{${t}} = C\,h_{${t}} = \textstyle\sum_{j} K_j\,u_{${t}-j}`;
  const value = texNumber(run.lti?.yConv[t] ?? 0);
  if (nonzero.length === 0) return String.raw`${general} = 0`;
  if (nonzero.length > 3) return String.raw`${general} = ${value}`;
  const parts = nonzero.map((j) => String.raw`K_{${j}}u_{${t - j}}`).join(" + ");
  return String.raw`${general} = ${parts} = ${value}`;
}

/** "One model, two faces": the recurrence and the convolution of one small SSM, side by side. */
export function TwoFacesFigure() {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const highlight = useApp((s) => s.highlight);
  const { focus, isTokenDt: stepTokenDt } = figureStateFor(stepId);
  const { dt, N, L, input, tokenDt } = params;
  const isTokenDt = tokenDt === "auto" ? stepTokenDt : tokenDt === "on";
  const player = usePlayer(L, Math.max(8, L / 6), Math.round(0.55 * (L - 1)));
  const { run, step, t } = useTwoFaces(params, isTokenDt, player.t);
  const { rec, lti, spread, a, b, c, dts } = run;

  const h = rec.states.subarray(t * N, t * N + N);
  const aBarT = rec.aBar.subarray(t * N, t * N + N);
  const bBarT = rec.bBar.subarray(t * N, t * N + N);
  const emphasis = (highlight && TERM_PANEL[highlight]) ?? FOCUS_PANEL[focus];
  const isDtHighlighted = highlight === "dt" || focus === "price";
  let dtMin = Infinity;
  let dtMax = -Infinity;
  for (const v of dts) {
    dtMin = Math.min(dtMin, v);
    dtMax = Math.max(dtMax, v);
  }
  let peak = { value: 0, lag: 0 };
  if (lti) {
    lti.kernel.forEach((k, j) => {
      if (Math.abs(k) > Math.abs(peak.value)) peak = { value: k, lag: j };
    });
  }
  const sT = isTokenDt ? `_{${t}}` : "";
  const diag = N > 1 ? String.raw`\mathrm{diag}` : "";
  const largest = step.largestTerm >= 0 ? step.terms[step.largestTerm] : 0;
  const termLabel =
    lti && step.largestTerm >= 0 && largest !== 0
      ? `K${sub(step.largestTerm)}·u${sub(t - step.largestTerm)} = ${fmt(largest)}`
      : undefined;

  const modelText =
    `Input: ${input}, L = ${L} steps; N = ${N}; A = ${tuple(a, fmt2)}, B = ${tuple(b, fmt2)}, ` +
    `C = ${tuple(c, fmt2)}.`;
  const summary = lti
    ? `${modelText} Δ = ${fmtDt(dt)} for every token: Ā = ${tuple(lti.aBar)}, B̄ = ${tuple(lti.bBar)}. ` +
      `Kernel K = (${Array.from(lti.kernel.subarray(0, 3), (v) => fmt(v)).join(", ")}, …), ` +
      `largest ${fmt(peak.value)} at lag ${peak.lag}. At step t = ${t}: state h = ${tuple(h)}; ` +
      `recurrence y = ${fmt(rec.y[t])}, convolution y = ${fmt(lti.yConv[t])}` +
      (termLabel ? `; largest product ${termLabel}` : "") +
      `. Largest |convolution − recurrence| over all ${L} steps: ${sci(lti.diff.value)}.`
    : `${modelText} Δ depends on the token: Δₜ = softplus(softplus⁻¹(${fmtDt(dt)}) + ${TOKEN_DT_WEIGHT}·uₜ), ` +
      `from ${fmtDt(dtMin)} to ${fmtDt(dtMax)}. No single kernel: the kernels of different positions ` +
      `differ by up to ${fmt(spread?.spread ?? 0)} (at lag ${spread?.lag ?? 0}). At step t = ${t}: ` +
      `Δₜ = ${fmtDt(dts[t])}, state h = ${tuple(h)}, recurrence y = ${fmt(rec.y[t])}.`;

  const exportData = () => ({
    figure: FIGURE_ID,
    discretisation: "zoh",
    tokenDependentDt: isTokenDt,
    tokenDtWeight: isTokenDt ? TOKEN_DT_WEIGHT : null,
    dt,
    N,
    L,
    a,
    b,
    c,
    input,
    seed: params.seed,
    t,
    u: run.u,
    dtPerToken: dts,
    aBarTimeMajor: rec.aBar,
    bBarTimeMajor: rec.bBar,
    statesTimeMajor: rec.states,
    yRecurrence: rec.y,
    kernel: lti?.kernel ?? null,
    yConvolution: lti?.yConv ?? null,
    maxAbsDifference: lti?.diff.value ?? null,
    maxAbsDifferenceAt: lti?.diff.index ?? null,
    termsAtT: lti ? step.terms : null,
    largestTermLag: lti ? step.largestTerm : null,
    positionKernelAtT: lti ? null : step.kernel,
    positionKernelSpread: spread?.spread ?? null,
    positionKernelSpreadLag: spread?.lag ?? null,
  });

  // The formulas, with the current numbers; each step shows the two it is about.
  const formulas: Record<FormulaRow, string> = {
    state: String.raw`h_{${t}} = \Abar${sT}\,h_{${t - 1}} + \Bbar${sT}\,u_{${t}} = ${texTuple(h)}`,
    sum: lti
      ? texConvSum(run, step.terms, t)
      : String.raw`y_{${t}} = C\,h_{${t}} = ${texNumber(rec.y[t])}`,
    params: lti
      ? String.raw`\Abar = ${diag}${texTuple(lti.aBar)},\ \Bbar = ${texTuple(lti.bBar)}`
      : String.raw`\Delta_{${t}} = ${texNumber(dts[t])},\ \Abar_{${t}} = ${diag}${texTuple(aBarT)},\ \Bbar_{${t}} = ${texTuple(bBarT)}`,
    kernel: lti
      ? String.raw`K = (${Array.from(lti.kernel.subarray(0, 4), (v) => texNumber(v)).join(String.raw`,\ `)},\dots)`
      : String.raw`K^{(${t})} = (${Array.from(step.kernel.subarray(0, 3), (v) => texNumber(v)).join(String.raw`,\ `)},\dots)`,
  };
  const rows = lti ? FORMULA_ROWS[focus] : TOKEN_FORMULA_ROWS;

  const titles: Record<PanelKey, string> = {
    state: N === 2 ? "Loop: state h[1] solid, h[2] dashed" : "Loop: state h",
    input: "Input u (shaded: under the kernel)",
    kernel: lti
      ? `Kernel flipped at t = ${t}; bars: Kⱼ·uₜ₋ⱼ`
      : `No single kernel (grey: the one t = ${t} needs)`,
    output: lti ? "Output y: loop (band), convolution (dashes)" : "Output y: loop only",
  };

  const badge = (
    <>
      <VerifiedBadge />
      <span
        className={`badge badge-diff${lti ? "" : " is-off"}`}
        data-testid="max-diff"
        title="Largest |convolution − recurrence| over every step, computed"
      >
        {lti ? `max |conv − rec| = ${sci(lti.diff.value)}` : "no single kernel"}
      </span>
    </>
  );

  const modeSlider = (label: string, key: "a1" | "a2", value: number) => (
    <Slider
      label={label}
      value={value}
      min={fields[key].min}
      max={fields[key].max}
      step={0.05}
      onChange={(v) => setParams({ [key]: v })}
      format={fmt2}
    />
  );
  const weightSlider = (label: string, key: "b1" | "b2" | "c1" | "c2", value: number) => (
    <Slider
      label={label}
      value={value}
      min={fields[key].min}
      max={fields[key].max}
      step={0.05}
      onChange={(v) => setParams({ [key]: v })}
      format={fmt2}
    />
  );

  return (
    <FigureFrame
      id={FIGURE_ID}
      title="One model, two faces: a loop and a convolution"
      summary={summary}
      discretisation={
        isTokenDt
          ? "zero-order hold at every step with that step's Δₜ, Āₜ = e^(Δₜa), B̄ₜ = (e^(Δₜa) − 1)/a · b"
          : "zero-order hold, Ā = e^(Δa), B̄ = (e^(Δa) − 1)/a · b, the same at every step"
      }
      caption={
        <>
          A linear state space model with N = {N} real diagonal mode{N > 1 ? "s" : ""}. Top: the
          recurrence, one step at a time. Middle: the input, and the kernel K<sub>j</sub> = CĀ
          <sup>j</sup>B̄ flipped and slid to the marked step, with the products K<sub>j</sub>u
          <sub>t−j</sub> whose sum is the output there. Bottom: the outputs of both faces.{" "}
          {FOCUS_NOTE[focus]} The recurrence runs through the verified selective scan with B
          pre-scaled so that ΔB is the ZOH term; the convolution is a direct sum.
        </>
      }
      sources={
        <>
          <Cite id="mamba" where="§2, eqs. 2–3" /> <Cite id="s4" where="§2.4" />
        </>
      }
      data={exportData}
      badge={badge}
      onReset={() =>
        setParams({
          dt: fields.dt.def,
          N: fields.N.def,
          L: fields.L.def,
          a1: fields.a1.def,
          a2: fields.a2.def,
          b1: fields.b1.def,
          b2: fields.b2.def,
          c1: fields.c1.def,
          c2: fields.c2.def,
          input: fields.input.def,
          tokenDt: fields.tokenDt.def,
        })
      }
      controls={
        <div className="lti-controls">
          <div className="lti-controls-row">
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
              min={fields.N.min}
              max={fields.N.max}
              step={1}
              onChange={(v) => setParams({ N: v })}
            />
          </div>
          <div className={`lti-modes${N === 1 ? " is-single" : ""}`}>
            {modeSlider("A₁ (decay)", "a1", params.a1)}
            {N > 1 && modeSlider("A₂ (decay)", "a2", params.a2)}
            {weightSlider("B₁ (input)", "b1", params.b1)}
            {N > 1 && weightSlider("B₂ (input)", "b2", params.b2)}
            {weightSlider("C₁ (output)", "c1", params.c1)}
            {N > 1 && weightSlider("C₂ (output)", "c2", params.c2)}
          </div>
          <div className="lti-controls-row">
            <Select
              label="Input"
              value={input}
              options={INPUT_KINDS.map((k) => ({ value: k, label: INPUT_LABEL[k] }))}
              onChange={(v) => setParams({ input: v })}
            />
            <Slider
              label="Length L"
              value={L}
              min={16}
              max={fields.L.max}
              step={16}
              onChange={(v) => setParams({ L: v })}
            />
          </div>
          <Toggle
            label="Make Δ depend on the token"
            checked={isTokenDt}
            onChange={(on) => setParams({ tokenDt: on ? "on" : "off" })}
            hint={`Δₜ = softplus(softplus⁻¹(Δ) + ${TOKEN_DT_WEIGHT}·uₜ), as Mamba computes Δ from each token.`}
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
      <div
        className={`lti-figure focus-${focus}`}
        data-focus={focus}
        data-mode={lti ? "lti" : "token"}
      >
        <div
          className={`formula-pair lti-formulas${isDtHighlighted ? " is-dt-highlighted" : ""}`}
          data-formulas={rows.join(" ")}
        >
          {rows.map((row) => (
            <TexBlock key={row}>{formulas[row]}</TexBlock>
          ))}
        </div>
        {focus === "parallel" && lti && (
          <p className="figure-callout" data-testid="parallel-callout">
            Convolution: all {L} outputs at once, {((L * (L + 1)) / 2).toLocaleString("en")}{" "}
            products, none waiting. Recurrence: {L} steps in a row.
          </p>
        )}
        {focus === "price" && lti && (
          <p className="figure-callout" data-testid="price-callout">
            Every token meets the same Δ = {fmtDt(dt)}, so the same Ā and B̄, whatever it carries.
          </p>
        )}
        {!lti && spread && (
          <p className="figure-callout" data-testid="token-callout">
            Δ<sub>t</sub> runs from {fmtDt(dtMin)} to {fmtDt(dtMax)}; the kernels of different
            positions differ by up to {fmt(spread.spread)}.
          </p>
        )}
        <TwoFacesChart
          u={run.u}
          states={rec.states}
          N={N}
          yRec={rec.y}
          yConv={lti?.yConv ?? null}
          kernel={step.kernel}
          terms={step.terms}
          largestTerm={step.largestTerm}
          t={t}
          isConvAllAtOnce={focus === "parallel"}
          titles={titles}
          emphasis={emphasis}
          isKernelUnavailable={!lti}
          kernelNote={
            <>
              Each position would need its own kernel: the weight of u<sub>s</sub> in y<sub>t</sub>{" "}
              depends on every Ā<sub>i</sub> between s and t.
            </>
          }
          termLabel={termLabel}
          label={
            lti
              ? `Recurrence and convolution over ${L} steps, marked at step ${t}: both outputs ${fmt(rec.y[t])}; largest difference ${sci(lti.diff.value)}.`
              : `Recurrence over ${L} steps with Δ set by each token, marked at step ${t}: output ${fmt(rec.y[t])}; the kernel panel is greyed out.`
          }
        />
      </div>
    </FigureFrame>
  );
}
