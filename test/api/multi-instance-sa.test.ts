// Service-account tokens on two server processes sharing one PostgreSQL
// database: minted on one, accepted by the other; revoked, or with their
// secret or account deleted, refused by both at once (each request reads the
// change counter before trusting its caches, docs/decisions/0005).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../../bench/server-process.ts";
import { basic, bearer, createAccount, mintToken, oauthConfig, saCalls } from "../support/sa-client.ts";
import * as oidc from "openid-client";
import { signIn } from "../support/server.ts";
import { seededOrgId, startTwoInstances, type TwoInstances } from "../support/two-instances.ts";

const databaseUrl = process.env.DATABASE_URL;
const ADMIN = { email: "owner@sa-multi.test", password: "sa-multi-instance-password" };

describe.skipIf(!databaseUrl)("service-account tokens on two instances", () => {
  let instances: TwoInstances | undefined;
  let a: ServerProcess;
  let b: ServerProcess;
  let orgId = "";

  beforeAll(async () => {
    instances = await startTwoInstances(databaseUrl ?? "", ADMIN, "am_sa_mi");
    ({ a, b } = instances);
    orgId = await seededOrgId(a.base, ADMIN);
  }, 90_000);

  afterAll(async () => instances?.stop(), 60_000);

  async function account() {
    const owner = await signIn(a.base, ADMIN.email, ADMIN.password);
    const created = await createAccount(owner, orgId);
    return { ...created, sa: saCalls(owner), path: `/orgs/${orgId}/serviceAccounts/${created.clientId}` };
  }

  /** Both instances answer with this status (each read twice: warm caches must not hide a change). */
  async function bothAnswer(token: string, status: number) {
    for (const on of [a, b, a, b]) expect((await bearer(on.base, token, "GET", `/orgs/${orgId}`)).status).toBe(status);
  }

  it("accepts on B a token minted on A", async () => {
    const sa = await account();
    const token = await mintToken(a.base, sa);
    await bothAnswer(token, 200);
  });

  it("refuses on both a token revoked through B", async () => {
    const sa = await account();
    const token = await mintToken(a.base, sa);
    await bothAnswer(token, 200);
    await oidc.tokenRevocation(oauthConfig(b.base, sa.clientId, sa.secret), token);
    await bothAnswer(token, 401);
  });

  it("refuses on both the tokens of a secret deleted through A, and mints none from it on B", async () => {
    const sa = await account();
    const token = await mintToken(b.base, sa);
    await bothAnswer(token, 200);
    expect((await sa.sa("DELETE", `${sa.path}/secrets/${sa.secretId}`)).status).toBe(204);
    await bothAnswer(token, 401);
    const res = await fetch(`${b.base}/api/oauth/token`, {
      method: "POST",
      headers: { Authorization: basic(sa.clientId, sa.secret), "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(res.status).toBe(401);
  });

  it("refuses on both the tokens of an account deleted through B", async () => {
    const sa = await account();
    const token = await mintToken(a.base, sa);
    await bothAnswer(token, 200);
    const ownerOnB = saCalls(await signIn(b.base, ADMIN.email, ADMIN.password));
    expect((await ownerOnB("DELETE", sa.path)).status).toBe(204);
    await bothAnswer(token, 401);
  });
});
