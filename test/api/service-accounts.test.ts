import { expect, it } from "vitest";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import { orgServiceAccountPageSchema, orgServiceAccountSchema, SA_MEDIA_TYPE } from "../../contract/service-accounts.ts";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { createAccount, saCalls } from "../support/sa-client.ts";
import { signIn } from "../support/server.ts";

const valid = { name: "Deploy bot", description: "Ships builds", roles: ["ORG_READ_ONLY"], secretExpiresAfterHours: 24 };

async function owner(ctx: Ctx) {
  const client = await signIn(ctx.server.base, ctx.world.users.owner);
  return { client, sa: saCalls(client), path: `/orgs/${ctx.world.orgId}/serviceAccounts` };
}

eachStore("org service accounts", (ctx) => {
  it("creates an account with 201: an mdb_sa_id_ client ID and the first secret in full, once", async () => {
    const { sa, path } = await owner(ctx());
    const res = await sa("POST", path, valid);
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/vnd\.atlas\.2024-08-05\+json/);
    expect(orgServiceAccountSchema.parse(res.body)).toMatchObject({ name: "Deploy bot", description: "Ships builds", roles: ["ORG_READ_ONLY"] });
    expect(res.body.clientId).toMatch(/^mdb_sa_id_[a-f0-9]{24}$/);
    const [secret] = res.body.secrets;
    expect(secret.secret).toMatch(/^mdb_sa_sk_[A-Za-z0-9_-]{43}$/);
    expect(secret.maskedSecretValue).toBeUndefined();
    expect(Date.parse(secret.expiresAt) - Date.parse(secret.createdAt)).toBe(24 * 3_600_000);

    const read = await sa("GET", `${path}/${res.body.clientId}`);
    expect(read.status).toBe(200);
    expect(read.body.secrets[0].secret).toBeUndefined();
    expect(read.body.secrets[0].maskedSecretValue).toBe(`mdb_sa_sk_********${secret.secret.slice(-4)}`);
    expect(JSON.stringify(read.body)).not.toContain(secret.secret);
  });

  it("lists the org's accounts, masked, oldest first, with a total", async () => {
    const { client, sa, path } = await owner(ctx());
    const a = await createAccount(client, ctx().world.orgId, { name: "First" });
    const b = await createAccount(client, ctx().world.orgId, { name: "Second" });
    const list = await sa("GET", `${path}?itemsPerPage=500`);
    expect(list.status).toBe(200);
    const page = orgServiceAccountPageSchema.parse(list.body);
    const ids = page.results.map((r) => r.clientId);
    expect(ids.indexOf(a.clientId)).toBeLessThan(ids.indexOf(b.clientId));
    expect(page.totalCount).toBe(page.results.length);
    expect(JSON.stringify(list.body)).not.toContain(a.secret);
  });

  it("accepts plain JSON and refuses the 2023-01-01 version with 406", async () => {
    const { client, path } = await owner(ctx());
    const plain = await client.call("POST", path, valid, { Accept: "application/json", "Content-Type": "application/json" });
    expect(plain.status).toBe(201);
    expect(plain.headers.get("content-type")).toMatch(/2024-08-05/);
    const old = await client.call("GET", path, undefined, { Accept: MEDIA_TYPE });
    expect(old.status).toBe(406);
    expect(old.body.errorCode).toBe("INVALID_VERSION_DATE");
  });

  it("updates name and description, and replaces the roles", async () => {
    const { client, sa, path } = await owner(ctx());
    const { clientId } = await createAccount(client, ctx().world.orgId, { roles: ["ORG_MEMBER", "ORG_BILLING_READ_ONLY"] });
    const res = await sa("PATCH", `${path}/${clientId}`, { name: "Renamed", description: "Now, with commas", roles: ["ORG_READ_ONLY"] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Renamed", description: "Now, with commas", roles: ["ORG_READ_ONLY"] });
    const only = await sa("PATCH", `${path}/${clientId}`, { description: "Again" });
    expect(only.body).toMatchObject({ name: "Renamed", description: "Again", roles: ["ORG_READ_ONLY"] });
  });

  it("deletes an account with 204; it is then 404", async () => {
    const { client, sa, path } = await owner(ctx());
    const { clientId } = await createAccount(client, ctx().world.orgId);
    expect((await sa("DELETE", `${path}/${clientId}`)).status).toBe(204);
    const gone = await sa("GET", `${path}/${clientId}`);
    expect(gone.status).toBe(404);
    expect(gone.body.errorCode).toBe("SERVICE_ACCOUNT_NOT_FOUND");
    expect((await sa("DELETE", `${path}/${clientId}`)).status).toBe(404);
  });

  it("answers 404 for a client ID of another shape, and for another org's account", async () => {
    const { sa, path } = await owner(ctx());
    expect((await sa("GET", `${path}/000000000000000000000000`)).status).toBe(404);
    const other = await signIn(ctx().server.base, ctx().world.users.otherOwner);
    const theirs = await createAccount(other, ctx().world.otherOrgId);
    expect((await sa("GET", `${path}/${theirs.clientId}`)).status).toBe(404);
    expect((await sa("DELETE", `${path}/${theirs.clientId}`)).status).toBe(404);
    expect((await saCalls(other)("GET", `/orgs/${ctx().world.otherOrgId}/serviceAccounts/${theirs.clientId}`)).status).toBe(200);
  });

  it.each([
    ["a name with a forbidden character", { ...valid, name: "bot<script>" }, "name"],
    ["a 65-character name", { ...valid, name: "n".repeat(65) }, "name"],
    ["an empty description", { ...valid, description: "" }, "description"],
    ["a 251-character description", { ...valid, description: "d".repeat(251) }, "description"],
    ["no roles", { ...valid, roles: [] }, "roles"],
    ["a project role", { ...valid, roles: ["GROUP_OWNER"] }, "roles"],
    ["no secretExpiresAfterHours", { name: "x", description: "y", roles: ["ORG_MEMBER"] }, "secretExpiresAfterHours"],
    ["7 hours", { ...valid, secretExpiresAfterHours: 7 }, "secretExpiresAfterHours"],
    ["8761 hours", { ...valid, secretExpiresAfterHours: 8761 }, "secretExpiresAfterHours"],
    ["an unknown field", { ...valid, owner: "me" }, "body"],
    ["a name of the wrong type", { ...valid, name: 7 }, "name"],
    ["a NUL byte in the name", { ...valid, name: "bot\u0000x" }, "name"],
    ["a 200,000-character description", { ...valid, description: "d".repeat(200_000) }, "description"],
    ["roles of the wrong type", { ...valid, roles: "ORG_MEMBER" }, "roles"],
    ["hours as a string", { ...valid, secretExpiresAfterHours: "24" }, "secretExpiresAfterHours"],
    ["fractional hours", { ...valid, secretExpiresAfterHours: 8.5 }, "secretExpiresAfterHours"],
  ])("refuses %s with 400 and creates nothing", async (_what, body, field) => {
    const { sa, path } = await owner(ctx());
    const before = (await sa("GET", path)).body.totalCount;
    const res = await sa("POST", path, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 400, reason: "Bad Request" });
    expect(typeof res.body.errorCode).toBe("string");
    expect(JSON.stringify(res.body)).toContain(field === "body" ? "owner" : field);
    expect((await sa("GET", path)).body.totalCount).toBe(before);
  });

  it("accepts names in any script with the contract's punctuation, and exactly 8 and 8760 hours", async () => {
    const { sa, path } = await owner(ctx());
    expect((await sa("POST", path, { ...valid, name: "Déploiement ñ 東京 - _ . , '", secretExpiresAfterHours: 8 })).status).toBe(201);
    expect((await sa("POST", path, { ...valid, name: "n".repeat(64), secretExpiresAfterHours: 8760 })).status).toBe(201);
  });

  it("caps a secret's life at the org's maxServiceAccountSecretValidityInHours", async () => {
    const { client, sa, path } = await owner(ctx());
    const settings = `/orgs/${ctx().world.orgId}/settings`;
    expect((await client.call("PATCH", settings, { maxServiceAccountSecretValidityInHours: 48 })).status).toBe(200);
    try {
      const over = await sa("POST", path, { ...valid, secretExpiresAfterHours: 49 });
      expect(over.status).toBe(400);
      expect(over.body.detail).toContain("48");
      expect((await sa("POST", path, { ...valid, secretExpiresAfterHours: 48 })).status).toBe(201);
    } finally {
      await client.call("PATCH", settings, { maxServiceAccountSecretValidityInHours: 8760 });
    }
  });

  it("lets every org role read and only an Organization Owner write", async () => {
    const { client, path } = await owner(ctx());
    const { clientId } = await createAccount(client, ctx().world.orgId);
    const reader = saCalls(await signIn(ctx().server.base, ctx().world.users.readOnly));
    expect((await reader("GET", path)).status).toBe(200);
    expect((await reader("GET", `${path}/${clientId}`)).status).toBe(200);
    const refused = [
      await reader("POST", path, valid),
      await reader("PATCH", `${path}/${clientId}`, { name: "x" }),
      await reader("DELETE", `${path}/${clientId}`),
      await reader("POST", `${path}/${clientId}/secrets`, { secretExpiresAfterHours: 8 }),
      await reader("POST", `${path}/${clientId}/accessList`, [{ ipAddress: "192.0.2.1" }]),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
    const stranger = saCalls(await signIn(ctx().server.base, ctx().world.users.otherOwner));
    expect((await stranger("GET", path)).status).toBe(404);
    expect((await saCalls(client)("GET", `${path}/${clientId}`)).body.name).toBe("Deploy bot");
  });

  it("lists the projects of an account", async () => {
    const { client, sa, path } = await owner(ctx());
    const { clientId } = await createAccount(client, ctx().world.orgId);
    const groupPath = `/groups/${ctx().world.groupA}/serviceAccounts/${clientId}:invite`;
    expect((await sa("POST", groupPath, { roles: ["GROUP_READ_ONLY"] })).status).toBe(200);
    const groups = await sa("GET", `${path}/${clientId}/groups`);
    expect(groups.status).toBe(200);
    expect(groups.body.results).toEqual([{ groupId: ctx().world.groupA, roles: ["GROUP_READ_ONLY"] }]);
  });

  it("sends no secret in any GET of the media type's answers", async () => {
    const { client, path } = await owner(ctx());
    const a = await createAccount(client, ctx().world.orgId);
    const res = await client.call("GET", `${path}/${a.clientId}`, undefined, { Accept: SA_MEDIA_TYPE });
    expect(JSON.stringify(res.body)).not.toContain(a.secret.slice(10));
  });
});
