// npm run bench (after bench/run.ts), or npm run bench:events alone: the
// activity feed at 10k, 100k and 1M events in one org. For each size, the
// first page of the org feed filtered by one type and 30 days (with and
// without the count), unfiltered, and one key's history as its details modal
// asks it, one request at a time over HTTP with a session cookie, and the
// index each statement walks (EXPLAIN); then what recording an event adds to
// a key create. On SQLite, and on PostgreSQL when BENCH_DATABASE_URL or
// DATABASE_URL is set.
// BENCH_EVENTS_SIZES and BENCH_EVENTS_SAMPLES override the sizes and the
// requests per row (defaults 10000,100000,1000000 and 200).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { signInConsole, type ConsoleClient } from "./console-client.ts";
import { keyCreateOverhead } from "./events-overhead.ts";
import { explainFeed, feedStatements, type ExplainTarget } from "./events-explain.ts";
import { benchKeyId, postgresFill, sqliteFill, type FillTarget } from "./events-fill.ts";
import { eventsSummary, writeEventsSection, type Overheads, type PlanRow, type Row } from "./events-report.ts";
import { storeQueryLatency } from "./events-store.ts";
import { machine } from "./report.ts";
import { startServerProcess, type ProcessEnv } from "./server-process.ts";
import type { StoreOptions } from "../server/store/open-store.ts";
import { freshTestDatabase } from "../test/support/pg-admin.ts";

const ADMIN = { email: "bench@example.com", password: "bench-password-0123" };
const SIZES = (process.env.BENCH_EVENTS_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const SAMPLES = Number(process.env.BENCH_EVENTS_SAMPLES ?? 200);
const DAY = 86_400_000;

interface Backend {
  name: string;
  env: ProcessEnv;
  store: StoreOptions;
  explain: ExplainTarget;
  fill(orgId: string, groupId: string, now: number): Promise<FillTarget>;
  dispose(): Promise<void>;
}

async function sqliteBackend(): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), "am-bench-events-"));
  return {
    name: "SQLite", env: { DATA_DIR: dir, DATABASE_URL: undefined }, store: { dataDir: dir }, explain: { sqliteFile: join(dir, "access-manager.db") },
    fill: async (orgId, groupId, now) => sqliteFill(join(dir, "access-manager.db"), orgId, groupId, now),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresBackend(url: string): Promise<Backend> {
  const db = await freshTestDatabase(url, "am_bench_events");
  return {
    name: "PostgreSQL", env: { DATABASE_URL: db.url }, store: { databaseUrl: db.url }, explain: { databaseUrl: db.url },
    fill: (orgId, groupId, now) => postgresFill(db.url, orgId, groupId, now),
    dispose: db.drop,
  };
}

/**
 * A GET that tries once more when the connection it reused was closed: after a
 * long fill the server has closed its idle keep-alive connections, and the
 * client may not have noticed yet.
 */
async function getOnce(url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { headers });
  } catch {
    return fetch(url, { headers });
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

/** One request at a time; each asks a slightly different window so no answer comes from a cache. */
async function latency(base: string, con: ConsoleClient, query: (i: number) => string): Promise<{ p50: number; p99: number; results: number }> {
  const times: number[] = [];
  let results = 0;
  for (let i = -20; i < SAMPLES; i++) {
    const started = performance.now();
    const res = await getOnce(`${base}/api/atlas/v2/orgs/${con.orgId}/events?${query(i + 20)}`, { Cookie: con.cookie, Accept: MEDIA_TYPE });
    const body = (await res.json()) as { results?: unknown[] };
    if (res.status !== 200) throw new Error(`feed answered ${res.status}: ${JSON.stringify(body)}`);
    if (i >= 0) times.push(performance.now() - started);
    results = body.results?.length ?? 0;
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)), results };
}

async function runBackend(backend: Backend, rows: Row[], plans: PlanRow[], overheads: Overheads): Promise<void> {
  const env = { ...backend.env, AM_SECRET: randomBytes(24).toString("base64"), AM_ADMIN_EMAIL: ADMIN.email, AM_ADMIN_PASSWORD: ADMIN.password, LOG_REQUESTS: "0", TRUST_PROXY: undefined };
  const server = await startServerProcess(env);
  try {
    const con = await signInConsole(server.base, ADMIN);
    const groups = await fetch(`${server.base}/api/atlas/v2/orgs/${con.orgId}/groups`, { headers: { Cookie: con.cookie, Accept: MEDIA_TYPE } });
    const groupId = ((await groups.json()) as { results: { id: string }[] }).results[0]?.id ?? "";
    const now = Date.now();
    const fill = await backend.fill(con.orgId, groupId, now);
    let filled = 0;
    try {
      for (const size of SIZES) {
        const started = performance.now();
        await fill.add(filled, size - filled);
        filled = size;
        console.log(`${backend.name}: ${size} events (filled in ${Math.round((performance.now() - started) / 1000)} s)`);
        const since = (i: number) => encodeURIComponent(new Date(now - 30 * DAY + i).toISOString());
        const filtered = (i: number) => `eventType=API_KEY_ACCESS_LIST_ENTRY_ADDED&minDate=${since(i)}&maxDate=${encodeURIComponent(new Date(now).toISOString())}`;
        const scenarios: [string, (i: number) => string][] = [
          ["one type, last 30 days, with totalCount", filtered],
          ["one type, last 30 days, includeCount=false", (i) => `${filtered(i)}&includeCount=false`],
          ["two types, last 30 days, includeCount=false", (i) => `${filtered(i)}&eventType=USER_SIGN_IN_FAILED&includeCount=false`],
          ["no filter, includeCount=false", (i) => `includeCount=false&itemsPerPage=${100 - (i % 2)}`],
          // As the key details modal asks: five newest with the count, a different key each time.
          ["one key's history, 5 newest, with totalCount", (i) => `targetApiKeyId=${benchKeyId(i)}&itemsPerPage=5`],
        ];
        for (const [label, query] of scenarios) {
          const m = await latency(server.base, con, query);
          console.log(`  ${label}: p50 ${m.p50} ms, p99 ${m.p99} ms (${m.results} results)`);
          rows.push({ backend: backend.name, events: size, label, ...m });
        }
        const inProcess = await storeQueryLatency(backend.store, con.orgId, now, SAMPLES);
        console.log(`  in process: p50 ${inProcess.p50} ms, p99 ${inProcess.p99} ms`);
        rows.push({ backend: backend.name, events: size, label: "one type, last 30 days, with count: the store's query in process (no HTTP)", results: 100, ...inProcess });
        for (const p of await explainFeed(backend.explain, feedStatements(con.orgId, groupId, benchKeyId(7), now))) {
          console.log(`  plan of ${p.query}:\n    ${p.plan.replace(/\n/g, "\n    ")}`);
          plans.push({ backend: backend.name, events: size, query: p.query, indexes: p.indexes });
        }
      }
    } finally {
      await fill.close();
    }
    const o = await keyCreateOverhead(backend.store);
    // The create as a client sees it: POST /orgs/{orgId}/apiKeys over HTTP, one at a time
    // (after a GET that renews the connection the in-process measurement left idle).
    await getOnce(`${server.base}/api/atlas/v2/orgs/${con.orgId}`, { Cookie: con.cookie, Accept: MEDIA_TYPE });
    const started = performance.now();
    for (let i = 0; i < 100; i++) await con.createKey(`overhead ${i}`, "ORG_MEMBER");
    const httpMs = Math.round(((performance.now() - started) / 100) * 100) / 100;
    console.log(`${backend.name}: key create ${o.createMs} ms in process, ${httpMs} ms over HTTP; its event ${o.eventMs} ms (${o.percent}%)`);
    overheads.push({ backend: backend.name, o, httpMs });
  } catch (e) {
    console.error(`server output:\n${server.output().slice(-3000)}`);
    throw e;
  } finally {
    await server.stop();
  }
}

const loadBefore = loadavg()[0] ?? 0;
const rows: Row[] = [];
const plans: PlanRow[] = [];
const overheads: Overheads = [];
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
for (const make of [sqliteBackend, ...(pgUrl ? [() => postgresBackend(pgUrl)] : [])]) {
  const backend = await make();
  try {
    await runBackend(backend, rows, plans, overheads);
  } finally {
    await backend.dispose();
  }
}
const summary = eventsSummary({ machine: machine(loadBefore), samples: SAMPLES, sizes: SIZES, rows, plans, overheads });
console.log(`\n${summary}\n`);
writeEventsSection(summary);
