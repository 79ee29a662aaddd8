// @ts-check
// Mutation testing of the security core (issue 18). `npm run test:mutation` runs
// everything; scripts/mutation.mjs turns the report into per-file scores in
// TESTING.md and, with --ci, runs only what changed since the committed baseline.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export const securityCore = [
  "server/auth/digest.ts",
  "server/auth/nonce.ts",
  "server/auth/replay-guard.ts",
  "server/auth/auth-throttle.ts",
  "server/auth/client-address.ts",
  "server/domain/permissions.ts",
  "server/domain/access-list.ts",
  "server/domain/org-keys.ts",
  "server/domain/project-keys.ts",
  "contract/ip.ts",
  // Service accounts, OAuth and the activity feed: who gets a token, what a token lets in,
  // who may change an account's secrets and access list, whose events a caller sees.
  "server/auth/bearer.ts",
  "server/auth/credential-access.ts",
  "server/routes/oauth.ts",
  "server/domain/sa-tokens.ts",
  "server/domain/sa-secrets.ts",
  "server/domain/sa-access.ts",
  "server/domain/sa-access-list.ts",
  "server/domain/event-feed.ts",
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "stryker/vitest.config.ts", related: true },
  coverageAnalysis: "perTest",
  mutate: securityCore,
  // Two cores shared with other work: one mutant at a time by default (STRYKER_CONCURRENCY to change).
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // Added to 1.5 × the covering tests' time: a mutant that loops or hangs costs this much.
  timeoutMS: 5_000,
  // The initial run of the whole unit and API suite took 8.5 min at a load average of 16
  // (Stryker's default gives up after 5).
  dryRunTimeoutMinutes: 30,
  // A mutant the tests reach only while modules load or in beforeAll hooks (a constant, a
  // regular expression, a Set of roles) needs every test run with a fresh module graph:
  // ~50 s each, hours in all. Those are left out (status Ignored, counted in TESTING.md);
  // mutants also reached inside tests run against those tests.
  ignoreStatic: true,
  reporters: ["progress", "clear-text", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  // Stryker rewrites tsconfig.json's paths with TypeScript's JS API, which the native
  // TypeScript 7 the project pins does not have; ours has no extends or references to rewrite.
  tsconfigFile: "stryker/no-tsconfig-rewrite.json",
  incrementalFile: "stryker/incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["dist", "data", "reports", "e2e", "test-results", "playwright-report", "bench", ".stryker-tmp"],
  thresholds: { high: 90, low: 80, break: null },
};
export default config;
