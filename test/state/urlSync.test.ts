import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { num } from "../../src/state/fields";
import { createAppStore, type AppStore } from "../../src/state/store";
import {
  hydrateFromUrl,
  navigate,
  registerFields,
  startUrlSync,
  urlFor,
} from "../../src/state/urlSync";

const table = { dt: num("dt", { def: 0.1, min: 0.001, max: 2, digits: 3 }) };

let store: AppStore;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, "", "/");
  store = createAppStore();
  registerFields("selection", table);
});

afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

const here = () => `${window.location.search}${window.location.hash}`;

describe("URL sync", () => {
  it("reads the view, the step and the settings from a deep link", () => {
    hydrateFromUrl(store, { search: "?dt=0.05", hash: "#selection/gate-closes" });
    const s = store.getState();
    expect(s.route).toEqual({ kind: "chapter", id: "selection", stepId: "gate-closes" });
    expect(s.stepId).toBe("gate-closes");
    expect(urlFor(store)).toBe("?dt=0.05#selection/gate-closes");
  });

  it("pushes a history entry for navigation and replaces it, debounced, for settings and steps", () => {
    stop = startUrlSync(store, window, 150);
    vi.advanceTimersByTime(200);
    const start = window.history.length;
    navigate(store, { kind: "chapter", id: "selection" });
    expect(window.history.length).toBe(start + 1);
    expect(here()).toBe("#selection");

    store.getState().setParams("selection", { dt: 0.5 });
    store.getState().setStep("gate-opens");
    expect(here()).toBe("#selection"); // not yet: debounced
    vi.advanceTimersByTime(200);
    expect(here()).toBe("?dt=0.5#selection/gate-opens");
    expect(window.history.length).toBe(start + 1);
  });

  it("writes only non-default settings and rewrites a clamped link", () => {
    stop = startUrlSync(store, window, 150);
    hydrateFromUrl(store, { search: "?dt=99&junk=%3Cb%3E", hash: "#selection" });
    vi.advanceTimersByTime(200);
    expect(here()).toBe("?dt=2#selection");
    store.getState().setParams("selection", { dt: 0.1 });
    vi.advanceTimersByTime(200);
    expect(here()).toBe("#selection");
  });

  it("restores the view on popstate and remembers a view's settings when navigating back to it", () => {
    stop = startUrlSync(store, window, 150);
    navigate(store, { kind: "chapter", id: "selection" });
    store.getState().setParams("selection", { dt: 0.7 });
    vi.advanceTimersByTime(200);
    navigate(store, { kind: "page", id: "about" });
    expect(here()).toBe("#about");
    navigate(store, { kind: "chapter", id: "selection" });
    expect(here()).toBe("?dt=0.7#selection");

    window.history.replaceState(null, "", "/?dt=0.3#the-state");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.getState().route).toEqual({ kind: "chapter", id: "the-state" });
    expect(store.getState().search).toBe("?dt=0.3");
  });
});
