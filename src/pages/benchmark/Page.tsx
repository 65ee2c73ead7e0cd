import { useEffect, useMemo, useRef, useState } from "react";
import { BENCH_KERNELS, type BenchKernel } from "../../models";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Link } from "../../ui/nav/Link";
import { LogLogChart } from "../../viz/loglog/LogLogChart";
import type { LogLogSeries } from "../../viz/loglog/logLogLayout";
import { CancelledError, runBenchmark, type BenchRun } from "../../workers/benchClient";
import type { BenchInput, BenchMeasurement, BenchSkip } from "../../workers/benchProtocol";
import {
  EXPECTED_SLOPE,
  FULL_RUN,
  KERNEL_LABEL,
  parseReference,
  QUICK_RUN,
  summarise,
  type ReferencePoint,
} from "./benchPlan";
import "./benchmark.css";

type Status =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number; label: string }
  | { kind: "done" }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

const STYLE: Record<BenchKernel, Pick<LogLogSeries, "marker" | "concept">> = {
  "selective-scan": { marker: "circle", concept: "h" },
  "parallel-scan": { marker: "square", concept: "y" },
  attention: { marker: "triangle", concept: "attn" },
};

const fmtMs = (ms: number) => (ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toPrecision(2)} ms`);
const fmtSlope = (s: number, hw: number) =>
  Number.isFinite(s) ? `${s.toFixed(2)}${Number.isFinite(hw) ? ` ± ${hw.toFixed(2)}` : ""}` : "—";

function useReference() {
  const [ref, setRef] = useState<{ points: ReferencePoint[]; machine: string } | null>(null);
  useEffect(() => {
    let live = true;
    fetch("bench/reference-2core.json")
      .then((r) => (r.ok ? r.json() : null))
      .then((j: unknown) => live && setRef(j ? parseReference(j) : { points: [], machine: "" }))
      .catch(() => live && setRef({ points: [], machine: "" }));
    return () => {
      live = false;
    };
  }, []);
  return ref;
}

/** #benchmark: the scans and attention timed on the reader's own device, in a worker. */
export default function BenchmarkPage() {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [points, setPoints] = useState<BenchMeasurement[]>([]);
  const [skipped, setSkipped] = useState<BenchSkip[]>([]);
  const [plan, setPlan] = useState<BenchInput>(QUICK_RUN);
  const runRef = useRef<BenchRun | null>(null);
  const reference = useReference();

  useEffect(() => () => runRef.current?.cancel(), []);

  const start = (input: BenchInput) => {
    runRef.current?.cancel();
    setPlan(input);
    setPoints([]);
    setSkipped([]);
    const total = input.kernels.length * input.lengths.length;
    setStatus({ kind: "running", done: 0, total, label: "starting…" });
    const run = runBenchmark(input, ({ done, point }) => {
      if ("ms" in point) setPoints((ps) => [...ps, point]);
      else setSkipped((ss) => [...ss, point]);
      setStatus({ kind: "running", done, total, label: `${point.kernel}, L = ${point.L}` });
    });
    runRef.current = run;
    run.result.then(
      () => runRef.current === run && setStatus({ kind: "done" }),
      (err: unknown) => {
        if (runRef.current !== run) return;
        if (err instanceof CancelledError) setStatus({ kind: "cancelled" });
        else
          setStatus({ kind: "error", message: err instanceof Error ? err.message : String(err) });
      },
    );
  };

  const summary = useMemo(() => summarise(points), [points]);
  const series = useMemo<LogLogSeries[]>(() => {
    const mine = BENCH_KERNELS.map((k): LogLogSeries => {
      const ps = points.filter((p) => p.kernel === k);
      const fit = summary.fits[k];
      const Ls = ps.map((p) => p.L).sort((a, b) => a - b);
      return {
        id: k,
        name: `${KERNEL_LABEL[k].split(" (")[0]} (this device)`,
        points: ps,
        fit:
          Ls.length >= 2
            ? { ...fit, fromL: Ls[Math.floor(Ls.length / 2)], toL: Ls[Ls.length - 1] }
            : undefined,
        ...STYLE[k],
      };
    });
    const refs = BENCH_KERNELS.flatMap((k): LogLogSeries[] => {
      const ps = (reference?.points ?? []).filter((p) => p.kernel === k);
      return ps.length
        ? [
            {
              id: `ref-${k}`,
              name: `${KERNEL_LABEL[k].split(" (")[0]} (reference)`,
              points: ps,
              isReference: true,
              ...STYLE[k],
            },
          ]
        : [];
    });
    return [...mine, ...refs];
  }, [points, summary, reference]);

  const isRunning = status.kind === "running";
  const scan = summary.fits["selective-scan"];
  const attn = summary.fits.attention;
  const crossoverText = Number.isFinite(summary.crossoverL)
    ? `On this device attention's fitted line crosses the scan's at L ≈ ${Math.round(summary.crossoverL).toLocaleString("en")}: beyond it attention is slower, by a factor that keeps growing with L.`
    : points.length > 0
      ? "The two fitted lines do not cross in a way that can be read off yet."
      : "";
  const textSummary =
    points.length === 0
      ? "No measurements yet: run the benchmark to time the kernels on this device."
      : `Measured ${points.length} points. Fitted slopes (upper half of the lengths): selective scan ${fmtSlope(scan.slope, scan.slopeHalfWidth95)}, attention ${fmtSlope(attn.slope, attn.slopeHalfWidth95)}. ${crossoverText}`;

  return (
    <article
      className="page benchmark"
      data-ready={status.kind === "done" || status.kind === "idle" ? "true" : "false"}
    >
      <p className="kicker">Linear against quadratic, on your device</p>
      <h1>Benchmark</h1>
      <p className="lede">
        The chapters claim that a scan costs time in proportion to the sequence length while naive
        attention costs its square. Here you can time both on this device. Everything runs in a
        background worker, so the page stays responsive, and nothing leaves your browser.
      </p>
      <div className="bench-actions">
        <button type="button" onClick={() => start(QUICK_RUN)} disabled={isRunning}>
          Quick run (6 lengths, a few seconds)
        </button>
        <button type="button" onClick={() => start(FULL_RUN)} disabled={isRunning}>
          Full run (9 lengths, up to a minute)
        </button>
        <button type="button" onClick={() => runRef.current?.cancel()} disabled={!isRunning}>
          Cancel
        </button>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label="Benchmark progress"
        aria-valuemin={0}
        aria-valuemax={isRunning ? status.total : 1}
        aria-valuenow={isRunning ? status.done : status.kind === "done" ? 1 : 0}
      >
        <div
          className="progress-bar"
          style={{
            transform: `scaleX(${isRunning ? status.done / Math.max(1, status.total) : status.kind === "done" ? 1 : 0})`,
          }}
        />
      </div>
      <p className="run-status" aria-live="polite" data-testid="bench-status">
        {status.kind === "idle" && "Not run yet."}
        {isRunning && `Timing ${status.label} (${status.done} of ${status.total})`}
        {status.kind === "done" &&
          `Done: ${points.length} points measured${skipped.length ? `, ${skipped.length} skipped (caps)` : ""}.`}
        {status.kind === "cancelled" && `Cancelled after ${points.length} points.`}
        {status.kind === "error" && `The benchmark failed: ${status.message}`}
      </p>

      <FigureFrame
        id="page/benchmark"
        title="Time against sequence length"
        summary={textSummary}
        discretisation="not applicable (timings of the scans of chapter 7 and the attention of chapter 4)"
        caption={
          <>
            Median time of each kernel per length, on log–log axes, with a straight line fitted to
            the upper half of the lengths: its slope is the exponent, about 1 for the scans and 2
            for attention. Filled marks are this device; hollow marks, where shown, are the
            reference run on {reference?.machine || "a 2-core machine"}.
          </>
        }
        data={() => ({
          plan,
          points,
          skipped,
          fits: summary.fits,
          crossoverL: summary.crossoverL,
          reference: reference?.points ?? [],
        })}
        isReady={!isRunning}
      >
        <LogLogChart series={series} label={`Benchmark timings. ${textSummary}`} />
      </FigureFrame>

      <table className="data-table bench-table">
        <caption className="visually-hidden">Fitted slopes per kernel</caption>
        <thead>
          <tr>
            <th scope="col">Kernel</th>
            <th scope="col">Points</th>
            <th scope="col">Slope (95% interval)</th>
            <th scope="col">Expected</th>
            <th scope="col">Longest length</th>
          </tr>
        </thead>
        <tbody>
          {BENCH_KERNELS.map((k) => {
            const ps = points.filter((p) => p.kernel === k);
            const last = ps[ps.length - 1];
            const f = summary.fits[k];
            return (
              <tr key={k} data-kernel={k}>
                <th scope="row">{KERNEL_LABEL[k]}</th>
                <td>{ps.length}</td>
                <td data-testid={`slope-${k}`}>{fmtSlope(f.slope, f.slopeHalfWidth95)}</td>
                <td>≈ {EXPECTED_SLOPE[k]}</td>
                <td>{last ? `${last.L.toLocaleString("en")}: ${fmtMs(last.ms)}` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {crossoverText && <p>{crossoverText}</p>}
      <p className="control-hint">
        Attention stops after the first length that takes over {FULL_RUN.attentionCapMs / 1000} s,
        and never builds an L×L matrix larger than {Math.round(FULL_RUN.attentionMaxBytes / 1e6)}{" "}
        MB. Timings vary from run to run by tens of percent on a busy machine; the slopes are
        steadier than the times.
      </p>
      <p>
        <Link to={{ kind: "contents" }}>Back to the contents</Link>
      </p>
    </article>
  );
}
