import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

// Layer boundaries of STYLE.md §2. One rule entry per folder, because a later
// `no-restricted-imports` replaces an earlier one rather than adding to it.
const layer = (name) => ({
  group: [`**/${name}`, `**/${name}/**`],
  message: `not from this layer (STYLE.md §2)`,
});
const mathOnlyThroughIndex = {
  regex: "(^|/)models/(?!index$)",
  message: "import maths only from src/models/index.ts (CONTRACT.md, Figures)",
};
const noD3Select = {
  name: "d3",
  importNames: ["select", "selectAll"],
  message: "d3 selections belong in src/viz only, to attach behaviours (STYLE.md §5)",
};
const restrict = (paths, patterns) => ["error", { paths, patterns }];

export default defineConfig(
  globalIgnores(["dist", "e2e-out", "coverage", ".ci-out", "bench-out", "node_modules"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ["**/*.{ts,tsx}"], languageOptions: { globals: globals.browser } },
  reactHooks.configs.flat.recommended,
  { rules: { "react-hooks/exhaustive-deps": "error" } },
  {
    files: ["e2e/**", "scripts/**", "bench/**", "config/**", "*.config.{js,ts}", "test/support/**"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ["src/models/**"],
    rules: {
      "no-restricted-imports": restrict(
        [
          { name: "react", message: "models are plain maths (STYLE.md §1)" },
          { name: "react-dom", message: "models are plain maths (STYLE.md §1)" },
          { name: "d3", message: "models are plain maths (STYLE.md §1)" },
          { name: "zustand", message: "models are plain maths (STYLE.md §1)" },
          { name: "katex", message: "models are plain maths (STYLE.md §1)" },
        ],
        [
          { group: ["d3-*", "react/*", "zustand/*"], message: "models are plain maths" },
          layer("state"),
          layer("viz"),
          layer("ui"),
          layer("chapters"),
          layer("app"),
          layer("workers"),
        ],
      ),
      "no-restricted-globals": ["error", "document", "window"],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "take an Rng from core/rng.ts" },
      ],
    },
  },
  {
    files: ["src/viz/**"],
    rules: {
      "no-restricted-imports": restrict(
        [{ name: "zustand", message: "a chart never reads the store (STYLE.md §5)" }],
        [
          { group: ["zustand/*"], message: "a chart never reads the store" },
          layer("state"),
          layer("ui"),
          layer("chapters"),
          layer("app"),
          mathOnlyThroughIndex,
        ],
      ),
    },
  },
  {
    files: ["src/chapters/**", "src/pages/**", "src/ui/**", "src/state/**", "src/app/**"],
    rules: {
      "no-restricted-imports": restrict([noD3Select], [mathOnlyThroughIndex]),
    },
  },
  {
    files: ["src/chapters/**", "src/pages/**", "src/viz/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Math",
          property: "exp",
          message: "no maths in views: call src/models/index.ts (CONTRACT.md, Figures)",
        },
      ],
    },
  },
);
