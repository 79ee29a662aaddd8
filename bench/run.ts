// npm run bench: a real server process on a temp SQLite database, an org with
// 100 (then 500) keys, and a load generator against (a) the Digest-signed key
// list, (b) an unauthenticated trivial route, (c) the list by session, (d) a
// signed small answer, (e) the signed list of 500 keys.
// Results go to stdout and into BENCHMARKS.md between the bench markers.
// Load: wrk where installed (apt-get install wrk), else autocannon;
// BENCH_LOADGEN=autocannon forces it. (a) and (b) are measured in
// BENCH_ROUNDS short rounds of BENCH_ROUND_SECONDS (bench/rounds.ts);
// BENCH_SECONDS, BENCH_WARMUP and BENCH_CONNECTIONS set the other rows'
// length, every measurement's warm-up and the connections. Defaults: 9, 3,
// 10, 1 and 10. BENCH_PROFILE=DIR writes the server's CPU profile
// (.cpuprofile) into DIR.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { signedFetch } from "../test/support/digest-client.ts";
import { growTo, signInConsole } from "./console-client.ts";
import { ACCEPT, measureWithAutocannon, type DigestKey, type LoadOptions, type Measurement, type Scenario } from "./load.ts";
import { rebuiltLatency, type Latency } from "./rebuilt.ts";
import { measureRounds } from "./rounds.ts";
import { latencyTable, machine, table, writeSection } from "./report.ts";
import { REPO_ROOT, startServerProcess } from "./server-process.ts";
import { measureWithWrk, wrkVersion } from "./wrk-load.ts";

const ADMIN = { email: "bench@example.com", password: "bench-password-0123" };
const wrk = process.env.BENCH_LOADGEN === "autocannon" ? undefined : wrkVersion();
const generator = wrk ? `wrk ${wrk} (one thread)` : "autocannon (in the bench process)";
const measureOne = wrk ? measureWithWrk : measureWithAutocannon;
const load: LoadOptions = {
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 1),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
};
const roundCount = Number(process.env.BENCH_ROUNDS ?? 9);
const roundLoad: LoadOptions = { ...load, seconds: Number(process.env.BENCH_ROUND_SECONDS ?? 3) };

/** One signed request outside the load, to prove the route answers what we think before measuring it. */
async function checkList(base: string, path: string, key: DigestKey, expected: number): Promise<void> {
  const res = await signedFetch(base, path, key, { headers: ACCEPT });
  const body = res.body as { results?: unknown[] };
  if (res.status !== 200 || body.results?.length !== expected) {
    throw new Error(`signed list: ${res.status}, ${body.results?.length} results, expected ${expected}`);
  }
}

const loadBefore = loadavg()[0] ?? 0;
const dataDir = mkdtempSync(join(tmpdir(), "am-bench-"));
const server = await startServerProcess({
  DATA_DIR: dataDir,
  DATABASE_URL: undefined,
  AM_SECRET: undefined,
  AM_ADMIN_EMAIL: ADMIN.email,
  AM_ADMIN_PASSWORD: ADMIN.password,
  LOG_REQUESTS: "0",
  TRUST_PROXY: undefined,
  // Atlas's bucket of 500 a minute would answer most of the load with 429:
  // measure the limiter's cost, not its limit.
  AM_RATE_LIMIT_SCALE: "1000000",
}, { nodeArgs: process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [] });
try {
  const con = await signInConsole(server.base, ADMIN);
  const owner = await con.createKey("bench signer", "ORG_OWNER");
  await growTo(con, 1, 100);
  const list = `/api/atlas/v2/orgs/${con.orgId}/apiKeys`;
  const list500 = `${list}?itemsPerPage=500`;
  await checkList(server.base, list, owner, 100);
  console.log(`Server ${server.base}, ${generator}, ${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.seconds} s per measurement.`);

  const rows: Measurement[] = [];
  const run = async (scenario: Scenario) => {
    const m = await measureOne(server.base, scenario, load);
    console.log(`${m.label}: ${Math.round(m.rps)} req/s, p99 ${m.p99} ms, non-2xx ${m.non2xx}, errors ${m.errors}`);
    rows.push(m);
    return m;
  };
  const signedList: Scenario = { label: "(a) signed GET /orgs/{orgId}/apiKeys, 100 keys", path: list, headers: ACCEPT, digest: owner };
  const trivial: Scenario = { label: "(b) unauthenticated GET /api/private/ip", path: "/api/private/ip", headers: ACCEPT };
  const measured = await measureRounds(roundCount, (s) => measureOne(server.base, s, roundLoad), signedList, trivial, (r, i) =>
    console.log(`round ${i + 1}: (a) ${Math.round(r.a.rps)} req/s, (b) ${Math.round(r.b.rps)} req/s, a/b ${r.ratio.toFixed(3)}`),
  );
  const { a, b, ratio } = measured.median;
  rows.push(a, b);
  // Where the time goes: the same list by console session (no Digest), and Digest on a small answer.
  await run({ label: "(c) session-cookie GET /orgs/{orgId}/apiKeys, 100 keys", path: list, headers: { ...ACCEPT, Cookie: con.cookie } });
  const d = await run({ label: "(d) signed GET /orgs/{orgId} (small answer)", path: `/api/atlas/v2/orgs/${con.orgId}`, headers: ACCEPT, digest: owner });
  // Rows (a) to (e) are mostly answered from memory; these lists are built anew after a write.
  const rebuilt: Latency[] = [await rebuiltLatency("signed list of 100 keys after a write", server.base, list, con, owner)];
  await growTo(con, 100, 500);
  await checkList(server.base, list500, owner, 500);
  await run({ label: "(e) signed GET /orgs/{orgId}/apiKeys?itemsPerPage=500, 500 keys", path: list500, headers: ACCEPT, digest: owner });
  rebuilt.push(await rebuiltLatency("signed list of 500 keys after a write", server.base, list500, con, owner));

  const verdict = ratio >= 0.5 ? "met" : "MISSED";
  // Every round counts here, not only the median one: failed requests are cheap and would flatter a round.
  const failed = [...rows, ...measured.rounds.flatMap((r) => [r.a, r.b])].filter((m) => m.errors > 0 || m.non2xx > m.requests * 0.001);
  const summary = [
    `Machine: ${machine(loadBefore)}.`,
    `Setup: one server process (SQLite, LOG_REQUESTS=0); load from ${generator}, ${load.connections} connections, ` +
      `${load.warmupSeconds} s warm-up then ${load.seconds} s per row, ${roundLoad.seconds} s for each round of (a) and (b); ` +
      "Digest MD5 with a nonce from a challenge (a new one from each stale challenge) and a fresh cnonce per request.",
    "",
    table(rows),
    "",
    latencyTable(rebuilt),
    "",
    `Ratio a/b (signed list of 100 keys / trivial route), median of ${measured.rounds.length} alternating rounds: **${ratio.toFixed(3)}**, ` +
      `quartiles ${measured.quartiles.map((q) => q.toFixed(3)).join(" to ")} (rounds: ${measured.rounds.map((r) => r.ratio.toFixed(3)).join(", ")}; ` +
      `the table shows the median round) — target ≥ 0.50 on SQLite: ${verdict}.`,
    `Ratio d/b (Digest, access list and roles on a small answer / trivial route): **${(d.rps / b.rps).toFixed(2)}**.`,
    ...(failed.length ? [`Warning: non-2xx responses or errors in: ${failed.map((m) => m.label).join("; ")}.`] : []),
  ].join("\n");
  console.log(`\n${summary}\n`);
  writeSection(join(REPO_ROOT, "BENCHMARKS.md"), summary);
  console.log("Wrote BENCHMARKS.md");
  if (failed.length) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
