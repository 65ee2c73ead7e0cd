import type { Plugin } from "vite";

/** The Content Security Policy of CONTRACT.md (Look and feel). One source for the build and the tests. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join("; ");

/**
 * Injects the policy as a <meta> tag into the built index.html only: the dev server needs inline
 * scripts for hot reload, so it must stay without the policy.
 */
export function cspPlugin(): Plugin {
  return {
    name: "ssm-explainer-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
