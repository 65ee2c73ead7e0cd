import { useId, useMemo } from "react";
import {
  ASSOCIATION_CLASSES,
  ASSOCIATION_WORDS,
  LENSES,
  associationOverlap,
  readThroughLens,
  topAssociations,
  type Lens,
} from "../../models";
import { useApp } from "../../state/store";
import { useViewParams } from "../../state/useViewParams";
import { Select } from "../../ui/controls/Select";
import { Slider } from "../../ui/controls/Slider";
import { TestedBadge } from "../../ui/figure/Badges";
import { FigureFrame } from "../../ui/figure/FigureFrame";
import { TexBlock } from "../../ui/text/Tex";
import { AssociationMap } from "../../viz/lensmap/AssociationMap";
import { fields, WORDS } from "./fields";
import { figureStateFor } from "./steps";
import "./rainbow-test.css";

export const VIEW_ID = "rainbow-test";
/** How many associations are lit. */
export const TOP_K = 5;

export const LENS_LABEL: Record<Lens, string> = {
  none: "No lens",
  myth: "Myth",
  optics: "Optics",
  memory: "Memory",
  science: "Science",
};

const GROUP_TITLE: Record<string, string> = {
  colour: "colours",
  rainbow: "rainbow",
  myth: "myth",
  optics: "optics",
  memory: "memories",
  science: "science",
  weather: "weather",
};

const fmt = (v: number) => v.toFixed(3);

/** The lens in force: the reader's pick, or the step's until they pick one. */
export function useLens(): Lens {
  const { params } = useViewParams(VIEW_ID, fields);
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  return params.lens === "auto" ? figureStateFor(stepId).lens : params.lens;
}

/** A word read through a framing lens: which of the table's words it lights (the lens picker). */
export function RainbowFigure() {
  const { params, setParams, notes } = useViewParams(VIEW_ID, fields);
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0] ?? null);
  const highlight = useApp((s) => s.highlight);
  const { focus } = figureStateFor(stepId);
  const lens = useLens();
  const { word, strength } = params;
  const reading = useMemo(() => readThroughLens(word, lens, strength), [word, lens, strength]);
  const top = reading.associations.slice(0, TOP_K);
  const scores = useMemo(
    () => new Map(reading.associations.map((a) => [a.word, a.score])),
    [reading],
  );
  const lit = useMemo(() => new Map(top.map((a) => [a.word, a.rank])), [top]);
  const groups = useMemo(
    () =>
      ASSOCIATION_CLASSES.map((cls) => ({
        id: cls,
        title: GROUP_TITLE[cls] ?? cls,
        words: ASSOCIATION_WORDS.filter((a) => a.cls === cls && a.word !== word).map((a) => a.word),
      })).filter((g) => g.words.length > 0),
    [word],
  );
  const pickerName = useId();
  const emphasis = highlight === "u" || highlight === "y" ? highlight : null;
  const lensText = lens === "none" ? "with no lens" : `through the ${lens} lens`;
  const best = top[0];
  const mythTop = useMemo(
    () => topAssociations(readThroughLens(word, "myth", strength), TOP_K),
    [word, strength],
  );
  const kept = associationOverlap(
    mythTop,
    top.map((a) => a.word),
  );
  const classesLit = [...new Set(top.map((a) => a.cls))];

  const summary =
    `“${word}” read ${lensText} (strength λ = ${strength.toFixed(1)}). Its ${TOP_K} strongest ` +
    `associations: ${top.map((a) => `${a.word} ${fmt(a.score)}`).join(", ")}, from the ` +
    `${classesLit.join(" and ")} ${classesLit.length > 1 ? "groups" : "group"}. ` +
    `The weakest of the ${reading.associations.length} candidates scores ` +
    `${fmt(reading.associations[reading.associations.length - 1].score)}.`;

  const exportData = () => ({
    figure: "rainbow-test/lens-picker",
    similarity: "cosine of q = normalise(ê(word) + λ·c(lens)) with each table row ê(v)",
    word,
    lens,
    strength,
    topK: TOP_K,
    query: Array.from(reading.query),
    lit: top.map((a) => a.word),
    associations: reading.associations,
  });

  const lensTerm =
    lens === "none" ? "" : String.raw` + ${strength.toFixed(1)}\, c_{\text{${lens}}}`;
  const queryTex =
    lens === "none" || strength === 0
      ? String.raw`q = \hat e(\text{${word}})`
      : String.raw`q = \frac{\hat e(\text{${word}})${lensTerm}}{\lVert \hat e(\text{${word}})${lensTerm} \rVert}`;
  const scoreTex = String.raw`q \cdot \hat e(\text{${best.word}}) = ${fmt(best.score)}`;

  return (
    <FigureFrame
      id="rainbow-test/lens-picker"
      title="One word, different lenses"
      summary={summary}
      discretisation="not applicable: embedding table lookups"
      caption={
        <>
          The word’s 16-number embedding ê from this explainer’s typed-text table (12 named
          features, such as myth, optics or colour, and 4 hashed ones) gets the lens added: c is 1
          on the lens’s feature and 0 elsewhere, weighted by λ. Each content word of the table
          scores the cosine of its own embedding with that query; the bars show the score (full
          width = 1), and the {TOP_K} highest are lit, numbered by rank. Nothing here is learned.
        </>
      }
      sources={
        <>the embedding table of DESIGNS §a.2 (built for this explainer, not from a paper)</>
      }
      data={exportData}
      badge={<TestedBadge against="the closed-form cosine" />}
      onReset={() =>
        setParams({ word: fields.word.def, lens: fields.lens.def, strength: fields.strength.def })
      }
      controls={
        <div className="control-grid">
          <Select
            label="Word"
            value={word}
            options={WORDS.map((w) => ({ value: w, label: w }))}
            onChange={(v) => setParams({ word: v })}
          />
          <Slider
            label="Lens strength λ"
            value={strength}
            min={fields.strength.min}
            max={fields.strength.max}
            step={0.1}
            format={(v) => v.toFixed(1)}
            onChange={(v) => setParams({ strength: v })}
          />
          {notes.length > 0 && (
            <p className="url-note" role="status">
              {notes.join(" ")}
            </p>
          )}
        </div>
      }
    >
      <div className={`rt-figure focus-${focus}`} data-focus={focus} data-lens={lens}>
        <fieldset className="rt-lenses">
          <legend>Read “{word}” through a lens</legend>
          {LENSES.map((l) => (
            <label key={l} className={`rt-lens${l === lens ? " is-checked" : ""}`}>
              <input
                type="radio"
                name={pickerName}
                value={l}
                checked={l === lens}
                onChange={() => setParams({ lens: l })}
              />
              {LENS_LABEL[l]}
            </label>
          ))}
        </fieldset>
        <div className={`rt-formulas${focus === "context" ? " is-outlined" : ""}`}>
          <TexBlock>{queryTex}</TexBlock>
          <TexBlock>{scoreTex}</TexBlock>
        </div>
        <AssociationMap
          word={word}
          caption={`read ${lensText}`}
          groups={groups}
          scores={scores}
          lit={lit}
          lensGroup={lens === "none" ? null : lens}
          emphasis={emphasis ?? (focus === "word" ? "u" : null)}
          label={`“${word}” ${lensText}: the lit associations are ${top.map((a) => a.word).join(", ")}.`}
        />
        {focus === "compare" && lens !== "myth" && (
          <p className="figure-callout" data-testid="compare-callout">
            Through the myth lens the top {TOP_K} were {mythTop.join(", ")}. {kept} of them{" "}
            {kept === 1 ? "is" : "are"} still lit {lensText}.
          </p>
        )}
        <ol
          className={`rt-top${focus === "compare" ? " is-outlined" : ""}`}
          aria-label="Strongest associations"
        >
          {top.map((a) => (
            <li key={a.word}>
              <strong>{a.word}</strong> <span className="rt-class">({a.cls})</span> {fmt(a.score)}
            </li>
          ))}
        </ol>
      </div>
    </FigureFrame>
  );
}
