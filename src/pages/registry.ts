import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/* Extra pages (#playground, #verified, …) are found like chapters: a folder `<page-id>/Page.tsx`. */

type PageModule = { default: ComponentType };

export function pageLoaders(
  modules: Record<string, () => Promise<PageModule>>,
): Map<string, LazyExoticComponent<ComponentType>> {
  const byId = new Map<string, LazyExoticComponent<ComponentType>>();
  for (const [path, load] of Object.entries(modules)) {
    const m = /^\.\/([a-z0-9-]+)\/Page\.tsx$/.exec(path);
    if (m) byId.set(m[1], lazy(load));
  }
  return byId;
}

export const PAGE_COMPONENTS = pageLoaders(import.meta.glob<PageModule>("./*/Page.tsx"));
