import { useMemo } from "react";
import {
  HIPPO_SIGNAL_LIMIT,
  HIPPO_SIGNALS,
  hippoSignal,
  hippoSnapshot,
  type HippoMeasure,
  type HippoSignalKind,
} from "../../models";
import { SIZES } from "../../sizes";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { PlayControls } from "../../ui/controls/PlayControls";
import { Select } from "../../ui/controls/Select";
import { Slider } from "../../ui/controls/Slider";
import { Toggle } from "../../ui/controls/Toggle";
import { usePlayer } from "../../ui/controls/usePlayer";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { TexBlock } from "../../ui/text/Tex";
import { CoefficientBars } from "../../viz/coefficients/CoefficientBars";
import { MagnitudeStrip } from "../../viz/coefficients/MagnitudeStrip";
import { resample } from "../../viz/draw/drawing";
import { HistoryChart } from "../../viz/draw/HistoryChart";
import { fields } from "./fields";
import { VIEW_ID } from "./Figure";
import { percent, sci } from "./hippoFormat";
import { figureStateFor, type HippoFocus } from "./steps";
import { useHippoRun } from "./useHippoRun";
import "./hippo.css";

const SIZE = SIZES["the-state/hippo"];
/** LegT's window in samples (DESIGNS §j: θ 1,000). */
export const THETA = SIZE.window.default;
/** Values are plotted on ±CLIP; forward Euler's blow-up is clipped there and labelled. */
export const CLIP = 2.5;
const L_STEP = 500;

const SIGNAL_LABEL: Record<HippoSignalKind, string> = {
  test: "Test signal: sin 8πs + ½cos 3πs²",
  step: "Step (jumps at the middle)",
  chirp: "Chirp (ever faster)",
  noise: "Noise (random, seeded)",
};

const MEASURE_LABEL: Record<HippoMeasure, string> = {
  legs: "LegS: all history, equally",
  legt: `LegT: a sliding window of ${THETA.toLocaleString("en")} samples`,
};

interface HippoFigureProps {
  /** A signal the reader drew (kept on this page only, not in the URL), or null for the preset. */
  drawn: Float64Array | null;
  onDrawnChange: (signal: Float64Array | null) => void;
}

/** The update the figure runs at time t, with the current numbers filled in. */
function updateTex(measure: HippoMeasure, isEuler: boolean, t: number): string {
  const prev = Math.max(0, t - 1);
  if (measure === "legs") {
    return isEuler
      ? String.raw`c_{${t}} = \left(I - \tfrac{A}{${t}}\right) c_{${prev}} + \tfrac{1}{${t}} B f_{${t}}`
      : String.raw`\left(I + \tfrac{A}{2\cdot ${t}}\right) c_{${t}} = \left(I - \tfrac{A}{2\cdot ${t}}\right) c_{${prev}} + \tfrac{1}{${t}} B f_{${t}}`;
  }
  return isEuler
    ? String.raw`c_{${t}} = \left(I - \tfrac{A}{${THETA}}\right) c_{${prev}} + \tfrac{1}{${THETA}} B f_{${t}}`
    : String.raw`\left(I + \tfrac{A}{2\cdot ${THETA}}\right) c_{${t}} = \left(I - \tfrac{A}{2\cdot ${THETA}}\right) c_{${prev}} + \tfrac{1}{${THETA}} B f_{${t}}`;
}

function reconstructionTex(measure: HippoMeasure, N: number, t: number): string {
  const arg =
    measure === "legs"
      ? String.raw`\tfrac{2s}{${t}} - 1`
      : String.raw`\tfrac{2(s - \frac12 - ${t})}{${THETA}} + 1`;
  return String.raw`\hat f(s) = \sum_{n=0}^{${N - 1}} c_n(${t})\,\sqrt{2n+1}\,P_n\!\left(${arg}\right)`;
}

/**
 * HiPPO as a live compressor (DESIGNS §g): N Legendre coefficients summarise a signal's history,
 * updated online one sample at a time; the history read back from them is drawn over the truth.
 */
export function HippoFigure({ drawn, onDrawnChange }: HippoFigureProps) {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const highlight = useApp((s) => s.highlight);
  const step = figureStateFor(stepId);
  const focus: HippoFocus = step.kind === "hippo" ? step.focus : "reconstruction";
  const { hippoN: N, hippoL: L, measure, signal: preset, isEuler } = params;
  const method = isEuler ? "euler" : "bilinear";

  const presetSignal = useMemo(() => hippoSignal(preset, L), [preset, L]);
  const signal = useMemo(
    () => (drawn ? resample(drawn, L) : presetSignal),
    [drawn, L, presetSignal],
  );
  const run = useHippoRun({ signal, measure, N, method, theta: THETA });
  const player = usePlayer(L, Math.max(12, L / 8), L - 1);
  const shown = run.shown;
  const t = shown ? Math.min(shown.trajectory.L, player.t + 1) : player.t + 1;
  const snap = useMemo(
    () => (shown && t >= 1 ? hippoSnapshot(shown.trajectory, shown.signal, t) : null),
    [shown, t],
  );
  const runPeak = useMemo(() => {
    if (!shown) return null;
    const m = shown.trajectory.maxAbsPerStep;
    let k = 0;
    for (let j = 1; j < m.length; j++) if (m[j] > m[k]) k = j;
    return { step: k + 1, value: m[k] ?? 0 };
  }, [shown]);

  // Bars use the run's own range (|c| ≤ 1.22 for the test signal) unless forward Euler blows up.
  const barsClip = isEuler
    ? CLIP
    : Math.min(CLIP, Math.max(1, Math.ceil((runPeak?.value ?? 1) * 2) / 2));
  const emphasis =
    highlight === "u" || highlight === "y"
      ? highlight
      : focus === "reconstruction"
        ? "y"
        : focus === "measure"
          ? "window"
          : null;
  const showStrip = focus === "euler" || isEuler;
  const sourceText = drawn ? "your drawing" : SIGNAL_LABEL[preset].toLowerCase();
  const support: readonly [number, number] = measure === "legs" ? [1, t] : [t - THETA + 1, t];
  const rule = isEuler ? "forward Euler" : "bilinear steps";
  const clipText =
    snap && isEuler && snap.peak > CLIP
      ? `clipped: |c| reached ${sci(snap.peak)} at step ${snap.peakStep}; the plots stop at ±${CLIP}.`
      : "";

  const summary = snap
    ? `Signal: ${sourceText}, L = ${L} samples. ${MEASURE_LABEL[measure]}; N = ${N} coefficients; ${rule}` +
      `${run.where === "worker" ? " (computed in a background worker)" : ""}. ` +
      `At t = ${t}: reconstruction RMSE ${sci(snap.rmse)} over ${snap.times.length} samples ` +
      `(signal RMS ${sci(snap.signalRms)}, so ${percent(snap.rmse / snap.signalRms)}); ` +
      `largest coefficient |c| = ${sci(snap.maxAbs)}, largest so far ${sci(snap.peak)} at step ${snap.peakStep}.` +
      (clipText ? ` Forward Euler ${clipText}` : "") +
      (run.isReady ? "" : ` Computing N = ${N}: ${Math.round(run.progress * 100)}%.`)
    : `Computing the memory for N = ${N} in a background worker: ${Math.round(run.progress * 100)}%.`;

  const exportData = () => ({
    figure: "the-state/hippo",
    discretisation: isEuler
      ? "forward Euler (alpha = 0), the counter-example"
      : "bilinear (alpha = 1/2)",
    measure,
    N,
    theta: measure === "legt" ? THETA : null,
    L,
    signalSource: drawn ? "drawn" : preset,
    computedIn: run.where,
    t,
    clip: CLIP,
    barsClip,
    signal,
    reconstruction: snap ? { times: snap.times, values: snap.values } : null,
    rmse: snap?.rmse ?? null,
    signalRms: snap?.signalRms ?? null,
    coefficients: snap?.coefficients ?? null,
    peakSoFar: snap ? { value: snap.peak, step: snap.peakStep } : null,
    maxAbsPerStep: showStrip && shown ? shown.trajectory.maxAbsPerStep : null,
  });

  // One shortcut per step, next to the reading it changes (the controls sit below the charts).
  const quick: { label: string; run: () => void } | null =
    focus === "coefficients"
      ? N === 8
        ? { label: "Back to N = 16", run: () => setParams({ hippoN: 16 }) }
        : { label: "Try N = 8", run: () => setParams({ hippoN: 8 }) }
      : focus === "measure"
        ? measure === "legs"
          ? { label: "Try LegT (a window)", run: () => setParams({ measure: "legt" }) }
          : { label: "Back to LegS (all history)", run: () => setParams({ measure: "legs" }) }
        : focus === "euler"
          ? isEuler && runPeak
            ? {
                label: `Go to the peak of |c| (step ${runPeak.step})`,
                run: () => player.seek(runPeak.step - 1),
              }
            : { label: "Switch to forward Euler", run: () => setParams({ isEuler: true }) }
          : null;

  const signalOptions = [
    ...(drawn ? [{ value: "drawn", label: "Your drawing (this page only)" }] : []),
    ...HIPPO_SIGNALS.map((k) => ({ value: k, label: SIGNAL_LABEL[k] })),
  ];

  return (
    <FigureFrame
      id="the-state/hippo"
      title="HiPPO: a whole history in N numbers"
      summary={summary}
      isReady={run.isReady}
      discretisation={
        isEuler ? (
          <>
            forward Euler (α = 0), shown as the counter-example; the figure&apos;s rule is the
            generalised bilinear step with α = ½
          </>
        ) : (
          <>generalised bilinear step with α = ½, from t = 1 (LegT: one sample per step)</>
        )
      }
      caption={
        <>
          The signal is read one sample at a time. After each, the memory updates its N Legendre
          coefficients c(t) (the bars) and nothing else; the line over the history is what can be
          read back from them at time t. Values are drawn on ±{CLIP}. A drawn signal stays on this
          page; the link keeps only the preset.
        </>
      }
      sources={
        <>
          <Cite id="hippo" /> <Cite id="s4-code" where="HiPPOScale visualisation" />
        </>
      }
      data={exportData}
      badge={<TestedBadge against="the RMSE and max |c| tables of DESIGNS §g" />}
      onReset={() => {
        onDrawnChange(null);
        setParams({
          hippoN: fields.hippoN.def,
          hippoL: fields.hippoL.def,
          measure: fields.measure.def,
          signal: fields.signal.def,
          isEuler: false,
        });
      }}
      controls={
        <div className="control-grid">
          <Select
            label="Signal"
            value={drawn ? "drawn" : preset}
            options={signalOptions}
            onChange={(v) => {
              if (v === "drawn") return;
              onDrawnChange(null);
              setParams({ signal: v as HippoSignalKind });
            }}
          />
          <Slider
            label="Coefficients N"
            value={N}
            min={SIZE.N.min}
            max={SIZE.N.max}
            step={1}
            onChange={(v) => setParams({ hippoN: v })}
            hint={N > 32 ? "Above 32 the run goes to a background worker." : undefined}
          />
          <Select
            label="Measure"
            value={measure}
            options={(["legs", "legt"] as const).map((m) => ({
              value: m,
              label: MEASURE_LABEL[m],
            }))}
            onChange={(v) => setParams({ measure: v })}
          />
          <Slider
            label="Length L"
            value={L}
            min={L_STEP}
            max={SIZE.L.max}
            step={L_STEP}
            onChange={(v) => setParams({ hippoL: v })}
          />
          <Toggle
            label="Forward Euler"
            checked={isEuler}
            onChange={(v) => setParams({ isEuler: v })}
            hint="The unstable shortcut; off means bilinear steps (α = ½)."
          />
          <PlayControls player={player} length={L} unit="sample" />
          {isEuler && focus !== "euler" && runPeak && (
            <button
              type="button"
              className="hippo-peak-button"
              onClick={() => player.seek(runPeak.step - 1)}
            >
              Go to the peak of |c| (step {runPeak.step})
            </button>
          )}
          {!run.isReady && (
            <p className="worker-progress" role="status">
              <label>
                Computing N = {N} in a background worker <progress max={1} value={run.progress} />
              </label>{" "}
              {Math.round(run.progress * 100)}%
            </p>
          )}
          {run.error && (
            <p className="url-note" role="alert">
              The memory could not be computed: {run.error}
            </p>
          )}
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </div>
      }
    >
      <div
        className={`hippo-figure focus-${focus}`}
        data-focus={focus}
        data-computed-in={run.where}
      >
        {snap && (
          <div className="figure-callout hippo-readout" data-testid="hippo-readout">
            <p>
              {focus === "coefficients" && (
                <>
                  The state is these <strong>{N} numbers</strong>; the largest is |c| ={" "}
                  {sci(snap.maxAbs)}.{" "}
                </>
              )}
              {focus === "measure" &&
                (measure === "legs"
                  ? `LegS: the fit covers all ${t} samples so far, weighted equally. `
                  : `LegT: the fit covers the last ${Math.min(t, THETA).toLocaleString("en")} samples (shaded); older ones are let go. `)}
              {focus === "euler" && !isEuler && (
                <>
                  Bilinear: |c| never passes {sci(runPeak?.value ?? 0)} (step {runPeak?.step}).{" "}
                </>
              )}
              RMSE <strong>{sci(snap.rmse)}</strong> over {snap.times.length} samples, against a
              signal RMS of {sci(snap.signalRms)} ({percent(snap.rmse / snap.signalRms)}).
            </p>
            {quick && (
              <button type="button" className="hippo-quick" onClick={quick.run}>
                {quick.label}
              </button>
            )}
          </div>
        )}
        {clipText && (
          <p className="figure-callout hippo-clip" data-testid="hippo-clip">
            <strong>Forward Euler, {clipText}</strong>
          </p>
        )}
        {focus === "euler" && shown && (
          <MagnitudeStrip
            maxAbsPerStep={shown.trajectory.maxAbsPerStep}
            t={t}
            reference={{ value: CLIP, label: `plot range ±${CLIP}` }}
            label={`Largest |c| at each step, log scale: it peaks at ${sci(runPeak?.value ?? 0)} at step ${runPeak?.step ?? 0} with ${rule}.`}
          />
        )}
        <HistoryChart
          signal={signal}
          t={t}
          reconstruction={snap}
          support={support}
          supportLabel={
            measure === "legs"
              ? "memory: all history so far"
              : `memory: the last ${THETA.toLocaleString("en")} samples`
          }
          reconstructionLabel={`read back from ${N} numbers`}
          clip={CLIP}
          limit={HIPPO_SIGNAL_LIMIT}
          onDraw={(next) => onDrawnChange(next)}
          handles={16}
          label={`The signal's history (${sourceText}) and what ${N} coefficients reconstruct of it at t = ${t}; a drawing surface.`}
          emphasis={emphasis}
        />
        {snap && (
          <CoefficientBars
            coefficients={snap.coefficients}
            clip={barsClip}
            label={`The state c(${t}): ${N} coefficients, the largest |c| = ${sci(snap.maxAbs)}.`}
            isEmphasised={focus === "coefficients" || highlight === "h"}
          />
        )}
        {focus !== "euler" && showStrip && shown && (
          <MagnitudeStrip
            maxAbsPerStep={shown.trajectory.maxAbsPerStep}
            t={t}
            reference={{ value: CLIP, label: `plot range ±${CLIP}` }}
            label={`Largest |c| at each step, log scale: it peaks at ${sci(runPeak?.value ?? 0)} at step ${runPeak?.step ?? 0} with ${rule}.`}
          />
        )}
        <div className="formula-pair hippo-formulas">
          <TexBlock>{updateTex(measure, isEuler, t)}</TexBlock>
          <TexBlock>{reconstructionTex(measure, N, t)}</TexBlock>
        </div>
      </div>
    </FigureFrame>
  );
}
