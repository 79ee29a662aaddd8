// Losing PostgreSQL under a light load: requests answer 503 with an Atlas
// error body and Retry-After (never 500, never hanging past the timeouts), and
// the instance serves again by itself once the database is back. The database
// is lost through a TCP proxy this test cuts and restores, not by stopping the
// PostgreSQL that other test runs on this machine share.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../server/store/open-store.ts";
import type { Store } from "../../server/store/types.ts";
import { authorization, fetchNonce } from "../support/digest-client.ts";
import { dropSchema } from "../support/pg-admin.ts";
import { buildWorld, signIn, startServer, type TestServer } from "../support/server.ts";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";

const databaseUrl = process.env.DATABASE_URL;
const SETTINGS = { poolSize: 4, statementTimeoutMs: 500, connectTimeoutMs: 500 };
/** Far past the longest a request may wait (a pool wait, then a read that times out): only a hung request reaches it. */
const HUNG_MS = 15_000;
type Key = { id: string; publicKey: string; privateKey: string };

describe.skipIf(!databaseUrl)("losing PostgreSQL", () => {
  const pgSchema = `am_test_${Math.random().toString(36).slice(2, 10)}`;
  let proxy: TcpProxy;
  let store: Store;
  let server: TestServer;
  let key: Key;
  let nonce = "";
  let path = "";

  beforeAll(async () => {
    const direct = new URL(databaseUrl ?? "");
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const proxied = new URL(direct);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    store = await openStore({ databaseUrl: proxied.toString(), pgSchema, pg: SETTINGS });
    server = await startServer(store);
    const world = await buildWorld(server.deps);
    const owner = await signIn(server.base, world.users.owner);
    path = `/api/atlas/v2/orgs/${world.orgId}/apiKeys`;
    key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "loss", roles: ["ORG_OWNER"] })).body as Key;
    // Nonces are stateless (signed): one fetched now stays good while the database is away.
    nonce = (await fetchNonce(`${server.base}${path}`)).nonce;
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await proxy.close();
    await dropSchema(databaseUrl ?? "", pgSchema);
  });

  async function signedGet(): Promise<{ status: number; body: unknown; retryAfter: string | null }> {
    const res = await fetch(`${server.base}${path}`, {
      headers: { Authorization: authorization({ method: "GET", uri: path, nonce, ...key }) },
      signal: AbortSignal.timeout(HUNG_MS),
    });
    return { status: res.status, body: await res.json(), retryAfter: res.headers.get("retry-after") };
  }

  /** Three clients in a loop until `until` holds for an answer; returns every status seen. */
  async function lightLoad(until: (status: number) => boolean): Promise<{ statuses: number[]; unavailable: unknown[] }> {
    const statuses: number[] = [];
    const unavailable: unknown[] = [];
    let done = false;
    const client = async () => {
      for (let i = 0; i < 500 && !done; i++) {
        const res = await signedGet();
        statuses.push(res.status);
        if (res.status === 503) {
          unavailable.push(res.body);
          expect(res.retryAfter).toBe("1");
        }
        if (until(res.status)) done = true;
      }
    };
    await Promise.all([client(), client(), client()]);
    expect(done).toBe(true);
    return { statuses, unavailable };
  }

  for (const mode of ["refuse", "stall"] as const) {
    it(`answers 503 while the database is away (${mode}), then recovers by itself`, async () => {
      expect((await signedGet()).status).toBe(200);
      proxy.cut(mode);
      const away = await lightLoad((status) => status === 503);
      expect(away.statuses.every((s) => s === 200 || s === 503)).toBe(true);
      expect(away.unavailable[0]).toEqual({
        error: 503,
        errorCode: "SERVICE_UNAVAILABLE",
        detail: expect.any(String),
        reason: "Service Unavailable",
        parameters: [],
      });
      // Still away: every request is refused at once, none is answered from the caches.
      expect((await signedGet()).status).toBe(503);
      proxy.restore();
      const back = await lightLoad((status) => status === 200);
      expect(back.statuses.every((s) => s === 200 || s === 503)).toBe(true);
      expect((await signedGet()).status).toBe(200);
    }, 120_000);
  }
});
