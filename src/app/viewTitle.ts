import { CHAPTER_ENTRIES } from "../chapters/registry";
import { PAGES } from "../content/chapters";
import type { Route } from "../state/route";

export function viewTitle(route: Route): string {
  switch (route.kind) {
    case "contents":
      return "Contents";
    case "chapter":
      return CHAPTER_ENTRIES.find((c) => c.id === route.id)?.title ?? route.id;
    case "page":
      return PAGES.find((p) => p.id === route.id)?.title ?? route.id;
    default:
      return "Not found";
  }
}
