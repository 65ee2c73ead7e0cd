import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { cspPlugin } from "./config/csp.ts";

export default defineConfig({
  base: "./",
  plugins: [react(), cspPlugin()],
  build: {
    // font-src and img-src allow only our origin for fonts: never inline assets as data: URIs.
    assetsInlineLimit: 0,
    // Vite 8 bundles with rolldown: split the big libraries so the app chunk stays small.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "katex", test: /node_modules[\\/]katex[\\/]/ },
            { name: "d3", test: /node_modules[\\/](d3|d3-[a-z-]+|internmap)[\\/]/ },
          ],
        },
      },
    },
  },
});
