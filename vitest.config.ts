import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

// Two projects (CONTRACT.md, Tests): `unit` in jsdom first, then `e2e` in Node driving the system
// Chromium against one `vite preview` of the production build.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            environment: "jsdom",
            include: ["test/**/*.test.{ts,tsx}"],
            setupFiles: ["./test/support/setup.ts"],
            css: false,
            // Generous: a loaded 2-core machine can take seconds to render a lazy chapter.
            testTimeout: 30_000,
            sequence: { groupOrder: 0 },
          },
        },
        {
          test: {
            name: "e2e",
            environment: "node",
            include: ["e2e/**/*.e2e.ts"],
            globalSetup: ["./e2e/support/globalSetup.ts"],
            fileParallelism: false,
            testTimeout: 300_000,
            hookTimeout: 120_000,
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  }),
);
