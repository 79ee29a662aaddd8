// The read caches on PostgreSQL (docs/decisions/0005): two instances in this
// process on one schema, each with its own store, caches and server. Every
// test warms the caches of both, changes the data through one of them, another
// connection or raw SQL, and expects the very next request to see it, or,
// for a transaction that rolls back, never to see it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../server/store/open-store.ts";
import type { Store } from "../../server/store/types.ts";
import { signedFetch } from "../support/digest-client.ts";
import { dropSchema } from "../support/pg-admin.ts";
import { buildWorld, signIn, startServer, type Client, type TestServer, type World } from "../support/server.ts";

const databaseUrl = process.env.DATABASE_URL;
type Key = { id: string; desc: string; publicKey: string; privateKey: string };

describe.skipIf(!databaseUrl)("read caches on PostgreSQL, two instances", () => {
  const pgSchema = `am_test_${Math.random().toString(36).slice(2, 10)}`;
  const sqlClient = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${pgSchema}` });
  let storeA: Store;
  let storeB: Store;
  let a: TestServer;
  let b: TestServer;
  let world: World;
  let ownerA: Client;
  let ownerB: Client;
  let keysPath: string;

  beforeAll(async () => {
    storeA = await openStore({ databaseUrl, pgSchema });
    storeB = await openStore({ databaseUrl, pgSchema });
    a = await startServer(storeA);
    b = await startServer(storeB);
    world = await buildWorld(a.deps);
    ownerA = await signIn(a.base, world.users.owner);
    ownerB = await signIn(b.base, world.users.owner);
    keysPath = `/orgs/${world.orgId}/apiKeys`;
    await sqlClient.connect();
  });
  afterAll(async () => {
    await sqlClient.end();
    await a.close();
    await b.close();
    await storeA.close();
    await storeB.close();
    await dropSchema(databaseUrl ?? "", pgSchema);
  });

  const newKey = async () => (await ownerA.call("POST", keysPath, { desc: "warm", roles: ["ORG_OWNER"] })).body as Key;
  const descOf = async (on: Client, id: string) => ((await on.call("GET", keysPath)).body.results as Key[]).find((k) => k.id === id)?.desc;
  const signedStatus = async (on: TestServer, key: Key) => (await signedFetch(on.base, `/api/atlas/v2${keysPath}`, key)).status;
  const warm = async (key: Key) => {
    for (const on of [a, b, a, b]) expect(await signedStatus(on, key)).toBe(200);
    for (const on of [ownerA, ownerB, ownerA, ownerB]) expect(await descOf(on, key.id)).toBe(key.desc);
  };

  it("the PostgreSQL store reports a generation and how to catch up with commits, which turns the caches on", () => {
    expect(typeof storeA.readGeneration?.()).toBe("number");
    expect(typeof storeA.awaitCommits).toBe("function");
  });

  it("a transaction that rolls back is never seen, neither while open nor after", async () => {
    const doomed = await newKey();
    const renamed = await newKey();
    await warm(doomed);
    await warm(renamed);
    const rolledBack = storeA.transaction(async (tx) => {
      await tx.deleteKey(doomed.id);
      await tx.updateKey(renamed.id, { desc: "phantom" });
      // Open, uncommitted: neither instance may see it (no phantom reads).
      for (const on of [a, b]) expect(await signedStatus(on, doomed)).toBe(200);
      for (const on of [ownerA, ownerB]) expect(await descOf(on, renamed.id)).toBe("warm");
      throw new Error("roll back");
    });
    await expect(rolledBack).rejects.toThrow("roll back");
    for (const on of [a, b]) expect(await signedStatus(on, doomed)).toBe(200);
    for (const on of [ownerA, ownerB]) expect(await descOf(on, renamed.id)).toBe("warm");
  });

  it("a transaction that commits is seen by both instances on their next request", async () => {
    const doomed = await newKey();
    const renamed = await newKey();
    await warm(doomed);
    await warm(renamed);
    await storeB.transaction(async (tx) => {
      await tx.deleteKey(doomed.id);
      await tx.updateKey(renamed.id, { desc: "committed" });
    });
    for (const on of [a, b]) expect(await signedStatus(on, doomed)).toBe(401);
    for (const on of [ownerA, ownerB]) expect(await descOf(on, renamed.id)).toBe("committed");
  });

  it("a write in plain SQL by another client (psql, a script) is seen at once: the trigger counts it", async () => {
    const key = await newKey();
    await warm(key);
    await sqlClient.query("update api_keys set org_roles = $1 where id = $2", [JSON.stringify(["ORG_READ_ONLY"]), key.id]);
    const create = await signedFetch(b.base, `/api/atlas/v2${keysPath}`, key, { method: "POST", body: { desc: "x", roles: ["ORG_MEMBER"] } });
    expect(create.status).toBe(403);
    await sqlClient.query("delete from access_entries where key_id = $1", [key.id]);
    await sqlClient.query("insert into access_entries (key_id, cidr_block, created, request_count) values ($1, '10.0.0.0/8', 0, 0)", [key.id]);
    for (const on of [a, b]) expect(await signedStatus(on, key)).toBe(403);
  });

  it("keeps answers per caller: another org's owner does not get this org's cached list on either instance", async () => {
    const strangerA = await signIn(a.base, world.users.otherOwner);
    const strangerB = await signIn(b.base, world.users.otherOwner);
    for (const on of [ownerA, ownerB, ownerA, ownerB]) expect((await on.call("GET", keysPath)).status).toBe(200);
    for (const stranger of [strangerA, strangerB]) {
      const res = await stranger.call("GET", keysPath);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ errorCode: "ORG_NOT_FOUND" });
    }
  });

  it("attaches the change trigger to tables that later migrations add, at the next start", async () => {
    await sqlClient.query("create table later_feature (id integer primary key)");
    const reopened = await openStore({ databaseUrl, pgSchema });
    await reopened.close();
    const { rows } = await sqlClient.query<{ n: string }>(
      "select count(*)::text as n from pg_trigger where tgrelid = 'later_feature'::regclass and tgname like 'am_changes_bump%'",
    );
    expect(rows[0]?.n).toBe("2");
  });
});
