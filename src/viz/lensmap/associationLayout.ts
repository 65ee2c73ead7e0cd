/** A group of candidate words (one class of the embedding table). */
export interface AssociationGroupInput {
  id: string;
  title: string;
  words: readonly string[];
}

export interface AssociationRow {
  word: string;
  /** Baseline of the word's text. */
  y: number;
  /** Top of the word's score bar. */
  barY: number;
}

export interface AssociationBox {
  id: string;
  title: string;
  x: number;
  y: number;
  w: number;
  h: number;
  rows: AssociationRow[];
  /** Where each row's score bar starts, and its length at score 1. */
  barX: number;
  barMax: number;
  /** Bar height, px. */
  barH: number;
}

export interface AssociationLayout {
  /** Centre of the word's pill. */
  word: { x: number; y: number };
  boxes: AssociationBox[];
  heightPx: number;
  columns: number;
  /** "beside": bars after the longest word; "below": a thin bar under each word (narrow boxes). */
  bars: "beside" | "below";
}

export const ASSOC = {
  margin: 4,
  top: 62,
  gap: 8,
  title: 22,
  row: 17,
  /** Row height when the bars sit under the words. */
  rowBelow: 23,
  /** Below this much room beside the longest word, bars move under the words. */
  minBeside: 56,
  pad: 8,
  /** Estimated width of one character at the rows' 12 px size (bold included). */
  charPx: 8.2,
  /** Room for the rank badge before the word. */
  rank: 20,
} as const;

/**
 * Lays the groups out in a grid under the word: three columns from 520 px, two below. Positions
 * depend only on the groups and the width, never on the scores, so a new lens lights different
 * rows without moving any word. Bars sit after each box's longest word when every box has at least
 * `minBeside` px for them, otherwise under each word across the box.
 */
export function associationLayout(
  groups: readonly AssociationGroupInput[],
  widthPx: number,
): AssociationLayout {
  const { margin, top, gap, title, pad, charPx, rank, minBeside } = ASSOC;
  const columns = widthPx >= 520 ? 3 : 2;
  const w = (widthPx - 2 * margin - (columns - 1) * gap) / columns;
  const textEnd = (g: AssociationGroupInput) =>
    pad + rank + Math.max(...g.words.map((word) => word.length), 1) * charPx + 6;
  const bars = groups.every((g) => w - pad - textEnd(g) >= minBeside) ? "beside" : "below";
  const row = bars === "beside" ? ASSOC.row : ASSOC.rowBelow;
  const boxes: AssociationBox[] = [];
  let y = top;
  for (let start = 0; start < groups.length; start += columns) {
    const line = groups.slice(start, start + columns);
    const h = title + Math.max(...line.map((g) => g.words.length)) * row + pad;
    line.forEach((g, i) => {
      const x = margin + i * (w + gap);
      const barX = bars === "beside" ? x + textEnd(g) : x + pad + rank;
      boxes.push({
        id: g.id,
        title: g.title,
        x: round(x),
        y: round(y),
        w: round(w),
        h,
        rows: g.words.map((word, k) => {
          const base = y + title + k * ASSOC.row + k * (row - ASSOC.row) + ASSOC.row - 4;
          return { word, y: round(base), barY: round(bars === "beside" ? base - 9 : base + 3) };
        }),
        barX: round(barX),
        barMax: round(Math.max(8, x + w - pad - barX)),
        barH: bars === "beside" ? 9 : 4,
      });
    });
    y += h + gap;
  }
  return {
    word: { x: round(widthPx / 2), y: 20 },
    boxes,
    heightPx: round(y - gap + margin),
    columns,
    bars,
  };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
