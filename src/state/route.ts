// The hash route (CONTRACT.md, "Pages and URLs"): `#chapter-id`, `#chapter-id/step-id`, one of the
// extra pages (`#playground`, …), or an empty hash for the contents. Pure; never throws.
//
// Leniency: a leading "#" and leading or trailing slashes are dropped, the hash may be
// percent-encoded (malformed escapes are read as they are), and matching ignores case. A step id
// that is not kebab-case words (`[a-z0-9]+(-[a-z0-9]+)*`, at most 64 characters) is dropped, not
// passed on, and so is anything after a page id or a third segment.

import { isChapterId, isPageId, type ChapterId, type PageId } from "../content/chapters";

export type Route =
  | { kind: "contents" }
  | { kind: "chapter"; id: ChapterId; stepId?: string }
  | { kind: "page"; id: PageId }
  | { kind: "unknown"; raw: string };

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_STEP_LENGTH = 64;
/** `unknown.raw` is shown to the reader ("no page called …"), so it is kept short. */
const MAX_RAW_LENGTH = 80;

export function isStepId(s: string): boolean {
  return s.length <= MAX_STEP_LENGTH && STEP_ID.test(s);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string): Route {
  let s = hash.startsWith("#") ? hash.slice(1) : hash;
  s = safeDecode(s).trim();
  s = s.replace(/^\/+/, "").replace(/\/+$/, "");
  if (s === "") return { kind: "contents" };
  const segments = s.toLowerCase().split("/");
  const [head, step] = segments;
  if (isChapterId(head)) {
    if (segments.length === 2 && isStepId(step)) return { kind: "chapter", id: head, stepId: step };
    return { kind: "chapter", id: head };
  }
  if (isPageId(head)) return { kind: "page", id: head };
  const raw = Array.from(s);
  return {
    kind: "unknown",
    raw: raw.length > MAX_RAW_LENGTH ? `${raw.slice(0, MAX_RAW_LENGTH).join("")}…` : s,
  };
}

/**
 * The inverse of parseHash, WITHOUT the leading "#" (callers add it: `#${formatHash(r)}`):
 * "" for the contents, "selection", "selection/gate-closes", "playground". An invalid step id is
 * left out; an unknown route gives its raw text, percent-encoded.
 */
export function formatHash(route: Route): string {
  switch (route.kind) {
    case "contents":
      return "";
    case "chapter":
      return route.stepId !== undefined && isStepId(route.stepId)
        ? `${route.id}/${route.stepId}`
        : route.id;
    case "page":
      return route.id;
    case "unknown":
      return encodeURIComponent(route.raw);
  }
}

/** The id a view's settings are stored under: the chapter or page id, or undefined. */
export function viewIdOf(route: Route): ChapterId | PageId | undefined {
  return route.kind === "chapter" || route.kind === "page" ? route.id : undefined;
}

export interface ParsedLocation {
  readonly route: Route;
  /** The view whose field table reads `query` (undefined for the contents and unknown hashes). */
  readonly viewId: ChapterId | PageId | undefined;
  /** The query string without its "?", for decodeParams with that view's table. */
  readonly query: string;
}

/** Splits a location into the route (from the hash) and the view's query string. */
export function parseLocation(search: string, hash: string): ParsedLocation {
  const route = parseHash(hash);
  return {
    route,
    viewId: viewIdOf(route),
    query: search.startsWith("?") ? search.slice(1) : search,
  };
}

/** A relative URL for history.pushState / replaceState: `pathname` + "?query" + "#hash". */
export function formatLocation(pathname: string, route: Route, query: string): string {
  const hash = formatHash(route);
  return `${pathname}${query === "" ? "" : `?${query}`}${hash === "" ? "" : `#${hash}`}`;
}
