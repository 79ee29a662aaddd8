import { defineConfig } from "vitest/config";

// The suites Stryker runs against each mutant: unit and API (the server over the
// memory and SQLite stores, through real HTTP). Component tests exercise the
// console, not the security core, and jsdom would slow every mutant down. The API
// suites run over the memory store only: the security core is the same code over
// every store, and `npm test` runs them over SQLite and PostgreSQL as well.
export default defineConfig({
  test: {
    env: { AM_TEST_STORES: "memory" },
    projects: [
      // digest-header.test.ts parses 100,000 headers (slow under load) and reaches no security-core file.
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], exclude: ["test/unit/digest-header.test.ts", "test/unit/pg-*.test.ts"], environment: "node", testTimeout: 60_000 } },
      {
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts"],
          // Slow, and about code outside the security core: the CLI (spawns processes), the
          // stores, and sign-in's throttle (60 password checks a test; AuthThrottle's own
          // rules are asserted in test/unit/auth-throttle.test.ts and the Digest suites).
          // Operations suites spawn server processes or need PostgreSQL (start-up, shutdown,
          // crashes, backups, a lost database, two instances): none asserts a security-core rule.
          exclude: [
            "test/api/cli*.test.ts",
            "test/api/store.test.ts",
            "test/api/sign-in-throttle.test.ts",
            "test/api/crash.test.ts",
            "test/api/database-loss.test.ts",
            "test/api/multi-instance*.test.ts",
            "test/api/read-caches-postgres.test.ts",
            "test/api/shutdown.test.ts",
            "test/api/startup*.test.ts",
            "test/api/sqlite-file-modes.test.ts",
          ],
          environment: "node",
          // Instrumented code on a busy machine: generous, so the initial run never fails on time.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
