// Who may change a project's keys, and what a change stores: read back with a
// fresh GET, not taken from the answer to the change.
import { expect, it } from "vitest";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { signIn, type Client } from "../support/server.ts";

type Role = { roleName: string; orgId?: string; groupId?: string };

/** The key's roles in one project, as the project's key list shows them. */
async function rolesIn(client: Client, groupId: string, keyId: string): Promise<string[] | undefined> {
  const list = await client.call("GET", `/groups/${groupId}/apiKeys`);
  const key = list.body.results.find((k: { id: string }) => k.id === keyId);
  return key?.roles.filter((r: Role) => r.groupId === groupId).map((r: Role) => r.roleName);
}

async function keyInAlpha(ctx: Ctx, roles = ["GROUP_READ_ONLY"]) {
  const { server, world } = ctx;
  const owner = await signIn(server.base, world.users.owner);
  const { body: key } = await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "alpha key", roles });
  return { owner, keyId: key.id as string };
}

eachStore("project permissions", (ctx) => {
  it("lets an org-wide reader see a project's keys but not create, change, assign or remove them", async () => {
    const { server, world } = ctx();
    const { owner, keyId } = await keyInAlpha(ctx());
    const { body: orgKey } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "unassigned", roles: ["ORG_MEMBER"] });
    const reader = await signIn(server.base, world.users.readOnly);
    expect(await rolesIn(reader, world.groupA, keyId)).toEqual(["GROUP_READ_ONLY"]);
    const attempts = [
      await reader.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "no", roles: ["GROUP_READ_ONLY"] }),
      await reader.call("PATCH", `/groups/${world.groupA}/apiKeys/${keyId}`, { roles: ["GROUP_OWNER"] }),
      await reader.call("POST", `/groups/${world.groupA}/apiKeys/${orgKey.id}`, [{ roles: ["GROUP_OWNER"] }]),
      await reader.call("DELETE", `/groups/${world.groupA}/apiKeys/${keyId}`),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    expect(attempts[1]?.body.errorCode).toBe("USER_UNAUTHORIZED");
    expect(await rolesIn(owner, world.groupA, keyId)).toEqual(["GROUP_READ_ONLY"]);
    expect(await rolesIn(owner, world.groupA, orgKey.id)).toBeUndefined();
    expect((await owner.call("GET", `/groups/${world.groupA}/apiKeys`)).body.totalCount).toBe(1);
  });

  it("lets an org member with no project role neither see nor change a project", async () => {
    const { server, world } = ctx();
    const { keyId } = await keyInAlpha(ctx());
    const member = await signIn(server.base, world.users.member);
    expect((await member.call("GET", `/groups/${world.groupA}/apiKeys`)).status).toBe(404);
    expect((await member.call("PATCH", `/groups/${world.groupA}/apiKeys/${keyId}`, { roles: ["GROUP_OWNER"] })).status).toBe(404);
  });

  it("lets a project reader see that project, and its owner change it but not another project of the org", async () => {
    const { server, world } = ctx();
    const { owner, keyId } = await keyInAlpha(ctx());
    const { body: beta } = await owner.call("POST", `/groups/${world.groupB}/apiKeys`, { desc: "beta key", roles: ["GROUP_READ_ONLY"] });
    const projectOwner = await signIn(server.base, world.users.groupOwner);
    expect((await projectOwner.call("PATCH", `/groups/${world.groupA}/apiKeys/${keyId}`, { roles: ["GROUP_OWNER"] })).status).toBe(200);
    expect((await projectOwner.call("PATCH", `/groups/${world.groupB}/apiKeys/${beta.id}`, { roles: ["GROUP_OWNER"] })).status).toBe(404);
    expect(await rolesIn(owner, world.groupB, beta.id)).toEqual(["GROUP_READ_ONLY"]);
  });

  it("lets an org owner manage every project of the org without a project role", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    for (const groupId of [world.groupA, world.groupB]) {
      const made = await owner.call("POST", `/groups/${groupId}/apiKeys`, { desc: "by the org owner", roles: ["GROUP_OWNER"] });
      expect(made.status).toBe(200);
      expect((await owner.call("PATCH", `/groups/${groupId}/apiKeys/${made.body.id}`, { roles: ["GROUP_READ_ONLY"] })).status).toBe(200);
      expect(await rolesIn(owner, groupId, made.body.id)).toEqual(["GROUP_READ_ONLY"]);
    }
  });
});

eachStore("project key changes", (ctx) => {
  it("stores the roles a PATCH sets, once each, as a later GET shows", async () => {
    const { world } = ctx();
    const { owner, keyId } = await keyInAlpha(ctx(), ["GROUP_OWNER"]);
    const roles = ["GROUP_CLUSTER_MANAGER", "GROUP_READ_ONLY", "GROUP_CLUSTER_MANAGER"];
    const patched = await owner.call("PATCH", `/groups/${world.groupA}/apiKeys/${keyId}`, { roles });
    expect(patched.status).toBe(200);
    expect((await rolesIn(owner, world.groupA, keyId))?.sort()).toEqual(["GROUP_CLUSTER_MANAGER", "GROUP_READ_ONLY"]);
    const orgView = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${keyId}`);
    expect(orgView.body.roles.filter((r: Role) => r.groupId).map((r: Role) => r.roleName).sort()).toEqual(["GROUP_CLUSTER_MANAGER", "GROUP_READ_ONLY"]);
  });

  it("changes only the description when a PATCH has no roles, and answers with the roles kept", async () => {
    const { world } = ctx();
    const { owner, keyId } = await keyInAlpha(ctx(), ["GROUP_OWNER"]);
    const patched = await owner.call("PATCH", `/groups/${world.groupA}/apiKeys/${keyId}`, { desc: "renamed" });
    expect(patched.status).toBe(200);
    expect(patched.body.desc).toBe("renamed");
    expect(patched.body.roles.filter((r: Role) => r.groupId).map((r: Role) => r.roleName)).toEqual(["GROUP_OWNER"]);
    expect(await rolesIn(owner, world.groupA, keyId)).toEqual(["GROUP_OWNER"]);
    expect((await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${keyId}`)).body.desc).toBe("renamed");
  });

  it("keeps the description when a PATCH has only roles", async () => {
    const { world } = ctx();
    const { owner, keyId } = await keyInAlpha(ctx());
    await owner.call("PATCH", `/groups/${world.groupA}/apiKeys/${keyId}`, { roles: ["GROUP_OWNER"] });
    expect((await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${keyId}`)).body.desc).toBe("alpha key");
  });

  it("stores assigned roles once each", async () => {
    const { world } = ctx();
    const owner = await signIn(ctx().server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "to assign", roles: ["ORG_MEMBER"] });
    const assigned = await owner.call("POST", `/groups/${world.groupB}/apiKeys/${key.id}`, [{ roles: ["GROUP_OWNER", "GROUP_OWNER"] }]);
    expect(assigned.status).toBe(204);
    expect(await rolesIn(owner, world.groupB, key.id)).toEqual(["GROUP_OWNER"]);
  });

  it("answers 404 to removing a key that is not in the project, and removes nothing", async () => {
    const { world } = ctx();
    const { owner, keyId } = await keyInAlpha(ctx());
    const res = await owner.call("DELETE", `/groups/${world.groupB}/apiKeys/${keyId}`);
    expect(res.status).toBe(404);
    expect(await rolesIn(owner, world.groupA, keyId)).toEqual(["GROUP_READ_ONLY"]);
  });
});
