import { defineConfig } from "vitest/config";

// Three suites, run by `npm test` one after another:
// unit (pure code), api (the server over real stores and real HTTP),
// component (React in jsdom with MSW in node).
export default defineConfig({
  test: {
    projects: [
      // Timeouts well above a test's usual time: a CI machine shared with a database and a
      // browser can be several times slower than a quiet one, and a timeout is not what we test.
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
          testTimeout: 15_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
