// Two server processes on one PostgreSQL database with one AM_SECRET behave as
// one service: keys, nonces and deletions are seen by both at once.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../../bench/server-process.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

const databaseUrl = process.env.DATABASE_URL;
const ADMIN = { email: "owner@multi.test", password: "multi-instance-password" };

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe.skipIf(!databaseUrl)("two instances on one PostgreSQL database", () => {
  const database = `am_mi_${randomBytes(6).toString("hex")}`;
  const servers: ServerProcess[] = [];
  let a: ServerProcess;
  let b: ServerProcess;
  let orgId = "";

  beforeAll(async () => {
    await admin((c) => c.query(`CREATE DATABASE ${database}`));
    const url = new URL(databaseUrl ?? "");
    url.pathname = `/${database}`;
    const env = {
      DATABASE_URL: url.toString(),
      AM_SECRET: randomBytes(24).toString("base64"),
      AM_ADMIN_EMAIL: ADMIN.email,
      AM_ADMIN_PASSWORD: ADMIN.password,
      LOG_REQUESTS: "0",
    };
    // One after the other: the first start migrates and seeds the empty database.
    a = await startServerProcess(env);
    servers.push(a);
    b = await startServerProcess(env);
    servers.push(b);
    const login = await fetch(`${a.base}/api/private/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    orgId = ((await login.json()) as { orgRoles: { orgId: string }[] }).orgRoles[0]?.orgId ?? "";
    expect(orgId).toMatch(/^[0-9a-f]{24}$/);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }, 60_000);

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
