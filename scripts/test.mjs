// `npm test`: type-check, unit + API + component suites (vitest), the console
// build with its size budget, the end-to-end journeys (Playwright), and the
// incremental mutation check of the security core. Ends with one line
// "N passed, N failed" summing every suite.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const work = mkdtempSync(join(tmpdir(), "am-test-"));
const totals = { passed: 0, failed: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// 0. The typed Atlas client the API tests use (scripts/atlas-client-types.mjs):
// generated before the type-check, which reads it. One check.
const typesStatus = run("atlas client types", "node", ["scripts/atlas-client-types.mjs"]);
totals[typesStatus === 0 ? "passed" : "failed"] += 1;

// 1. Types: one check.
const tscStatus = run("type-check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
totals[tscStatus === 0 ? "passed" : "failed"] += 1;

// 2. vitest: every test counts.
const vitestJson = join(work, "vitest.json");
const vitestStatus = run("unit, api, component", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
}
if (vitestStatus !== 0 && (!vitest || vitest.numFailedTests === 0)) totals.failed += 1; // crashed outside a test

// 3. Build with the bundle budget: one check.
const buildStatus = run("build", "npm", ["run", "--silent", "build"]);
totals[buildStatus === 0 ? "passed" : "failed"] += 1;

// 4. Playwright journeys in Chromium against the real server.
const pwJson = join(work, "playwright.json");
const pwStatus = run("e2e", "npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
const pw = readJson(pwJson);
if (pw?.stats) {
  totals.passed += pw.stats.expected + (pw.stats.flaky ?? 0);
  totals.failed += pw.stats.unexpected;
}
if (pwStatus !== 0 && (!pw?.stats || pw.stats.unexpected === 0)) totals.failed += 1;

// 5. Mutation testing of the security core, incrementally against the committed baseline
// (stryker/incremental.json): a second or so when no security-core file or test changed,
// else Stryker on what changed. One check: no changed file falls under 90% and below its
// baseline score (scripts/mutation.mjs, TESTING.md).
const mutationStatus = run("mutation (incremental)", "node", ["scripts/mutation.mjs", "--ci"]);
totals[mutationStatus === 0 ? "passed" : "failed"] += 1;

rmSync(work, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
