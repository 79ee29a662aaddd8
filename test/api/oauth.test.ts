// Service accounts over OAuth 2.0 client credentials: a real npm client
// (openid-client) and curl mint tokens; Bearer calls go through the same role
// and access-list checks as keys; deleting a secret or account, or revoking,
// ends a token at once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import * as oidc from "openid-client";
import { expect, it } from "vitest";
import { oauthTokenSchema } from "../../contract/service-accounts.ts";
import { eachStore } from "../support/each-store.ts";
import { basic, bearer, mintToken, oauthConfig, ownerAccount, rawToken } from "../support/sa-client.ts";

const run = promisify(execFile);

let offsetMs = 0;
const now = () => new Date(Date.now() + offsetMs);


eachStore("OAuth client credentials and Bearer tokens", (ctx) => {
  it("mints a one-hour Bearer token with openid-client, calls the API with it, and revokes it", async () => {
    const { account } = await ownerAccount(ctx(), { roles: ["ORG_READ_ONLY"] });
    const { base } = ctx().server;
    const config = oauthConfig(base, account.clientId, account.secret);
    const tokens = await oidc.clientCredentialsGrant(config);
    expect(tokens.token_type).toBe("bearer");
    expect(tokens.expires_in).toBe(3600);
    expect(tokens.access_token).toMatch(/^mdb_sa_at_/);
    const keys = await bearer(base, tokens.access_token, "GET", `/orgs/${ctx().world.orgId}/apiKeys`);
    expect(keys.status).toBe(200);
    await oidc.tokenRevocation(config, tokens.access_token);
    const after = await bearer(base, tokens.access_token, "GET", `/orgs/${ctx().world.orgId}/apiKeys`);
    expect(after.status).toBe(401);
    expect(after.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("works with curl: Basic client credentials for the token, then the Bearer call", async () => {
    const { account } = await ownerAccount(ctx());
    const { base } = ctx().server;
    const token = await run("curl", ["--silent", "--user", `${account.clientId}:${account.secret}`, "--data", "grant_type=client_credentials", `${base}/api/oauth/token`]);
    const { access_token } = oauthTokenSchema.parse(JSON.parse(token.stdout));
    const call = await run("curl", [
      "--silent", "--header", `Authorization: Bearer ${access_token}`, "--header", "Accept: application/vnd.atlas.2023-01-01+json",
      "--write-out", "\n%{http_code}", `${base}/api/atlas/v2/orgs/${ctx().world.orgId}`,
    ]);
    const [body, status] = call.stdout.split("\n");
    expect(status).toBe("200");
    expect(JSON.parse(body ?? "").id).toBe(ctx().world.orgId);
  });

  it("answers RFC 6749 errors: invalid_client 401, unsupported_grant_type 400, and no-store", async () => {
    const { account } = await ownerAccount(ctx());
    const { base } = ctx().server;
    const wrong = await rawToken(base, basic(account.clientId, `mdb_sa_sk_${"A".repeat(43)}`));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe("invalid_client");
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Basic /);
    const unknown = await rawToken(base, basic("mdb_sa_id_0123456789abcdef01234567", account.secret));
    expect(unknown).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect((await rawToken(base, undefined)).status).toBe(401);
    expect((await rawToken(base, "Basic !!!")).status).toBe(401);
    expect((await rawToken(base, basic(account.clientId, "short"))).status).toBe(401);
    const grant = await rawToken(base, basic(account.clientId, account.secret), "grant_type=password");
    expect(grant).toMatchObject({ status: 400, body: { error: "unsupported_grant_type" } });
    const ok = await rawToken(base, basic(account.clientId, account.secret));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a Bearer token of the wrong shape, or unknown, with 401", async () => {
    const { base } = ctx().server;
    for (const token of ["garbage", `mdb_sa_at_${"A".repeat(43)}`]) {
      const res = await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`);
      expect(res.status).toBe(401);
      expect(res.body.errorCode).toBe("UNAUTHORIZED");
    }
  });

  it("ends every token of a deleted secret at once, and a deleted secret mints no more", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    const { base } = ctx().server;
    const second = (await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })).body;
    const fromFirst = await mintToken(base, account);
    const fromSecond = await mintToken(base, { clientId: account.clientId, secret: second.secret });
    expect((await sa("DELETE", `${path}/secrets/${account.secretId}`)).status).toBe(204);
    expect((await bearer(base, fromFirst, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(401);
    expect((await bearer(base, fromSecond, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
    await expect(mintToken(base, account)).rejects.toThrow();
  });

  it("ends the tokens of a deleted account at once", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    const { base } = ctx().server;
    const token = await mintToken(base, account);
    expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
    expect((await sa("DELETE", path)).status).toBe(204);
    expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(401);
  });

  it("refuses an expired secret, and a token past its hour", async () => {
    const { account } = await ownerAccount(ctx(), { secretExpiresAfterHours: 8 });
    const { base } = ctx().server;
    const token = await mintToken(base, account);
    try {
      offsetMs = 3_600_000 + 1_000;
      expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(401);
      expect(typeof (await mintToken(base, account))).toBe("string");
      offsetMs = 8 * 3_600_000 + 1_000;
      const expired = await rawToken(base, basic(account.clientId, account.secret));
      expect(expired).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    } finally {
      offsetMs = 0;
    }
  });

  it("revokes only the caller's own tokens: another account's revocation leaves them working", async () => {
    const { base } = ctx().server;
    const mine = (await ownerAccount(ctx())).account;
    const theirs = (await ownerAccount(ctx())).account;
    const token = await mintToken(base, mine);
    await oidc.tokenRevocation(oauthConfig(base, theirs.clientId, theirs.secret), token);
    expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
  });

  it("counts only unexpired secrets towards the two an account may hold", async () => {
    const { sa, path } = await ownerAccount(ctx(), { secretExpiresAfterHours: 8 });
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 48 })).status).toBe(201);
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 48 })).status).toBe(400);
    try {
      offsetMs = 8 * 3_600_000 + 1_000;
      expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 48 })).status).toBe(201);
      expect((await sa("GET", path)).body.secrets).toHaveLength(3);
    } finally {
      offsetMs = 0;
    }
  });

  it("refuses the 101st live token of an account with 403 access_denied", async () => {
    const { account } = await ownerAccount(ctx());
    const { base } = ctx().server;
    const auth = basic(account.clientId, account.secret);
    for (let i = 0; i < 100; i++) expect((await rawToken(base, auth)).status).toBe(200);
    const over = await rawToken(base, auth);
    expect(over).toMatchObject({ status: 403, body: { error: "access_denied" } });
  });

  it("applies the account's roles: a member reads, an owner writes", async () => {
    const { base } = ctx().server;
    const member = await mintToken(base, (await ownerAccount(ctx(), { roles: ["ORG_MEMBER"] })).account);
    const owner = await mintToken(base, (await ownerAccount(ctx(), { roles: ["ORG_OWNER"] })).account);
    const keys = `/orgs/${ctx().world.orgId}/apiKeys`;
    expect((await bearer(base, member, "POST", keys, { desc: "by a member", roles: ["ORG_MEMBER"] })).status).toBe(403);
    const made = await bearer(base, owner, "POST", keys, { desc: "by an account", roles: ["ORG_MEMBER"] });
    expect(made.status).toBe(200);
    expect((await bearer(base, owner, "GET", `/orgs/${ctx().world.otherOrgId}`)).status).toBe(404);
  });

  it("mints from anywhere but lets the token in only from the account's access list", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    const { base } = ctx().server;
    await sa("POST", `${path}/accessList`, [{ cidrBlock: "10.0.0.0/8" }]);
    const token = await mintToken(base, account);
    const refused = await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`);
    expect(refused.status).toBe(403);
    expect(refused.body.errorCode).toBe("IP_ADDRESS_NOT_ON_ACCESS_LIST");
    await sa("POST", `${path}/accessList`, [{ ipAddress: "127.0.0.1" }]);
    expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
  });

  it("refuses a token with no access list when the org requires one (403 ORG_REQUIRES_ACCESS_LIST)", async () => {
    const { owner, account } = await ownerAccount(ctx());
    const { base } = ctx().server;
    const token = await mintToken(base, account);
    const settings = `/orgs/${ctx().world.orgId}/settings`;
    await owner.call("PATCH", settings, { apiAccessListRequired: true });
    try {
      const res = await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`);
      expect(res.status).toBe(403);
      expect(res.body.errorCode).toBe("ORG_REQUIRES_ACCESS_LIST");
    } finally {
      await owner.call("PATCH", settings, { apiAccessListRequired: false });
    }
  });

  it("records use per secret and per access-list entry", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    const { base, usage } = ctx().server;
    await sa("POST", `${path}/accessList`, [{ ipAddress: "127.0.0.1" }, { cidrBlock: "127.0.0.0/8" }]);
    const token = await mintToken(base, account);
    for (let i = 0; i < 3; i++) expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
    await usage.flush();
    const read = await sa("GET", path);
    expect(read.body.secrets[0].lastUsedAt).toMatch(/Z$/);
    const entries = (await sa("GET", `${path}/accessList`)).body.results;
    const exact = entries.find((e: { cidrBlock: string }) => e.cidrBlock === "127.0.0.1/32");
    expect(exact).toMatchObject({ requestCount: 3, lastUsedAddress: "127.0.0.1" });
    expect(exact.lastUsedAt).toMatch(/Z$/);
    expect(entries.find((e: { cidrBlock: string }) => e.cidrBlock === "127.0.0.0/8").requestCount).toBe(0);
  });

  it("names the account as the actor of what it changes, with no secret or token in any event or log", async () => {
    const { account } = await ownerAccount(ctx(), { roles: ["ORG_OWNER"] });
    const { base, logs } = ctx().server;
    const token = await mintToken(base, account);
    const made = await bearer(base, token, "POST", `/orgs/${ctx().world.orgId}/serviceAccounts`, {
      name: "Made by a bot", description: "x", roles: ["ORG_MEMBER"], secretExpiresAfterHours: 8,
    });
    expect(made.status).toBe(201);
    const events = await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}/events?eventType=SERVICE_ACCOUNT_CREATED`);
    const mine = events.body.results.find((e: { targetClientId?: string }) => e.targetClientId === made.body.clientId);
    expect(mine).toMatchObject({ serviceAccountClientId: account.clientId, remoteAddress: "127.0.0.1" });
    const everything = JSON.stringify(events.body) + JSON.stringify(logs);
    for (const secret of [account.secret, made.body.secrets[0].secret, token]) expect(everything).not.toContain(secret.slice(10));
  });
}, { now });
