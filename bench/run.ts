// npm run bench: a real server process on a temp SQLite database, an org with
// 100 (then 500) keys, and autocannon against (a) the Digest-signed key list,
// (b) an unauthenticated trivial route, (c) the list by session, (d) a signed
// small answer, (e) the signed list of 500 keys.
// Results go to stdout and into BENCHMARKS.md between the bench markers.
// BENCH_SECONDS, BENCH_WARMUP and BENCH_CONNECTIONS override 10, 2 and 10;
// BENCH_PROFILE=DIR writes the server's CPU profile (.cpuprofile) into DIR.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Request } from "autocannon";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { measure, signedRequest, type DigestKey, type LoadOptions, type Measurement } from "./load.ts";
import { machine, table, writeSection } from "./report.ts";
import { REPO_ROOT, startServerProcess } from "./server-process.ts";

const ADMIN = { email: "bench@example.com", password: "bench-password-0123" };
const load: LoadOptions = {
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 2),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
};

interface Console {
  orgId: string;
  cookie: string;
  createKey(desc: string, role: string): Promise<DigestKey>;
}

async function signInConsole(base: string): Promise<Console> {
  const res = await fetch(`${base}/api/private/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(ADMIN) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const me = (await res.json()) as { csrfToken: string; orgRoles: { orgId: string }[] };
  const orgId = me.orgRoles[0]?.orgId ?? "";
  return {
    orgId,
    cookie,
    async createKey(desc, role) {
      const created = await fetch(`${base}/api/atlas/v2/orgs/${orgId}/apiKeys`, {
        method: "POST",
        headers: { Cookie: cookie, "X-CSRF-Token": me.csrfToken, "Content-Type": MEDIA_TYPE, Accept: MEDIA_TYPE },
        body: JSON.stringify({ desc, roles: [role] }),
      });
      if (created.status !== 200) throw new Error(`key creation failed: ${created.status} ${await created.text()}`);
      return (await created.json()) as DigestKey;
    },
  };
}

async function growTo(con: Console, have: number, want: number): Promise<void> {
  const roles = ["ORG_MEMBER", "ORG_READ_ONLY", "ORG_BILLING_ADMIN", "ORG_OWNER"];
  for (let i = have; i < want; i += 10) {
    const batch = Array.from({ length: Math.min(10, want - i) }, (_, j) => con.createKey(`bench key ${i + j}`, roles[(i + j) % roles.length] ?? "ORG_MEMBER"));
    await Promise.all(batch);
  }
}

/** One signed request outside the load, to prove the route answers what we think before measuring it. */
async function checkList(base: string, path: string, key: DigestKey, expected: number): Promise<void> {
  const request = await signedRequest(base, path, key);
  const headers = request.setupRequest?.({ headers: { Accept: MEDIA_TYPE } }, {}).headers;
  const res = await fetch(`${base}${path}`, { headers });
  const body = (await res.json()) as { results?: unknown[]; totalCount?: number };
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
}, 30_000, process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []);
try {
  const con = await signInConsole(server.base);
  const owner = await con.createKey("bench signer", "ORG_OWNER");
  await growTo(con, 1, 100);
  const list = `/api/atlas/v2/orgs/${con.orgId}/apiKeys`;
  const list500 = `${list}?itemsPerPage=500`;
  await checkList(server.base, list, owner, 100);
  console.log(`Server ${server.base}, ${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.seconds} s per measurement.`);

  const rows: Measurement[] = [];
  const run = async (label: string, request: () => Promise<Request>) => {
    const m = await measure(label, server.base, request, load);
    console.log(`${label}: ${Math.round(m.rps)} req/s, p99 ${m.p99} ms, statuses ${JSON.stringify(m.statuses)}, errors ${m.errors}`);
    rows.push(m);
    return m;
  };
  const a = await run("(a) signed GET /orgs/{orgId}/apiKeys, 100 keys", () => signedRequest(server.base, list, owner));
  const b = await run("(b) unauthenticated GET /api/private/ip", async () => ({ method: "GET", path: "/api/private/ip" }));
  // Where the time goes: the same list by console session (no Digest), and Digest on a small answer.
  await run("(c) session-cookie GET /orgs/{orgId}/apiKeys, 100 keys", async () => ({
    method: "GET",
    path: list,
    headers: { Cookie: con.cookie, Accept: MEDIA_TYPE },
  }));
  const d = await run("(d) signed GET /orgs/{orgId} (small answer)", () => signedRequest(server.base, `/api/atlas/v2/orgs/${con.orgId}`, owner));
  await growTo(con, 100, 500);
  await checkList(server.base, list500, owner, 500);
  await run("(e) signed GET /orgs/{orgId}/apiKeys?itemsPerPage=500, 500 keys", () => signedRequest(server.base, list500, owner));

  const ratio = a.rps / b.rps;
  const verdict = ratio >= 0.5 ? "met" : "MISSED";
  const failed = rows.filter((m) => m.errors > 0 || m.non2xx > m.requests * 0.001);
  const summary = [
    `Machine: ${machine(loadBefore)}.`,
    `Setup: one server process (SQLite, LOG_REQUESTS=0) and autocannon in the bench process, ${load.connections} connections, ` +
      `${load.warmupSeconds} s warm-up then ${load.seconds} s per row; Digest MD5 with one nonce and a fresh cnonce per request.`,
    "",
    table(rows),
    "",
    `Ratio a/b (signed list of 100 keys / trivial route): **${ratio.toFixed(2)}** — target ≥ 0.50 on SQLite: ${verdict}.`,
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
