import { useMemo, useRef } from "react";
import { useSize } from "../core/useSize";
import { ASSOC, associationLayout, type AssociationGroupInput } from "./associationLayout";
import "./associations.css";

interface AssociationMapProps {
  /** The word being read (drawn in the input colour at the top). */
  word: string;
  /** The line under the word ("through the myth lens"). */
  caption: string;
  groups: readonly AssociationGroupInput[];
  /** Every candidate's score (cosine, −1 … 1) by word. */
  scores: ReadonlyMap<string, number>;
  /** Rank of each lit word, 1 = strongest; words not in the map are not lit. */
  lit: ReadonlyMap<string, number>;
  /** A group to outline (the lens's own class). */
  lensGroup?: string | null;
  emphasis?: "u" | "y" | null;
  label: string;
}

/**
 * One word and the table's content words, grouped by class. Each word has a bar as long as its
 * score; the strongest few are lit: a rank badge, bold text and a filled bar. Positions never move,
 * so changing the lens moves only the light.
 */
export function AssociationMap(props: AssociationMapProps) {
  const { word, caption, groups, scores, lit, lensGroup, emphasis, label } = props;
  const ref = useRef<HTMLDivElement>(null);
  const { widthPx } = useSize(ref, { widthPx: 560, heightPx: 360 });
  const layout = useMemo(() => associationLayout(groups, widthPx), [groups, widthPx]);
  const pillW = Math.max(90, word.length * 11 + 28);
  return (
    <div ref={ref} className="chart association-map">
      <svg
        width={widthPx}
        height={layout.heightPx}
        viewBox={`0 0 ${widthPx} ${layout.heightPx}`}
        role="img"
        aria-label={label}
      >
        <g
          className={`assoc-word${emphasis === "u" ? " is-emphasised" : ""}`}
          data-testid="assoc-word"
        >
          <rect
            x={layout.word.x - pillW / 2}
            y={layout.word.y - 15}
            width={pillW}
            height={30}
            rx={15}
          />
          <text x={layout.word.x} y={layout.word.y + 6} textAnchor="middle">
            {word}
          </text>
        </g>
        <text
          className="assoc-caption"
          x={layout.word.x}
          y={layout.word.y + 34}
          textAnchor="middle"
        >
          {caption}
        </text>
        {layout.boxes.map((box) => {
          const isLens = box.id === lensGroup;
          const hasLit = box.rows.some((r) => lit.has(r.word));
          return (
            <g
              key={box.id}
              className={`assoc-box${isLens ? " is-lens" : ""}${hasLit ? " has-lit" : ""}`}
              data-group={box.id}
            >
              <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
              <text className="assoc-title" x={box.x + ASSOC.pad} y={box.y + 15}>
                {box.title}
                {isLens ? " · the lens" : ""}
              </text>
              {box.rows.map((row) => {
                const rank = lit.get(row.word);
                const score = scores.get(row.word) ?? 0;
                const isLit = rank !== undefined;
                return (
                  <g
                    key={row.word}
                    className={`assoc-row${isLit ? " is-lit" : ""}${isLit && emphasis === "y" ? " is-emphasised" : ""}`}
                    data-word={row.word}
                    data-rank={rank}
                  >
                    {isLit && (
                      <g transform={`translate(${box.x + ASSOC.pad + 7},${row.y - 4})`}>
                        <circle className="assoc-rank" r={7.5} />
                        <text className="assoc-rank-text" y={3.5} textAnchor="middle">
                          {rank}
                        </text>
                      </g>
                    )}
                    <text className="assoc-text" x={box.x + ASSOC.pad + ASSOC.rank} y={row.y}>
                      {row.word}
                    </text>
                    <rect
                      className="assoc-track"
                      x={box.barX}
                      y={row.barY}
                      width={box.barMax}
                      height={box.barH}
                    />
                    <rect
                      className="assoc-bar"
                      x={box.barX}
                      y={row.barY}
                      width={Math.round(Math.max(0, score) * box.barMax * 100) / 100}
                      height={box.barH}
                    />
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
