// The benchmark's rows for one database: a real server process, an org with
// 100 (then 500) keys, and the load generator against (a) the Digest-signed
// key list, (b) an unauthenticated trivial route, (c) the list by session,
// (d) a signed small answer, (g) the list with a service account's Bearer
// token, (e) the signed list of 500 keys; (a) and (b) in
// alternating rounds (bench/rounds.ts). With `secondInstance`, (f): a second
// server process on the same database and both loaded at once.
import { signedFetch } from "../test/support/digest-client.ts";
import { growTo, signInConsole } from "./console-client.ts";
import { ACCEPT, type DigestKey, type LoadOptions, type Measurement, type Scenario } from "./load.ts";
import { rebuiltLatency, type Latency } from "./rebuilt.ts";
import { measureRounds, type Rounds } from "./rounds.ts";
import { startServerProcess, type ProcessEnv } from "./server-process.ts";
import { bearerScenario } from "./service-account.ts";
import { measureTogether } from "./two-instances.ts";

export type Measure = (base: string, scenario: Scenario, o: LoadOptions) => Promise<Measurement>;

export interface BenchSettings {
  measure: Measure;
  load: LoadOptions;
  roundLoad: LoadOptions;
  roundCount: number;
  admin: { email: string; password: string };
  nodeArgs: string[];
}

export interface DatabaseResult {
  rows: Measurement[];
  rebuilt: Latency[];
  rounds: Rounds;
  /** d/b in the median round's neighbourhood: (d) against the median round's (b). */
  smallRatio: number;
  /** g/b: the Bearer list against the trivial route, in alternating rounds as a/b. */
  bearer: Rounds;
}

/** One signed request outside the load, to prove the route answers what we think before measuring it. */
async function checkList(base: string, path: string, key: DigestKey, expected: number): Promise<void> {
  const res = await signedFetch(base, path, key, { headers: ACCEPT });
  const body = res.body as { results?: unknown[] };
  if (res.status !== 200 || body.results?.length !== expected) {
    throw new Error(`signed list: ${res.status}, ${body.results?.length} results, expected ${expected}`);
  }
}

export async function benchOneDatabase(name: string, env: ProcessEnv, s: BenchSettings, secondInstance: boolean): Promise<DatabaseResult> {
  const server = await startServerProcess(env, { nodeArgs: s.nodeArgs });
  const stops = [() => server.stop()];
  try {
    const con = await signInConsole(server.base, s.admin);
    const owner = await con.createKey("bench signer", "ORG_OWNER");
    await growTo(con, 1, 100);
    const list = `/api/atlas/v2/orgs/${con.orgId}/apiKeys`;
    const list500 = `${list}?itemsPerPage=500`;
    await checkList(server.base, list, owner, 100);
    console.log(`${name}: server ${server.base}, ${s.load.connections} connections, ${s.load.warmupSeconds} s warm-up + ${s.load.seconds} s per measurement.`);

    const rows: Measurement[] = [];
    const run = async (scenario: Scenario) => {
      const m = await s.measure(server.base, scenario, s.load);
      console.log(`${name} ${m.label}: ${Math.round(m.rps)} req/s, p99 ${m.p99} ms, non-2xx ${m.non2xx}, errors ${m.errors}`);
      rows.push(m);
      return m;
    };
    const signedList: Scenario = { label: "(a) signed GET /orgs/{orgId}/apiKeys, 100 keys", path: list, headers: ACCEPT, digest: owner };
    const trivial: Scenario = { label: "(b) unauthenticated GET /api/private/ip", path: "/api/private/ip", headers: ACCEPT };
    const rounds = await measureRounds(s.roundCount, (sc) => s.measure(server.base, sc, s.roundLoad), signedList, trivial, (r, i) =>
      console.log(`${name} round ${i + 1}: (a) ${Math.round(r.a.rps)} req/s, (b) ${Math.round(r.b.rps)} req/s, a/b ${r.ratio.toFixed(3)}`),
    );
    rows.push(rounds.median.a, rounds.median.b);
    // Where the time goes: the same list by console session (no Digest), and Digest on a small answer.
    await run({ label: "(c) session-cookie GET /orgs/{orgId}/apiKeys, 100 keys", path: list, headers: { ...ACCEPT, Cookie: con.cookie } });
    const d = await run({ label: "(d) signed GET /orgs/{orgId} (small answer)", path: `/api/atlas/v2/orgs/${con.orgId}`, headers: ACCEPT, digest: owner });
    // The same list as (a) for an org-owner service account: token lookup, access list and roles instead of Digest.
    // Compared with a/b, so measured the same way: alternating rounds against the trivial route
    // (one 10 s row after the others measured a different machine: 0.40 against a/b 0.53 once,
    // where alternating (a) and (g) on the same server gave them the same speed).
    const bearer = await measureRounds(s.roundCount, (sc) => s.measure(server.base, sc, s.roundLoad), await bearerScenario(server.base, con, list), trivial, (r, i) =>
      console.log(`${name} Bearer round ${i + 1}: (g) ${Math.round(r.a.rps)} req/s, (b) ${Math.round(r.b.rps)} req/s, g/b ${r.ratio.toFixed(3)}`),
    );
    rows.push(bearer.median.a);
    // Rows (a) to (e) are mostly answered from memory; these lists are built anew after a write.
    const rebuilt: Latency[] = [await rebuiltLatency("signed list of 100 keys after a write", server.base, list, con, owner)];
    if (secondInstance) {
      const other = await startServerProcess(env, { nodeArgs: s.nodeArgs });
      stops.push(() => other.stop());
      await checkList(other.base, list, owner, 100);
      const together = await measureTogether([server.base, other.base], { ...signedList, label: "(f) two instances on one database, signed list of 100 keys" }, s.load, s.measure);
      console.log(`${name} ${together.label}: ${Math.round(together.rps)} req/s, p99 ${together.p99} ms`);
      rows.push(together);
    }
    await growTo(con, 100, 500);
    await checkList(server.base, list500, owner, 500);
    await run({ label: "(e) signed GET /orgs/{orgId}/apiKeys?itemsPerPage=500, 500 keys", path: list500, headers: ACCEPT, digest: owner });
    rebuilt.push(await rebuiltLatency("signed list of 500 keys after a write", server.base, list500, con, owner));
    return { rows, rebuilt, rounds, smallRatio: d.rps / rounds.median.b.rps, bearer };
  } finally {
    for (const stop of stops) await stop();
  }
}
