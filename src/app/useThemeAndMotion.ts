import { useEffect } from "react";
import { appStore, useApp, type ThemeChoice } from "../state/store";

const THEME_KEY = "ssm-explainer-theme";

function readStoredTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === "light" || v === "dark" ? v : "system";
  } catch {
    return "system";
  }
}

/** Applies the theme choice to <html data-theme> and follows prefers-reduced-motion live. */
export function useThemeAndMotion() {
  const theme = useApp((s) => s.theme);

  useEffect(() => {
    appStore.getState().setTheme(readStoredTheme());
    const mq = window.matchMedia("(prefers-reduced-motion: reduce)");
    const apply = () => appStore.getState().setReducedMotion(mq.matches);
    apply();
    mq.addEventListener("change", apply);
    return () => mq.removeEventListener("change", apply);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme);
    try {
      if (theme === "system") localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // storage may be unavailable (private mode); the choice still holds for this visit
    }
  }, [theme]);
}
