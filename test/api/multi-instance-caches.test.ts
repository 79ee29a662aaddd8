// Two server processes on one PostgreSQL database, with their read caches warm
// (docs/decisions/0005): every test reads through both instances first, then
// changes the data through the other instance or the CLI, then expects the
// very next request on each instance to see the change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type ServerProcess } from "../../bench/server-process.ts";
import { signedFetch } from "../support/digest-client.ts";
import { signIn, type Client } from "../support/server.ts";
import { startTwoInstances, type TwoInstances } from "../support/two-instances.ts";

const databaseUrl = process.env.DATABASE_URL;
const ADMIN = { email: "owner@caches.test", password: "multi-instance-caches" };
type Key = { id: string; publicKey: string; privateKey: string; desc: string };

describe.skipIf(!databaseUrl)("two instances on PostgreSQL with warm caches", () => {
  let instances: TwoInstances | undefined;
  let a: ServerProcess;
  let b: ServerProcess;
  let ownerA: Client;
  let ownerB: Client;
  let orgId = "";

  beforeAll(async () => {
    instances = await startTwoInstances(databaseUrl ?? "", ADMIN, "am_mic");
    ({ a, b } = instances);
    ownerA = await signIn(a.base, ADMIN.email, ADMIN.password);
    ownerB = await signIn(b.base, ADMIN.email, ADMIN.password);
    orgId = ((await ownerA.call("GET", "/orgs")).body.results as { id: string }[])[0]?.id ?? "";
    expect(orgId).toMatch(/^[0-9a-f]{24}$/);
  }, 90_000);

  afterAll(async () => instances?.stop(), 60_000);

  const keysPath = () => `/orgs/${orgId}/apiKeys`;
  const newKey = async (on: Client, roles = ["ORG_OWNER"]) => {
    const created = await on.call("POST", keysPath(), { desc: "warm", roles });
    expect(created.status).toBe(200);
    return created.body as Key;
  };
  const listed = async (on: Client) => ((await on.call("GET", `${keysPath()}?itemsPerPage=500`)).body.results as Key[]).map((k) => k.id);
  /** Twice on each instance: the second of each is answered from the caches. */
  const warm = async (key: Key, path = `/api/atlas/v2${keysPath()}`) => {
    for (const on of [a, b, a, b]) expect((await signedFetch(on.base, path, key)).status).toBe(200);
  };

  it("a key created through A is listed by B and authenticates on B at once", async () => {
    const before = await listed(ownerB);
    expect(await listed(ownerB)).toEqual(before);
    const key = await newKey(ownerA);
    expect(await listed(ownerB)).toContain(key.id);
    expect((await signedFetch(b.base, `/api/atlas/v2${keysPath()}/${key.id}`, key)).status).toBe(200);
  });

  it("a key deleted through B is refused by A and B on the very next request", async () => {
    const key = await newKey(ownerA);
    await warm(key);
    expect((await ownerB.call("DELETE", `${keysPath()}/${key.id}`)).status).toBe(204);
    for (const on of [a, b]) expect((await signedFetch(on.base, `/api/atlas/v2${keysPath()}`, key)).status).toBe(401);
    expect(await listed(ownerA)).not.toContain(key.id);
  });

  it("a key demoted through A is limited on B at once: it still reads, it can no longer create keys", async () => {
    const key = await newKey(ownerA);
    await warm(key);
    expect((await ownerA.call("PATCH", `${keysPath()}/${key.id}`, { roles: ["ORG_READ_ONLY"] })).status).toBe(200);
    expect((await signedFetch(b.base, `/api/atlas/v2${keysPath()}`, key)).status).toBe(200);
    const create = await signedFetch(b.base, `/api/atlas/v2${keysPath()}`, key, { method: "POST", body: { desc: "by demoted key", roles: ["ORG_MEMBER"] } });
    expect(create.status).toBe(403);
  });

  it("an access-list entry removed through A stops admitting that address on B at once", async () => {
    const key = await newKey(ownerA);
    const accessList = `${keysPath()}/${key.id}/accessList`;
    expect((await ownerA.call("POST", accessList, [{ ipAddress: "127.0.0.1" }, { cidrBlock: "10.0.0.0/8" }])).status).toBe(200);
    await warm(key);
    expect((await ownerA.call("DELETE", `${accessList}/127.0.0.1`)).status).toBe(204);
    const refused = await signedFetch(b.base, `/api/atlas/v2${keysPath()}`, key);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errorCode: "IP_ADDRESS_NOT_ON_ACCESS_LIST" });
  });

  it("a key created by the CLI is listed and accepted by both instances at once", async () => {
    const signer = await newKey(ownerA);
    await warm(signer);
    const before = await listed(ownerA);
    expect(await listed(ownerB)).toEqual(before);
    const fromCli = JSON.parse(await runCli(["keys", "create", "--org", orgId, "--desc", "from the cli", "--role", "ORG_OWNER"], instances?.env ?? {})) as Key;
    expect(fromCli.id).toMatch(/^[0-9a-f]{24}$/);
    for (const on of [ownerA, ownerB]) expect(await listed(on)).toContain(fromCli.id);
    for (const on of [a, b]) {
      const signed = await signedFetch(on.base, `/api/atlas/v2${keysPath()}?itemsPerPage=500`, signer);
      expect((signed.body.results as Key[]).map((k) => k.id)).toContain(fromCli.id);
      expect((await signedFetch(on.base, `/api/atlas/v2/orgs/${orgId}`, fromCli)).status).toBe(200);
    }
  });

  it("does not serve one caller's cached answer to another on the same URL", async () => {
    const owner = await newKey(ownerA);
    const outsider = await newKey(ownerA, ["ORG_MEMBER"]);
    expect((await ownerA.call("POST", `${keysPath()}/${outsider.id}/accessList`, [{ cidrBlock: "10.0.0.0/8" }])).status).toBe(200);
    const path = `/api/atlas/v2${keysPath()}/${owner.id}`;
    await warm(owner, path);
    for (const on of [a, b]) {
      const res = await signedFetch(on.base, path, outsider);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ errorCode: "IP_ADDRESS_NOT_ON_ACCESS_LIST" });
    }
  });
});
