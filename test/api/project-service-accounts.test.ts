import { expect, it } from "vitest";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { bearer, createAccount, mintToken, saCalls } from "../support/sa-client.ts";
import { signIn } from "../support/server.ts";

const valid = { name: "Alpha bot", description: "Reads Alpha", roles: ["GROUP_READ_ONLY"], secretExpiresAfterHours: 8 };

async function setup(ctx: Ctx) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  return {
    owner,
    sa: saCalls(owner),
    groupOwner: saCalls(await signIn(ctx.server.base, ctx.world.users.groupOwner)),
    path: `/groups/${ctx.world.groupA}/serviceAccounts`,
    orgPath: `/orgs/${ctx.world.orgId}/serviceAccounts`,
  };
}

eachStore("project service accounts", (ctx) => {
  it("creates for a project (201, secret once): Organization Member in the org, the project roles there", async () => {
    const { sa, groupOwner, path, orgPath } = await setup(ctx());
    const res = await groupOwner("POST", path, valid);
    expect(res.status).toBe(201);
    expect(res.body.roles).toEqual(["GROUP_READ_ONLY"]);
    expect(res.body.secrets[0].secret).toMatch(/^mdb_sa_sk_/);
    const inOrg = await sa("GET", `${orgPath}/${res.body.clientId}`);
    expect(inOrg.body.roles).toEqual(["ORG_MEMBER"]);
    const inGroup = await groupOwner("GET", `${path}/${res.body.clientId}`);
    expect(inGroup.body).toMatchObject({ roles: ["GROUP_READ_ONLY"], name: "Alpha bot" });
    expect(inGroup.body.secrets[0].secret).toBeUndefined();
    const list = await groupOwner("GET", path);
    expect(list.body.results.map((a: { clientId: string }) => a.clientId)).toContain(res.body.clientId);
  });

  it("replaces the project roles with PATCH, changing no other project", async () => {
    const { owner, sa, groupOwner, path } = await setup(ctx());
    const { clientId } = await createAccount(owner, ctx().world.orgId);
    await sa("POST", `${path}/${clientId}:invite`, { roles: ["GROUP_READ_ONLY", "GROUP_DATA_ACCESS_READ_ONLY"] });
    await sa("POST", `/groups/${ctx().world.groupB}/serviceAccounts/${clientId}:invite`, { roles: ["GROUP_OWNER"] });
    const res = await groupOwner("PATCH", `${path}/${clientId}`, { roles: ["GROUP_CLUSTER_MANAGER"] });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(["GROUP_CLUSTER_MANAGER"]);
    expect((await sa("GET", `/groups/${ctx().world.groupB}/serviceAccounts/${clientId}`)).body.roles).toEqual(["GROUP_OWNER"]);
  });

  it("deletes from a project by unassigning: the account stays in the org and its token keeps working", async () => {
    const { owner, sa, groupOwner, path, orgPath } = await setup(ctx());
    const account = await createAccount(owner, ctx().world.orgId);
    await sa("POST", `${path}/${account.clientId}:invite`, { roles: ["GROUP_READ_ONLY"] });
    const token = await mintToken(ctx().server.base, account);
    expect((await bearer(ctx().server.base, token, "GET", `/groups/${ctx().world.groupA}`)).status).toBe(200);
    expect((await groupOwner("DELETE", `${path}/${account.clientId}`)).status).toBe(204);
    expect((await groupOwner("GET", `${path}/${account.clientId}`)).status).toBe(404);
    expect((await sa("GET", `${orgPath}/${account.clientId}`)).status).toBe(200);
    expect((await bearer(ctx().server.base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
    expect((await bearer(ctx().server.base, token, "GET", `/groups/${ctx().world.groupA}`)).status).toBe(404);
    expect((await groupOwner("DELETE", `${path}/${account.clientId}`)).status).toBe(404);
  });

  it("invites only as an Organization Owner (200), once", async () => {
    const { owner, sa, groupOwner, path } = await setup(ctx());
    const { clientId } = await createAccount(owner, ctx().world.orgId);
    const refused = await groupOwner("POST", `${path}/${clientId}:invite`, { roles: ["GROUP_READ_ONLY"] });
    expect(refused.status).toBe(403);
    const invited = await sa("POST", `${path}/${clientId}:invite`, { roles: ["GROUP_READ_ONLY"] });
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({ clientId, roles: ["GROUP_READ_ONLY"] });
    const again = await sa("POST", `${path}/${clientId}:invite`, { roles: ["GROUP_OWNER"] });
    expect(again.status).toBe(400);
    expect(again.body.errorCode).toBe("SERVICE_ACCOUNT_ALREADY_IN_GROUP");
    expect((await sa("GET", `${path}/${clientId}`)).body.roles).toEqual(["GROUP_READ_ONLY"]);
    expect((await sa("POST", `${path}/${clientId}:invite`, { roles: [] })).status).toBe(400);
  });

  it("lets a Project Owner manage secrets only of an account confined to the project", async () => {
    const { owner, sa, groupOwner, path } = await setup(ctx());
    const own = (await groupOwner("POST", path, valid)).body.clientId;
    expect((await groupOwner("POST", `${path}/${own}/secrets`, { secretExpiresAfterHours: 8 })).status).toBe(201);
    expect((await groupOwner("POST", `${path}/${own}/accessList`, [{ ipAddress: "192.0.2.8" }])).status).toBe(200);
    const wide = await createAccount(owner, ctx().world.orgId, { roles: ["ORG_READ_ONLY"] });
    await sa("POST", `${path}/${wide.clientId}:invite`, { roles: ["GROUP_READ_ONLY"] });
    const refused = await groupOwner("POST", `${path}/${wide.clientId}/secrets`, { secretExpiresAfterHours: 8 });
    expect(refused.status).toBe(403);
    expect((await sa("GET", `/orgs/${ctx().world.orgId}/serviceAccounts/${wide.clientId}`)).body.secrets).toHaveLength(1);
  });

  it("keeps project readers to reads, and hides accounts not in the project", async () => {
    const { owner, path } = await setup(ctx());
    const reader = saCalls(await signIn(ctx().server.base, ctx().world.users.groupReader));
    expect((await reader("GET", path)).status).toBe(200);
    expect((await reader("POST", path, valid)).status).toBe(403);
    const elsewhere = await createAccount(owner, ctx().world.orgId);
    expect((await reader("GET", `${path}/${elsewhere.clientId}`)).status).toBe(404);
    expect((await saCalls(owner)("PATCH", `${path}/${elsewhere.clientId}`, { roles: ["GROUP_OWNER"] })).status).toBe(404);
  });
});
