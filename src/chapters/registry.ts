import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { CHAPTERS, type ChapterId } from "../content/chapters";

/* Chapters are found, not listed: a folder `NN-<id>/Chapter.tsx` makes chapter <id> built, so adding
   one edits no shared file (CONTRACT.md, Pages and URLs). */

type ChapterModule = { default: ComponentType };

export interface ChapterEntry {
  id: ChapterId;
  number: number;
  title: string;
  summary: string;
  isBuilt: boolean;
  /** The lazily loaded chapter, when its folder exists. */
  Component?: LazyExoticComponent<ComponentType>;
}

/** Maps folder paths (`./07-selection/Chapter.tsx`) to loaders, keyed by chapter id. */
export function loadersById(
  modules: Record<string, () => Promise<ChapterModule>>,
): Map<string, () => Promise<ChapterModule>> {
  const byId = new Map<string, () => Promise<ChapterModule>>();
  for (const [path, load] of Object.entries(modules)) {
    const m = /^\.\/(\d\d)-([a-z0-9-]+)\/Chapter\.tsx$/.exec(path);
    if (m) byId.set(m[2], load);
  }
  return byId;
}

export function buildRegistry(
  modules: Record<string, () => Promise<ChapterModule>>,
): ChapterEntry[] {
  const loaders = loadersById(modules);
  return CHAPTERS.map((c) => {
    const load = loaders.get(c.id);
    return { ...c, isBuilt: Boolean(load), Component: load ? lazy(load) : undefined };
  });
}

export const CHAPTER_ENTRIES: readonly ChapterEntry[] = buildRegistry(
  import.meta.glob<ChapterModule>("./*/Chapter.tsx"),
);

export function chapterEntry(id: ChapterId): ChapterEntry {
  const entry = CHAPTER_ENTRIES.find((c) => c.id === id);
  if (!entry) throw new Error(`unknown chapter ${id}`);
  return entry;
}

/** Reading progress counts built chapters only (CONTRACT.md). */
export const BUILT_CHAPTERS = CHAPTER_ENTRIES.filter((c) => c.isBuilt);
