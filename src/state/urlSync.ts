import { decodeParams, encodeParams, type FieldTable } from "./fields";
import { formatHash, parseHash, type Route } from "./route";
import type { AppStore } from "./store";

/* The URL is the save file (STYLE.md §7): the hash holds the view and step, the query the active
   view's non-default settings. Explicit navigation pushes a history entry; sliders and scrolling
   replace it, debounced, so they never flood the history. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables of any field shape
type AnyTable = FieldTable<any>;

const tables = new Map<string, AnyTable>();

/** Views register their field table once; the URL codec needs it to write their settings. */
export function registerFields(viewId: string, table: AnyTable): void {
  tables.set(viewId, table);
}

/** "#id/step" for a route, "" for the contents (whether or not formatHash adds the "#"). */
export function hashOf(route: Route): string {
  const h = formatHash(route).replace(/^#/, "");
  return h ? `#${h}` : "";
}

/** The key a view's settings are stored under: its chapter or page id, or "contents". */
export function viewKeyOf(route: Route): string {
  if (route.kind === "chapter" || route.kind === "page") return route.id;
  return route.kind;
}

/** The query string for the active view: its stored settings, else whatever the URL brought. */
function queryFor(store: AppStore): string {
  const s = store.getState();
  const viewId = viewKeyOf(s.route);
  const table = tables.get(viewId);
  if (!table) return s.search.replace(/^\?/, "");
  const values = s.params[viewId] ?? decodeParams(table, s.search);
  return encodeParams(table, values);
}

export function urlFor(store: AppStore): string {
  const s = store.getState();
  const route: Route =
    s.route.kind === "chapter" ? { ...s.route, stepId: s.stepId ?? undefined } : s.route;
  const query = queryFor(store);
  return `${query ? `?${query}` : ""}${hashOf(route)}`;
}

function currentUrl(loc: Location): string {
  return `${loc.search}${loc.hash === "#" ? "" : loc.hash}`;
}

/** Reads the view, step and query from the location into the store (load, popstate, hashchange). */
export function hydrateFromUrl(store: AppStore, loc: Pick<Location, "search" | "hash">): void {
  const route = parseHash(loc.hash);
  const { setRoute, setSearch, params } = store.getState();
  const viewId = viewKeyOf(route);
  // A URL is the truth for the view it opens: drop settings remembered from earlier visits.
  const { [viewId]: _dropped, ...rest } = params;
  void _dropped;
  store.setState({ params: rest });
  setSearch(loc.search);
  setRoute(route);
}

let pushHistory: ((url: string) => void) | null = null;

/**
 * Explicit navigation (contents, next or previous chapter, a preset): a new history entry.
 * The target view keeps the settings the reader left it with in this session.
 */
export function navigate(store: AppStore, route: Route): void {
  const s = store.getState();
  const viewId = viewKeyOf(route);
  const table = tables.get(viewId);
  const stored = s.params[viewId];
  s.setSearch(table && stored ? encodeParams(table, stored) : "");
  s.setRoute(route);
  pushHistory?.(urlFor(store));
  if (typeof window !== "undefined") window.scrollTo({ top: 0 });
}

/** Keeps the address bar in step with the store until the returned function is called. */
export function startUrlSync(store: AppStore, win: Window = window, debounceMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  pushHistory = (url) => {
    clearTimeout(timer);
    if (url !== currentUrl(win.location))
      win.history.pushState(null, "", win.location.pathname + url);
  };
  const replaceSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = urlFor(store);
      if (url !== currentUrl(win.location)) {
        // The pathname keeps a relative "#hash" from inheriting the old query string.
        win.history.replaceState(null, "", win.location.pathname + url);
      }
    }, debounceMs);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route !== prev.route || s.stepId !== prev.stepId || s.params !== prev.params)
      replaceSoon();
  });
  const onPop = () => hydrateFromUrl(store, win.location);
  win.addEventListener("popstate", onPop);
  win.addEventListener("hashchange", onPop);
  replaceSoon();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    pushHistory = null;
    win.removeEventListener("popstate", onPop);
    win.removeEventListener("hashchange", onPop);
  };
}
