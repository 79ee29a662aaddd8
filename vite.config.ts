import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { browserOnlyModules } from "./scripts/browser-only-modules.ts";

// `npm run dev:mock` (vite --mode mock): the console with the server app
// running in the browser through MSW (mocks/browser.ts). The worker must be
// listening before the app's first fetch, so the page starts it and only then
// loads src/main.tsx. This rewrites the dev server's index.html only: src/
// never imports mocks/, and builds never contain them.
function mockBackend(): Plugin {
  return {
    name: "access-manager:mock-backend",
    apply: (_config, env) => env.command === "serve" && env.mode === "mock",
    // "pre": before Vite processes the page, so the inline script is served
    // as a transformed module like any other.
    transformIndexHtml: {
      order: "pre",
      handler: (html) =>
        html.replace(
          '<script type="module" src="/src/main.tsx"></script>',
          '<script type="module">import { startMockWorker } from "/mocks/browser.ts"; await startMockWorker(); await import("/src/main.tsx");</script>',
        ),
    },
  };
}

// The console builds to dist/, which the server serves with an index.html
// fallback. In development the API comes from a server on :8080 through the
// proxy, so cookies stay same-origin just as in production.
export default defineConfig(({ mode }) => ({
  base: "/",
  // browserOnlyModules fails a build that would ship server or mock code.
  plugins: [react(), mockBackend(), browserOnlyModules()],
  // Web workers are bundles of their own: the same check applies to them.
  worker: { plugins: () => [browserOnlyModules()] },
  // Only the mock mode serves the MSW worker script; builds have no public dir.
  publicDir: mode === "mock" ? "mocks/public" : false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // scripts/first-load.ts reads the manifest to measure the first load.
    manifest: true,
    target: "es2022",
    rolldownOptions: {
      treeshake: {
        // contract/ builds zod schemas at module level next to plain
        // constants (roleLabel, LIMITS). Building a schema has no side
        // effects, so unused ones may be dropped: a page that needs only the
        // constants then does not pull in all of zod (~23 KB gzip).
        // Consequence: never call z.* at module level for its side effect
        // alone (e.g. z.config(...)) in code the console imports.
        manualPureFunctions: ["z"],
      },
      output: {
        codeSplitting: {
          // zod in a chunk of its own, fetched only by pages that validate
          // forms (sign-in now, the key wizards later). Left to the default
          // chunking it joins the chunk every page shares.
          groups: [{ name: "zod", test: /[\\/]node_modules[\\/]zod[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:8080" },
    },
  },
}));
