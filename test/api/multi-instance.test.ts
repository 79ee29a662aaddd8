// Two server processes on one PostgreSQL database with one AM_SECRET behave as
// one service: keys, nonces and deletions are seen by both at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../../bench/server-process.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";
import { seededOrgId, startTwoInstances, type TwoInstances } from "../support/two-instances.ts";

const databaseUrl = process.env.DATABASE_URL;
const ADMIN = { email: "owner@multi.test", password: "multi-instance-password" };

describe.skipIf(!databaseUrl)("two instances on one PostgreSQL database", () => {
  let instances: TwoInstances | undefined;
  let a: ServerProcess;
  let b: ServerProcess;
  let orgId = "";

  beforeAll(async () => {
    instances = await startTwoInstances(databaseUrl ?? "", ADMIN, "am_mi");
    ({ a, b } = instances);
    orgId = await seededOrgId(a.base, ADMIN);
  }, 90_000);

  afterAll(async () => instances?.stop(), 60_000);

  async function newKey(on: ServerProcess) {
    const owner = await signIn(on.base, ADMIN.email, ADMIN.password);
    const created = await owner.call("POST", `/orgs/${orgId}/apiKeys`, { desc: "multi-instance", roles: ["ORG_OWNER"] });
    expect(created.status).toBe(200);
    return created.body as { id: string; publicKey: string; privateKey: string };
  }

  it("listens on two different ports", () => {
    expect(a.base).not.toBe(b.base);
  });

  it("accepts on B a key created through A", async () => {
    const key = await newKey(a);
    const path = `/api/atlas/v2/orgs/${orgId}/apiKeys/${key.id}`;
    const onB = await signedFetch(b.base, path, key);
    expect(onB.status).toBe(200);
    expect(onB.body.publicKey).toBe(key.publicKey);
    expect((await signedFetch(b.base, path, key, { algorithm: "SHA-256" })).status).toBe(200);
  });

  it("accepts on B a nonce issued by A, for both algorithms", async () => {
    const key = await newKey(a);
    const path = `/api/atlas/v2/orgs/${orgId}`;
    for (const algorithm of ["MD5", "SHA-256"] as const) {
      const { nonce, status } = await fetchNonce(`${a.base}${path}`);
      expect(status).toBe(401);
      const header = authorization({ method: "GET", uri: path, nonce, ...key, algorithm });
      const res = await fetch(`${b.base}${path}`, { headers: { Authorization: header } });
      expect(res.status, algorithm).toBe(200);
      expect(((await res.json()) as { id: string }).id).toBe(orgId);
    }
  });

  it("refuses on A, at once, a key deleted through B", async () => {
    const key = await newKey(a);
    const path = `/api/atlas/v2/orgs/${orgId}`;
    expect((await signedFetch(a.base, path, key)).status).toBe(200);
    const ownerOnB = await signIn(b.base, ADMIN.email, ADMIN.password);
    expect((await ownerOnB.call("DELETE", `/orgs/${orgId}/apiKeys/${key.id}`)).status).toBe(204);
    const refused = await signedFetch(a.base, path, key);
    expect(refused.status).toBe(401);
    expect(refused.body.errorCode).toBe("UNAUTHORIZED");
  });
});
