import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { Tex, TexBlock } from "../../../src/ui/text/Tex";
import { Term } from "../../../src/ui/text/Term";
import { Cite } from "../../../src/ui/text/Cite";
import { FactCheck } from "../../../src/ui/text/FactCheck";
import { FACT_CHECKS } from "../../../src/content/factChecks";
import { SOURCES } from "../../../src/content/sources";
import { appStore } from "../../../src/state/store";

describe("Tex", () => {
  it("renders KaTeX with the shared macros, and marks bad input instead of throwing", () => {
    const { container } = render(
      <>
        <Tex>{String.raw`\Abar = e^{\Delta A}`}</Tex>
        <TexBlock>{String.raw`\frac{1}{`}</TexBlock>
      </>,
    );
    expect(container.querySelectorAll(".katex")).toHaveLength(1);
    expect(container.querySelectorAll(".katex-error")).toHaveLength(1);
  });
});

describe("Term", () => {
  it("highlights its concept in the figure while hovered or focused", () => {
    render(<Term k="h">state</Term>);
    const term = screen.getByText("state");
    fireEvent.focus(term);
    expect(appStore.getState().highlight).toBe("h");
    fireEvent.blur(term);
    expect(appStore.getState().highlight).toBeNull();
    fireEvent.mouseEnter(term);
    expect(appStore.getState().highlight).toBe("h");
    expect(term).toHaveAttribute("tabindex", "0");
  });
});

describe("Cite and FactCheck", () => {
  it("cites a registered source with its place", () => {
    const id = Object.keys(SOURCES)[0] as keyof typeof SOURCES;
    render(<Cite id={id} where="Table 1" />);
    expect(screen.getByRole("link")).toHaveTextContent(`${SOURCES[id].short}, Table 1`);
  });

  it("shows every registered fact check with its claim, evidence and citations", () => {
    for (const fc of FACT_CHECKS) {
      const { container, unmount } = render(<FactCheck id={fc.id} />);
      const aside = container.querySelector(`[data-fact-check="${fc.id}"]`);
      expect(aside).not.toBeNull();
      expect(aside).toHaveTextContent(fc.claim);
      expect(aside?.querySelectorAll("a.cite")).toHaveLength(fc.cite.length);
      unmount();
    }
  });
});
