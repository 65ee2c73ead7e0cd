import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/app/App";
import { CHAPTERS, PAGES } from "../../src/content/chapters";
import { appStore } from "../../src/state/store";
import { hydrateFromUrl } from "../../src/state/urlSync";

function open(hash: string, search = "") {
  hydrateFromUrl(appStore, { search, hash });
  return render(<App />);
}

describe("App", () => {
  it("lists all 14 chapters on the contents page, each with one line", () => {
    open("");
    const items = screen.getByRole("list", { name: "Chapters" }).querySelectorAll("li");
    expect(items).toHaveLength(14);
    for (const c of CHAPTERS) {
      expect(
        screen.getByRole("link", { name: new RegExp(`${c.number}\\s*${c.title}`) }),
      ).toBeInTheDocument();
      expect(screen.getByText(c.summary, { exact: false })).toBeInTheDocument();
    }
    expect(document.querySelector(".katex-error")).toBeNull();
  });

  it("shows an unbuilt chapter as in preparation, with its place and a way back", () => {
    open("#what-the-state-forgets");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("What the state forgets");
    expect(screen.getByText(/in preparation/i)).toBeInTheDocument();
    expect(screen.getAllByText(/Chapter 11 of 14/).length).toBeGreaterThan(0);
    expect(screen.getByRole("link", { name: "Back to the contents" })).toBeInTheDocument();
    const prev = new RegExp(`Previous.*${CHAPTERS[9].title}`);
    const next = new RegExp(`Next.*${CHAPTERS[11].title}`);
    expect(screen.getByRole("link", { name: prev })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: next })).toBeInTheDocument();
  });

  it("reaches every extra page, built (loaded lazily) or in preparation", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("{}", { status: 404 }));
    for (const p of PAGES) {
      const { unmount } = open(`#${p.id}`);
      const h1 = await screen.findByRole("heading", { level: 1 }, { timeout: 15_000 });
      expect(h1).toHaveTextContent(p.title);
      unmount();
    }
    vi.restoreAllMocks();
  }, 60_000);

  it("says so, calmly, for a hash that names nothing", () => {
    open("#no-such-chapter");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("There is no page here");
    expect(screen.getByRole("link", { name: "Go to the contents" })).toBeInTheDocument();
  });

  it("restores the hero setting from the URL, clamps junk and tells the reader", () => {
    open("", "?dt=99");
    expect(screen.getByRole("slider", { name: /step size/i })).toHaveValue("2");
    expect(screen.getByText(/dt=99 is above the maximum/)).toBeInTheDocument();
  });

  it("changes the hero figure's exported text when the slider moves", () => {
    open("");
    const summary = screen.getByTestId("figure-summary");
    const before = summary.textContent;
    fireEvent.change(screen.getByRole("slider", { name: /step size/i }), {
      target: { value: "1" },
    });
    expect(summary.textContent).not.toBe(before);
    // ZOH at a = −1: Ā = e^{−1} = 0.368.
    expect(summary).toHaveTextContent("Ā = 0.368");
  });

  it("opens the keyboard help with ?, can switch shortcuts off, and closes on Escape", () => {
    open("");
    act(() => {
      fireEvent.keyDown(window, { key: "?" });
    });
    const dialog = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    expect(dialog).toBeInTheDocument();
    fireEvent.click(screen.getByRole("switch", { name: /shortcuts/i }));
    expect(appStore.getState().keysEnabled).toBe(false);
    act(() => {
      fireEvent.keyDown(document, { key: "Escape" });
    });
    expect(screen.queryByRole("dialog")).toBeNull();
    act(() => {
      fireEvent.keyDown(window, { key: "J" });
    });
    expect(appStore.getState().route).toEqual({ kind: "contents" });
  });

  it("moves to the next and previous chapter with J and K, but not while typing in a control", () => {
    open("");
    act(() => {
      fireEvent.keyDown(window, { key: "J" });
    });
    expect(appStore.getState().route).toEqual({ kind: "chapter", id: CHAPTERS[0].id });
    act(() => {
      fireEvent.keyDown(window, { key: "J" });
    });
    expect(appStore.getState().route).toEqual({ kind: "chapter", id: CHAPTERS[1].id });
    act(() => {
      fireEvent.keyDown(window, { key: "K" });
    });
    expect(appStore.getState().route).toEqual({ kind: "chapter", id: CHAPTERS[0].id });
  });

  it("cycles the theme and writes it to <html data-theme>", () => {
    open("");
    const button = screen.getByRole("button", { name: /Theme: system/ });
    fireEvent.click(button);
    expect(document.documentElement.dataset.theme).toBe("light");
    fireEvent.click(screen.getByRole("button", { name: /Theme: light/ }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    fireEvent.click(screen.getByRole("button", { name: /Theme: dark/ }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
