// npm run bench: the rows of bench/one-database.ts on SQLite and, when
// BENCH_DATABASE_URL or DATABASE_URL is set, on a fresh PostgreSQL database
// with a row for two instances on it. Results go to stdout and into
// BENCHMARKS.md between the bench markers.
// Load: wrk where installed (apt-get install wrk), else autocannon;
// BENCH_LOADGEN=autocannon forces it. (a) and (b) are measured in
// BENCH_ROUNDS short rounds of BENCH_ROUND_SECONDS (bench/rounds.ts);
// BENCH_SECONDS, BENCH_WARMUP and BENCH_CONNECTIONS set the other rows'
// length, every measurement's warm-up and the connections. Defaults: 9, 3,
// 10, 1 and 10. BENCH_PROFILE=DIR writes the servers' CPU profiles
// (.cpuprofile) into DIR. BENCH_ONLY=sqlite or postgres runs one database.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { measureWithAutocannon, type LoadOptions } from "./load.ts";
import { benchOneDatabase, type BenchSettings, type DatabaseResult } from "./one-database.ts";
import { freshTestDatabase } from "../test/support/pg-admin.ts";
import { latencyTable, machine, table, writeSection } from "./report.ts";
import { REPO_ROOT } from "./server-process.ts";
import { measureWithWrk, wrkVersion } from "./wrk-load.ts";

const ADMIN = { email: "bench@example.com", password: "bench-password-0123" };
const wrk = process.env.BENCH_LOADGEN === "autocannon" ? undefined : wrkVersion();
const generator = wrk ? `wrk ${wrk} (one thread per generator)` : "autocannon (in the bench process)";
const load: LoadOptions = {
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 1),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
};
const settings: BenchSettings = {
  measure: wrk ? measureWithWrk : measureWithAutocannon,
  load,
  roundLoad: { ...load, seconds: Number(process.env.BENCH_ROUND_SECONDS ?? 3) },
  roundCount: Number(process.env.BENCH_ROUNDS ?? 9),
  admin: ADMIN,
  nodeArgs: process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
};
const pgServer = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
const only = process.env.BENCH_ONLY;
// Atlas's rate-limit bucket (500 a minute per org) would answer most of the load with 429:
// measure the limiter's cost, not its limit.
const serverEnv = { AM_ADMIN_EMAIL: ADMIN.email, AM_ADMIN_PASSWORD: ADMIN.password, LOG_REQUESTS: "0", TRUST_PROXY: undefined, AM_RATE_LIMIT_SCALE: "1000000" };

const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

function report(name: string, r: DatabaseResult): string {
  const { rounds } = r;
  const ratio = rounds.median.ratio;
  const worstP99 = Math.max(...rounds.rounds.map((x) => x.a.p99));
  const list500 = r.rows.find((m) => m.label.startsWith("(e)"));
  const targets =
    name === "SQLite"
      ? `target a/b ≥ 0.50 on SQLite: ${verdict(ratio >= 0.5)}`
      : `targets on PostgreSQL: a/b ≥ 0.25 ${verdict(ratio >= 0.25)}; d/b ≥ 0.25 ${verdict(r.smallRatio >= 0.25)}; ` +
        `p99 of (a) < 10 ms ${verdict(rounds.median.a.p99 < 10)} (worst round ${worstP99} ms); ` +
        `p99 of (e) < 20 ms ${verdict((list500?.p99 ?? Infinity) < 20)}`;
  return [
    `### ${name}`,
    "",
    table(r.rows),
    "",
    latencyTable(r.rebuilt),
    "",
    `Ratio a/b (signed list of 100 keys / trivial route), median of ${rounds.rounds.length} alternating rounds: **${ratio.toFixed(3)}**, ` +
      `quartiles ${rounds.quartiles.map((q) => q.toFixed(3)).join(" to ")} (rounds: ${rounds.rounds.map((x) => x.ratio.toFixed(3)).join(", ")}; ` +
      "the table shows the median round).",
    `Ratio d/b (Digest, access list and roles on a small answer / the median round's trivial route): **${r.smallRatio.toFixed(2)}**.`,
    `Ratio g/b (the list of 100 keys with a service account's Bearer token / trivial route), median of ${r.bearer.rounds.length} alternating rounds: ` +
      `**${r.bearer.median.ratio.toFixed(3)}**, quartiles ${r.bearer.quartiles.map((q) => q.toFixed(3)).join(" to ")} ` +
      `(target: at least a/b, ${ratio.toFixed(3)}: ${verdict(r.bearer.median.ratio >= ratio)}).`,
    `Targets — ${targets}.`,
  ].join("\n");
}

const loadBefore = loadavg()[0] ?? 0;
const sections: string[] = [];
const failed: string[] = [];
const collect = (name: string, r: DatabaseResult) => {
  sections.push(report(name, r));
  const all = [...r.rows, ...r.rounds.rounds.flatMap((x) => [x.a, x.b])];
  // Every round counts here, not only the median one: failed requests are cheap and would flatter a round.
  failed.push(...all.filter((m) => m.errors > 0 || m.non2xx > m.requests * 0.001).map((m) => `${name} ${m.label}`));
};

if (only !== "postgres") {
  const dataDir = mkdtempSync(join(tmpdir(), "am-bench-"));
  try {
    collect("SQLite", await benchOneDatabase("SQLite", { ...serverEnv, DATA_DIR: dataDir, DATABASE_URL: undefined, AM_SECRET: undefined }, settings, false));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (pgServer && only !== "sqlite") {
  const database = await freshTestDatabase(pgServer, "am_bench");
  try {
    const env = { ...serverEnv, DATABASE_URL: database.url, AM_SECRET: randomBytes(24).toString("base64") };
    collect("PostgreSQL", await benchOneDatabase("PostgreSQL", env, settings, true));
  } finally {
    await database.drop();
  }
}

const summary = [
  `Machine: ${machine(loadBefore)}; PostgreSQL ${pgServer ? "on the same machine (sharing its cores)" : "not measured (no BENCH_DATABASE_URL or DATABASE_URL)"}.`,
  `Setup: one server process per database (LOG_REQUESTS=0, PostgreSQL with the default PG_POOL_SIZE) on a fresh database; load from ${generator}, ` +
    `${load.connections} connections, ${load.warmupSeconds} s warm-up then ${load.seconds} s per row, ${settings.roundLoad.seconds} s for each round of (a) and (b); ` +
    "Digest MD5 with a nonce from a challenge (a new one from each stale challenge) and a fresh cnonce per request. " +
    "Row (f): a second server process on the same PostgreSQL database, each loaded by its own generator with half the connections at the same time; req/s summed, latency the worse of the two.",
  "",
  ...sections.flatMap((s) => [s, ""]),
  ...(failed.length ? [`Warning: non-2xx responses or errors in: ${failed.join("; ")}.`] : []),
].join("\n");
console.log(`\n${summary}\n`);
writeSection(join(REPO_ROOT, "BENCHMARKS.md"), summary);
console.log("Wrote BENCHMARKS.md");
if (failed.length) process.exitCode = 1;
