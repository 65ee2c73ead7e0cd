import { createStore, useStore } from "zustand";
import type { StateCreator } from "zustand/vanilla";
import type { Route } from "./route";

/** Concepts with one palette colour each (CONTRACT.md, Look and feel). */
export type Concept = "u" | "h" | "y" | "dt" | "attn";
export type ThemeChoice = "system" | "light" | "dark";

export interface NavSlice {
  route: Route;
  /** The active step of the current chapter (null before the first step is reached). */
  stepId: string | null;
  /** The step ids of the chapter on screen, in order, as its Scrolly reported them. */
  stepIds: readonly string[];
  /** The query string that came with the current view (from the URL, or its remembered settings). */
  search: string;
  setSearch: (search: string) => void;
  setRoute: (route: Route) => void;
  setStep: (stepId: string | null) => void;
  setStepIds: (ids: readonly string[]) => void;
}

export interface ParamsSlice {
  /** Each view's settings, keyed by view id, so one chapter's N never moves another's. */
  params: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Messages about URL values that were clamped or ignored, per view. */
  urlNotes: Readonly<Record<string, readonly string[]>>;
  setParams: (viewId: string, values: Readonly<Record<string, unknown>>) => void;
  setUrlNotes: (viewId: string, notes: readonly string[]) => void;
}

export interface UiSlice {
  highlight: Concept | null;
  theme: ThemeChoice;
  reducedMotion: boolean;
  keysEnabled: boolean;
  isHelpOpen: boolean;
  setHighlight: (c: Concept | null) => void;
  setTheme: (t: ThemeChoice) => void;
  setReducedMotion: (on: boolean) => void;
  setKeysEnabled: (on: boolean) => void;
  setHelpOpen: (open: boolean) => void;
}

export type AppState = NavSlice & ParamsSlice & UiSlice;
type Slice<T> = StateCreator<AppState, [], [], T>;

const navSlice: Slice<NavSlice> = (set) => ({
  route: { kind: "contents" },
  stepId: null,
  stepIds: [],
  search: "",
  setSearch: (search) => set({ search }),
  setRoute: (route) =>
    set({ route, stepId: route.kind === "chapter" ? (route.stepId ?? null) : null, stepIds: [] }),
  setStep: (stepId) => set({ stepId }),
  setStepIds: (stepIds) => set({ stepIds }),
});

const paramsSlice: Slice<ParamsSlice> = (set) => ({
  params: {},
  urlNotes: {},
  setParams: (viewId, values) => set((s) => ({ params: { ...s.params, [viewId]: values } })),
  setUrlNotes: (viewId, notes) => set((s) => ({ urlNotes: { ...s.urlNotes, [viewId]: notes } })),
});

const uiSlice: Slice<UiSlice> = (set) => ({
  highlight: null,
  theme: "system",
  reducedMotion: false,
  keysEnabled: true,
  isHelpOpen: false,
  setHighlight: (highlight) => set({ highlight }),
  setTheme: (theme) => set({ theme }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
  setKeysEnabled: (keysEnabled) => set({ keysEnabled }),
  setHelpOpen: (isHelpOpen) => set({ isHelpOpen }),
});

/** A fresh store (tests make their own; the app uses `appStore`). */
export const createAppStore = (init: Partial<AppState> = {}) =>
  createStore<AppState>()((...a) => ({
    ...navSlice(...a),
    ...paramsSlice(...a),
    ...uiSlice(...a),
    ...init,
  }));

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore = createAppStore();

export const useApp = <T>(pick: (s: AppState) => T): T => useStore(appStore, pick);
