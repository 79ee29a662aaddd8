// SQLite answers reads and GETs from memory until the data may have changed
// (store/cached-reads.ts, http/answer-cache.ts, auth/key-access.ts). These
// tests change the data behind the server's back, through a second connection
// to the same file as the CLI does, and through the API, and expect the very
// next request to see it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_VERSION_TRUSTED_MS } from "../../server/store/generation.ts";
import { openStore } from "../../server/store/open-store.ts";
import type { Store } from "../../server/store/types.ts";
import { signedFetch } from "../support/digest-client.ts";
import { buildWorld, signIn, startServer, type Client, type TestServer, type World } from "../support/server.ts";

type Key = { id: string; desc: string; publicKey: string; privateKey: string };

/** Past the time another process's commit may go unseen. */
const pastTrustedWindow = () => sleep(DATA_VERSION_TRUSTED_MS + 5);

describe("read caches on SQLite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "am-caches-"));
  let store: Store;
  let elsewhere: Store;
  let server: TestServer;
  let world: World;
  let owner: Client;
  let keysPath: string;

  beforeAll(async () => {
    store = await openStore({ dataDir });
    server = await startServer(store);
    world = await buildWorld(server.deps);
    elsewhere = await openStore({ dataDir });
    owner = await signIn(server.base, world.users.owner);
    keysPath = `/orgs/${world.orgId}/apiKeys`;
  });
  afterAll(async () => {
    await server.close();
    await elsewhere.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const newKey = async (roles = ["ORG_OWNER"]) => (await owner.call("POST", keysPath, { desc: "cached", roles })).body as Key;
  const descOf = async (client: Client, id: string) =>
    ((await client.call("GET", keysPath)).body.results as Key[]).find((k) => k.id === id)?.desc;

  it("the SQLite store reports a generation, which turns the caches on", () => {
    expect(typeof store.readGeneration?.()).toBe("number");
  });

  it("a list answered before shows a change another process committed", async () => {
    const key = await newKey();
    expect(await descOf(owner, key.id)).toBe("cached");
    expect(await descOf(owner, key.id)).toBe("cached");
    await elsewhere.updateKey(key.id, { desc: "renamed elsewhere" });
    await pastTrustedWindow();
    expect(await descOf(owner, key.id)).toBe("renamed elsewhere");
  });

  it("a list answered before shows a change made through the API", async () => {
    const key = await newKey();
    expect(await descOf(owner, key.id)).toBe("cached");
    await owner.call("PATCH", `${keysPath}/${key.id}`, { desc: "renamed here" });
    expect(await descOf(owner, key.id)).toBe("renamed here");
  });

  it("a key deleted by another process is refused on its next request", async () => {
    const key = await newKey();
    const path = `/api/atlas/v2${keysPath}`;
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
    await elsewhere.deleteKey(key.id);
    await pastTrustedWindow();
    expect((await signedFetch(server.base, path, key)).status).toBe(401);
  });

  it("an access-list entry added by another process applies to a request whose answer is cached", async () => {
    const key = await newKey();
    const path = `/api/atlas/v2${keysPath}`;
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
    await elsewhere.insertAccessEntry({
      keyId: key.id, cidrBlock: "10.0.0.0/8", ipAddress: null, created: new Date(), lastUsed: null, lastUsedAddress: null, count: 0,
    });
    await pastTrustedWindow();
    const refused = await signedFetch(server.base, path, key);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errorCode: "IP_ADDRESS_NOT_ON_ACCESS_LIST" });
  });

  it("a role taken away by another process applies to the key's next request", async () => {
    const key = await newKey();
    const path = `/api/atlas/v2${keysPath}`;
    // Reads only before the change: a write through this server would refresh the caches by itself.
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
    await elsewhere.updateKey(key.id, { orgRoles: ["ORG_READ_ONLY"] });
    await pastTrustedWindow();
    const create = await signedFetch(server.base, path, key, { method: "POST", body: { desc: "by key", roles: ["ORG_MEMBER"] } });
    expect(create.status).toBe(403);
  });

  it("sees another process's commit once the trusted window passed, even within one turn of the event loop", async () => {
    const key = await newKey();
    // One callback, never yielding to the event loop between the reads: a bound
    // per turn of the loop (not in time) would report no change here.
    const [before, after] = await new Promise<number[]>((ok, fail) => {
      setTimeout(() => {
        void (async () => {
          const first = store.readGeneration?.() ?? 0;
          await elsewhere.updateKey(key.id, { desc: "renamed in the same turn" });
          const until = performance.now() + DATA_VERSION_TRUSTED_MS + 1;
          while (performance.now() < until) {
            // Busy: let the window pass without a turn of the loop.
          }
          ok([first, store.readGeneration?.() ?? 0]);
        })().catch(fail);
      }, 1);
    });
    expect(after).not.toBe(before);
  });

  it("keeps answers per caller: another org's owner does not get this org's cached list", async () => {
    // Signed in first: signing in writes a session, which would empty the caches between the two calls.
    const stranger = await signIn(server.base, world.users.otherOwner);
    expect((await owner.call("GET", keysPath)).status).toBe(200);
    const res = await stranger.call("GET", keysPath);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ errorCode: "ORG_NOT_FOUND" });
  });

  it("a repeated GET (served from the answer cache) has the same body and content type as the first", async () => {
    await newKey();
    const first = await owner.call("GET", keysPath);
    const second = await owner.call("GET", keysPath);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
  });
});
