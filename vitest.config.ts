import { defineConfig } from "vitest/config";

// Three suites, run by `npm test` one after another:
// unit (pure code), api (the server over real stores and real HTTP),
// component (React in jsdom with MSW in node).
export default defineConfig({
  test: {
    projects: [
      // Unit and component tests get 20 s, not vitest's 5 s: on a shared 2-core
      // machine (load average above 10) the 100,000-header digest check and the
      // longer wizard journeys have taken 5.0 to 5.2 s, though they pass alone in half that.
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", testTimeout: 20_000, sequence: { groupOrder: 0 } } },
      {
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Each file opens its own databases; two at a time keeps a 2-core machine responsive.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: "component",
          include: ["test/component/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["test/component/setup.ts"],
          testTimeout: 20_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
