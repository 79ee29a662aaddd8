import { defineConfig } from "vitest/config";

// The suites Stryker runs against the mutants of digest.ts and auth-throttle.ts
// (stryker/slow.config.mjs): the unit suites of the throttle and the Digest parts,
// and the Digest API suites. Every signed request and every sign-in runs through
// these two files, so with the whole API suite each of their mutants was covered
// by hundreds of tests in some 30 files, each file starting its own server: a
// surviving mutant cost the whole suite (minutes), the two files hours. The cost
// of the narrowing: a mutant only another suite would notice (sign-in's use of
// the throttle, sessions, secrets in stored rows, access lists, proxy chains)
// counts here as a survivor, so these scores are a lower bound, never flattered.
export default defineConfig({
  test: {
    env: { AM_TEST_STORES: "memory" },
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/auth-throttle.test.ts", "test/unit/auth-throttle-rules.test.ts", "test/unit/digest-parts.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "api",
          include: ["test/api/digest*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
