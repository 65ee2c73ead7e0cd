import { createElement, Suspense, useEffect } from "react";
import { PAGES } from "../content/chapters";
import { ContentsPage } from "../pages/contents/ContentsPage";
import { PAGE_COMPONENTS } from "../pages/registry";
import { useApp } from "../state/store";
import { ChapterView } from "./views/ChapterView";
import { InPreparation } from "./views/InPreparation";
import { UnknownView } from "./views/UnknownView";
import { Header } from "./Header";
import { HelpDialog } from "./HelpDialog";
import { useKeyboardShortcuts } from "./useKeyboardShortcuts";
import { useThemeAndMotion } from "./useThemeAndMotion";
import { viewTitle } from "./viewTitle";

function PageView({ id }: { id: (typeof PAGES)[number]["id"] }) {
  const lazyPage = PAGE_COMPONENTS.get(id);
  const page = PAGES.find((p) => p.id === id);
  if (!lazyPage)
    return <InPreparation kicker="Page" title={page?.title ?? id} summary={page?.summary} />;
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading…
        </p>
      }
    >
      {createElement(lazyPage)}
    </Suspense>
  );
}

/** The view for the current route: contents, a chapter, an extra page, or "not found". */
function CurrentView() {
  const route = useApp((s) => s.route);
  switch (route.kind) {
    case "contents":
      return <ContentsPage />;
    case "chapter":
      return <ChapterView key={route.id} id={route.id} />;
    case "page":
      return <PageView key={route.id} id={route.id} />;
    default:
      return <UnknownView raw={route.raw} />;
  }
}

export function App() {
  const route = useApp((s) => s.route);
  useThemeAndMotion();
  useKeyboardShortcuts();
  useEffect(() => {
    document.title =
      route.kind === "contents"
        ? "Selective SSM Explainer"
        : `${viewTitle(route)} · Selective SSM Explainer`;
  }, [route]);
  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById("main-content")?.focus();
        }}
      >
        Skip to content
      </a>
      <Header />
      <main id="main-content" tabIndex={-1} className="view">
        <CurrentView />
      </main>
      <HelpDialog />
    </>
  );
}
