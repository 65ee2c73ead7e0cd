import { beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { LedgerFigure } from "../../../src/chapters/14-transformer-era/Figure";
import { FORECASTS } from "../../../src/content/forecasts";
import { SOURCES } from "../../../src/content/sources";
import { appStore } from "../../../src/state/store";
import { captureDownloads } from "../../support/downloads";

const { exported } = captureDownloads();
beforeEach(() => appStore.getState().setRoute({ kind: "chapter", id: "transformer-era" }));

describe("the forecast ledger", () => {
  it("has well-formed entries: a status each, and evidence cited from the registry where it happened", () => {
    const ids = new Set<string>();
    for (const f of FORECASTS) {
      expect(ids.has(f.id)).toBe(false);
      ids.add(f.id);
      for (const c of f.cite) expect(SOURCES[c.source], c.source).toBeDefined();
      if (f.status !== "open") expect(f.cite.length, f.id).toBeGreaterThan(0);
    }
  });

  it("filters by status, and its export and text alternative follow", async () => {
    render(<LedgerFigure />);
    let d = await exported();
    expect(d.forecasts).toHaveLength(FORECASTS.length);
    fireEvent.change(screen.getByRole("combobox", { name: "Show" }), {
      target: { value: "happened" },
    });
    d = await exported();
    const happened = FORECASTS.filter((f) => f.status === "happened");
    expect(d.forecasts.map((f: { id: string }) => f.id)).toEqual(happened.map((f) => f.id));
    expect(d.counts).toEqual({ happened: happened.length, partly: 0, open: 0 });
    expect(screen.getByTestId("figure-summary")).toHaveTextContent(
      `Showing ${happened.length} of ${FORECASTS.length} forecasts`,
    );
  });

  it("flips a card to show its evidence and sources, and back", () => {
    render(<LedgerFigure />);
    const card = document.querySelector<HTMLElement>('[data-forecast="hybrids"]')!;
    const button = within(card).getByRole("button", { name: "Show the evidence" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(card.querySelector(".ledger-evidence")).toBeVisible();
    expect(card.querySelectorAll("a.cite").length).toBe(
      FORECASTS.find((f) => f.id === "hybrids")!.cite.length,
    );
    fireEvent.click(within(card).getByRole("button", { name: "Hide the evidence" }));
    expect(card.querySelector(".ledger-evidence")).not.toBeVisible();
  });
});
