import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "katex/dist/katex.min.css";
import "./global.css";
import { App } from "./App";
import { appStore } from "../state/store";
import { hydrateFromUrl, startUrlSync } from "../state/urlSync";

hydrateFromUrl(appStore, window.location);
startUrlSync(appStore);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
