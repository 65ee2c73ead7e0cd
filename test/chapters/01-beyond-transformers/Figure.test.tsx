import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import BeyondTransformersChapter from "../../../src/chapters/01-beyond-transformers/Chapter";
import { TeaserFigure } from "../../../src/chapters/01-beyond-transformers/TeaserFigure";
import {
  TimelineFigure,
  VIEW_ID,
} from "../../../src/chapters/01-beyond-transformers/TimelineFigure";
import { figureStateFor } from "../../../src/chapters/01-beyond-transformers/steps";
import { ENTRIES } from "../../../src/chapters/01-beyond-transformers/timeline";
import { fractionalYear } from "../../../src/viz/archtimeline/archTimelineLayout";
import { SOURCES } from "../../../src/content/sources";
import { appStore } from "../../../src/state/store";

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    blobs.push(b as Blob);
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  appStore.getState().setRoute({ kind: "chapter", id: "beyond-transformers" });
});
afterEach(() => vi.restoreAllMocks());

async function exported() {
  fireEvent.click(screen.getByRole("button", { name: "Download data" }));
  return JSON.parse(await blobs[blobs.length - 1].text());
}
const summary = () => screen.getByTestId("figure-summary").textContent ?? "";
const last = (a: number[]) => a[a.length - 1];
const teaser = { kind: "teaser", panel: "cost" } as const;

describe("the teaser: two models read one stream", () => {
  it("exports what the cost models give at 4,096 tokens: attention climbs, the SSM stays flat", async () => {
    render(<TeaserFigure focus={teaser} />);
    const d = await exported();
    expect(d.L).toBe(4096);
    expect(d.tokensRead).toBe(4096);
    expect(d.positions[0]).toBe(1);
    expect(last(d.positions)).toBe(4096);
    // 32 layers · 4·t·d against 64 layers · (7·D·N + 3·D), whole model, no weights.
    expect(last(d.attentionFlopsPerToken)).toBe(32 * 4 * 4096 * 2560);
    expect(new Set(d.ssmFlopsPerToken)).toEqual(new Set([64 * (7 * 5120 * 16 + 3 * 5120)]));
    expect(last(d.kvCacheBytes)).toBe(2 * 32 * 4096 * 2560 * 2);
    expect(new Set(d.stateBytes)).toEqual(new Set([13_107_200]));
    expect(d.crossovers.memoryTokens).toBe(40);
    d.positions.forEach((t: number, i: number) => {
      expect(d.attentionFlopsPerToken[i]).toBe(327_680 * t);
      expect(d.kvCacheBytes[i]).toBe(327_680 * t);
    });
    expect(summary()).toContain("Memory: KV cache 1.34 GB against a fixed state of 13.1 MB");
  });

  it("doubles attention's cost and cache with the stream, leaving the SSM's unchanged", async () => {
    render(<TeaserFigure focus={teaser} />);
    const before = await exported();
    const textBefore = summary();
    // The slider's positions are log₂ of the length: 13 is 8,192 tokens.
    fireEvent.change(screen.getByRole("slider", { name: /Stream length/ }), {
      target: { value: "13" },
    });
    const after = await exported();
    expect(after.L).toBe(8192);
    expect(last(after.attentionFlopsPerToken)).toBe(2 * last(before.attentionFlopsPerToken));
    expect(last(after.kvCacheBytes)).toBe(2 * last(before.kvCacheBytes));
    expect(after.ssmFlopsPerToken[0]).toBe(before.ssmFlopsPerToken[0]);
    expect(after.stateBytes[0]).toBe(before.stateBytes[0]);
    expect(summary()).not.toBe(textBefore);
    expect(summary()).toContain("Stream of 8,192 tokens");
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({ L: 8192 });
  });

  it("adds the weights of both models when asked: 24d² per attention layer, 12d² + conv per block", async () => {
    render(<TeaserFigure focus={teaser} />);
    fireEvent.click(screen.getByRole("switch", { name: /Count the weights too/ }));
    const d = await exported();
    expect(d.weights).toBe(true);
    expect(last(d.attentionFlopsPerToken)).toBe(32 * (4 * 4096 * 2560 + 24 * 2560 ** 2));
    expect(d.ssmFlopsPerToken[0]).toBe(
      64 * (7 * 5120 * 16 + 3 * 5120 + 12 * 2560 ** 2 + 2 * 5120 * 4),
    );
    // (64·79,272,960 − 32·157,286,400) / (32 · 4 · 2,560) = 123 tokens.
    expect(d.crossovers.costTokens).toBeCloseTo(123, 10);
    expect(summary()).toContain("whole model");
  });

  it("snaps the stream to its end under reduced motion, and restarts from the first token", async () => {
    appStore.getState().setReducedMotion(true);
    render(<TeaserFigure focus={teaser} />);
    fireEvent.click(screen.getByRole("button", { name: "Back to the first token" }));
    expect(summary()).toContain("1 read");
    expect((await exported()).tokensRead).toBe(1);
    fireEvent.click(screen.getByRole("button", { name: "Show end" }));
    expect(summary()).toContain("4,096 read");
    expect(screen.queryByRole("button", { name: "Pause" })).toBeNull();
  });

  it("fills the formulas with the current numbers, and shows the memory pair on the memory step", () => {
    const { unmount } = render(<TeaserFigure focus={teaser} />);
    expect(document.querySelector(".bt-formulas")?.textContent).toContain("4,096");
    expect(document.querySelector(".katex-error")).toBeNull();
    unmount();
    render(<TeaserFigure focus={{ kind: "teaser", panel: "memory" }} />);
    const text = document.querySelector(".bt-formulas")?.textContent ?? "";
    expect(text).toContain("KV cache");
    expect(text).toContain("13.1");
    expect(document.querySelector('[data-panel="memory"].is-focused')).not.toBeNull();
  });
});

describe("the architecture timeline", () => {
  const focusOf = (id: string) => {
    const f = figureStateFor(id);
    if (f.kind !== "timeline") throw new Error("not a timeline step");
    return f;
  };

  it("dates every entry consistently with its arXiv id and cites only registered sources", () => {
    expect(ENTRIES).toHaveLength(14);
    for (const e of ENTRIES) {
      if (e.arxiv) {
        const [, yy, mm] = /^(\d\d)(\d\d)\./.exec(e.arxiv) ?? [];
        expect([e.id, 2000 + Number(yy), Number(mm)]).toEqual([e.id, e.date.year, e.date.month]);
      }
      expect(e.cites.length).toBeGreaterThan(0);
      for (const c of e.cites) expect(SOURCES[c.source], c.source).toBeDefined();
    }
    // In date order, so the arrow keys and the list agree.
    const years = ENTRIES.map((e) => fractionalYear(e.date));
    for (let i = 1; i < years.length; i++) expect(years[i]).toBeGreaterThan(years[i - 1]);
  });

  it("shows the step's card until the reader picks one, and the arrow keys walk the entries", async () => {
    render(<TimelineFigure focus={focusOf("quiet-lineage")} />);
    const radios = screen.getAllByRole("radio");
    expect(radios).toHaveLength(14);
    const checked = screen.getByRole("radio", { checked: true });
    expect(checked).toHaveAccessibleName("S4 (Structured State Space), November 2021");
    expect(screen.getByTestId("timeline-card")).toHaveTextContent("400× less memory than LSSL");
    expect(checked.getAttribute("tabindex")).toBe("0");
    expect(radios.filter((r) => r.getAttribute("tabindex") === "0")).toHaveLength(1);
    const textBefore = summary();

    act(() => checked.focus());
    fireEvent.keyDown(checked, { key: "ArrowRight" });
    expect(screen.getByRole("radio", { checked: true })).toHaveAccessibleName(/^DSS and S4D/);
    expect(document.activeElement).toBe(screen.getByRole("radio", { checked: true }));
    expect(screen.getByTestId("timeline-card")).toHaveTextContent("diagonal A");
    expect((await exported()).selected).toBe("s4d");
    expect(summary()).not.toBe(textBefore);

    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect((await exported()).selected).toBe("nvidia-hybrid");
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect((await exported()).selected).toBe("transformer");
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({ entry: "transformer" });
  });

  it("marks the step's entries and shades its span", () => {
    render(<TimelineFigure focus={focusOf("contenders")} />);
    const lit = [...document.querySelectorAll(".at-entry.is-lit")].map((g) =>
      g.getAttribute("data-entry"),
    );
    expect(lit.sort()).toEqual(["bst", "hyena", "retnet", "stripedhyena"]);
    expect(screen.getByTestId("timeline-band")).toBeInTheDocument();
    expect(summary()).toContain("RetNet (Retentive Network)");
    expect(screen.getByTestId("timeline-card")).toHaveTextContent(
      "Microsoft Research and Tsinghua",
    );
  });
});

describe("chapter 1", () => {
  it("asks when the KV cache passes the state before revealing 40 tokens, and shows that stream", () => {
    render(<BeyondTransformersChapter />);
    const reveal = screen.getByRole("button", { name: /reveal the answer/i });
    expect(reveal).toBeDisabled();
    fireEvent.click(screen.getByRole("radio", { name: /About 4,000 tokens/ }));
    fireEvent.click(screen.getByRole("button", { name: "Reveal the answer" }));
    const result = document.querySelector(".predict-result")?.textContent ?? "";
    expect(result).toContain("Your guess: About 4,000 tokens");
    expect(result).toContain("The model: About 40 tokens");
    expect(result).toContain("After 40 tokens they are equal");
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({ L: 64 });
  });

  it("has 400 to 900 words of prose", () => {
    render(<BeyondTransformersChapter />);
    const parts = [...document.querySelectorAll(".scrolly-steps [data-step-id] > :is(h2, p)")];
    const words = parts
      .map((p) => p.textContent ?? "")
      .join(" ")
      .split(/\s+/)
      .filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(400);
    expect(words).toBeLessThanOrEqual(900);
  });
});
