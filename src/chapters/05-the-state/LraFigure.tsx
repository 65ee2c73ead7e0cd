import { useMemo, useRef } from "react";
import { scaleLinear } from "d3";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { Cite } from "../../ui/text/Cite";
import { Axis } from "../../viz/core/Axis";
import { useSize } from "../../viz/core/useSize";
import { LISTOPS_EXAMPLE, LRA_TASKS } from "./lra";
import "./hippo.css";

const M = { top: 8, right: 16, bottom: 34, left: 112 };
const ROW_PX = 26;
const GAP_PX = 30;

const fmtAcc = (v: number) => v.toFixed(2);

/** Bars of the published accuracies, one group per task, with chance marked. */
function LraBars() {
  const ref = useRef<HTMLDivElement>(null);
  const rows = LRA_TASKS.reduce((n, t) => n + t.results.length, 0);
  const heightPx = M.top + rows * ROW_PX + LRA_TASKS.length * GAP_PX + M.bottom;
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx });
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, 100])
        .range([M.left, widthPx - M.right]),
    [widthPx],
  );
  const groups = LRA_TASKS.map((task, g) => {
    const before = LRA_TASKS.slice(0, g).reduce((n, t) => n + t.results.length, 0);
    const y0 = M.top + (g + 1) * GAP_PX + before * ROW_PX;
    return { task, y0, y1: y0 + task.results.length * ROW_PX };
  });
  return (
    <div ref={ref} className="chart lra-bars">
      <svg
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
        role="img"
        aria-label="Long Range Arena accuracy in percent: ListOps, Transformer 36.37 and S4 59.60 (chance 10); Path-X, every Transformer fails (chance 50) and S4 96.35."
      >
        <Axis
          scale={x}
          orient="bottom"
          offsetPx={heightPx - M.bottom}
          label="accuracy (%)"
          ticks={5}
        />
        {groups.map(({ task, y0, y1 }) => (
          <g key={task.task} data-task={task.task}>
            <text className="lra-task" x={4} y={y0 - 10}>
              {task.task}{" "}
              <tspan className="lra-task-note">
                ({task.classes} classes, chance {task.chance}%)
              </tspan>
            </text>
            {task.results.map((r, i) => {
              const y = y0 + i * ROW_PX;
              return (
                <g key={r.model}>
                  <text
                    className="lra-model"
                    x={M.left - 8}
                    y={y + ROW_PX / 2}
                    dy="0.32em"
                    textAnchor="end"
                  >
                    {r.model}
                  </text>
                  {r.accuracy === null ? (
                    <>
                      <rect
                        className="lra-bar-fail"
                        x={x(0)}
                        y={y + 4}
                        width={x(task.chance) - x(0)}
                        height={ROW_PX - 8}
                      />
                      <text className="lra-fail" x={M.left + 6} y={y + ROW_PX / 2} dy="0.32em">
                        ✗ fails (chance level)
                      </text>
                    </>
                  ) : (
                    <>
                      <rect
                        className={`lra-bar lra-bar-${r.model === "S4" ? "s4" : "transformer"}`}
                        x={x(0)}
                        y={y + 4}
                        width={x(r.accuracy) - x(0)}
                        height={ROW_PX - 8}
                      />
                      <text
                        className="lra-value"
                        x={x(r.accuracy) + 5}
                        y={y + ROW_PX / 2}
                        dy="0.32em"
                        textAnchor={r.accuracy > 88 ? "end" : "start"}
                        dx={r.accuracy > 88 ? -10 : 0}
                      >
                        {fmtAcc(r.accuracy)}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
            <line className="lra-chance" x1={x(task.chance)} x2={x(task.chance)} y1={y0} y2={y1} />
          </g>
        ))}
      </svg>
    </div>
  );
}

/** A schematic of a Path-X picture: two dots, joined (or not) by one of several dashed paths. */
function PathXSketch() {
  return (
    <svg
      className="pathx-sketch"
      viewBox="0 0 120 120"
      width={120}
      height={120}
      role="img"
      aria-label="Schematic of a Path-X picture: two dots joined by one dashed path among distractor paths."
    >
      <rect x={0.5} y={0.5} width={119} height={119} className="pathx-frame" />
      <path className="pathx-path" d="M18 96 C 30 40, 70 110, 84 60 S 98 20, 102 22" />
      <path className="pathx-distractor" d="M14 20 C 40 30, 30 60, 60 44" />
      <path className="pathx-distractor" d="M60 108 C 80 96, 100 100, 108 80" />
      <path className="pathx-distractor" d="M40 14 C 50 30, 80 24, 76 8" />
      <circle className="pathx-dot" cx={18} cy={96} r={4.5} />
      <circle className="pathx-dot" cx={102} cy={22} r={4.5} />
    </svg>
  );
}

/** The Long Range Arena strip: what the "bracket" task is, and the two numbers that mattered. */
export function LraFigure() {
  const summary =
    "Long Range Arena, accuracy in percent. ListOps (10 classes, chance 10): Transformer 36.37, S4 59.60. " +
    "Path-X (2 classes, chance 50): every Transformer fails, no better than chance; S4 96.35. " +
    "Published numbers: the LRA leaderboard for the Transformer, S4's Table 4 for S4.";
  return (
    <FigureFrame
      id="the-state/lra"
      title="Long Range Arena: ListOps and Path-X"
      summary={summary}
      discretisation="none: published accuracies, nothing computed here"
      caption={
        <>
          ListOps evaluates nested expressions and answers with one digit; Path-X asks whether two
          dots in a 16K-pixel image are joined. Dashed lines mark chance. The Path-X picture is a
          schematic, not a dataset image.
        </>
      }
      sources={
        <>
          <Cite id="lra" where="leaderboard" /> <Cite id="s4" where="Table 4" />
        </>
      }
      data={() => ({
        figure: "the-state/lra",
        unit: "accuracy %",
        tasks: LRA_TASKS,
        listOps: LISTOPS_EXAMPLE,
      })}
    >
      <div className="lra-figure">
        <LraBars />
        <div className="lra-examples">
          <div className="lra-example">
            <p className="lra-example-title">A ListOps input</p>
            <code className="lra-listops">{LISTOPS_EXAMPLE}</code>
            <p className="lra-example-note">
              MIN 2 3 = 2; MEDIAN 1 5 8 9 2 = 5; MAX 4 3 2 1 0 5 = <strong>5</strong>. Nothing needs
              closing: the task is to evaluate.
            </p>
          </div>
          <div className="lra-example">
            <p className="lra-example-title">A Path-X input (schematic)</p>
            <PathXSketch />
          </div>
        </div>
      </div>
    </FigureFrame>
  );
}
