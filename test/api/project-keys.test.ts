import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

type Role = { roleName: string; orgId?: string; groupId?: string };

eachStore("project API keys", (ctx) => {
  it("creates a project key with the implicit ORG_MEMBER role and shows it in the org list", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.groupOwner);
    const res = await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "alpha etl", roles: ["GROUP_READ_ONLY"] });
    expect(res.status).toBe(200);
    expect(res.body.privateKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.roles).toEqual([
      { orgId: world.orgId, roleName: "ORG_MEMBER" },
      { groupId: world.groupA, roleName: "GROUP_READ_ONLY" },
    ]);
    expect(res.body.links[0].href).toContain(`/orgs/${world.orgId}/apiKeys/${res.body.id}`);
    const orgOwner = await signIn(server.base, world.users.owner);
    const org = await orgOwner.call("GET", `/orgs/${world.orgId}/apiKeys`);
    expect(org.body.results.some((k: { id: string }) => k.id === res.body.id)).toBe(true);
  });

  it("assigns an org key to two projects, and a second assignment is API_KEY_ALREADY_IN_GROUP", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "shared", roles: ["ORG_MEMBER"] });
    expect((await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_OWNER"] }])).status).toBe(204);
    expect((await owner.call("POST", `/groups/${world.groupB}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }])).status).toBe(204);
    const again = await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    expect(again.status).toBe(400);
    expect(again.body.errorCode).toBe("API_KEY_ALREADY_IN_GROUP");
    // The org view lists every assignment; a project view only its own.
    const orgView = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    const assigned = orgView.body.roles.filter((r: Role) => r.groupId).map((r: Role) => `${r.groupId} ${r.roleName}`);
    expect(assigned.sort()).toEqual([`${world.groupA} GROUP_OWNER`, `${world.groupB} GROUP_READ_ONLY`].sort());
    const projectView = await owner.call("GET", `/groups/${world.groupB}/apiKeys`);
    const inB = projectView.body.results.find((k: { id: string }) => k.id === key.id);
    expect(inB.roles.filter((r: Role) => r.groupId)).toEqual([{ groupId: world.groupB, roleName: "GROUP_READ_ONLY" }]);
  });

  it("replaces project roles on PATCH and removes a key from one project only", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "patch me", roles: ["ORG_MEMBER"] });
    await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_OWNER", "GROUP_READ_ONLY"] }]);
    await owner.call("POST", `/groups/${world.groupB}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    const patched = await owner.call("PATCH", `/groups/${world.groupA}/apiKeys/${key.id}`, { roles: ["GROUP_CLUSTER_MANAGER"] });
    expect(patched.status).toBe(200);
    expect(patched.body.roles.filter((r: Role) => r.groupId)).toEqual([{ groupId: world.groupA, roleName: "GROUP_CLUSTER_MANAGER" }]);
    expect((await owner.call("DELETE", `/groups/${world.groupA}/apiKeys/${key.id}`)).status).toBe(204);
    const after = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    expect(after.status).toBe(200);
    expect(after.body.roles.filter((r: Role) => r.groupId)).toEqual([{ groupId: world.groupB, roleName: "GROUP_READ_ONLY" }]);
    const notIn = await owner.call("PATCH", `/groups/${world.groupA}/apiKeys/${key.id}`, { roles: ["GROUP_OWNER"] });
    expect(notIn.status).toBe(404);
  });

  it("rejects org roles in a project and project roles in an org", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const a = await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "x", roles: ["ORG_OWNER"] });
    expect(a.status).toBe(400);
    expect(a.body.errorCode).toBe("INVALID_ROLE_FOR_GROUP");
    const b = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "x", roles: ["GROUP_OWNER"] });
    expect(b.body.errorCode).toBe("INVALID_ROLE_FOR_ORG");
    const c = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "x", roles: [] });
    expect(c.body.errorCode).toBe("MISSING_API_KEY_ROLES");
  });

  it("does not assign a key of another organization", async () => {
    const { server, world } = ctx();
    const other = await signIn(server.base, world.users.otherOwner);
    const { body: foreign } = await other.call("POST", `/orgs/${world.otherOrgId}/apiKeys`, { desc: "theirs", roles: ["ORG_MEMBER"] });
    const owner = await signIn(server.base, world.users.owner);
    const res = await owner.call("POST", `/groups/${world.groupA}/apiKeys/${foreign.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    expect(res.status).toBe(404);
    expect(res.body.errorCode).toBe("API_KEY_NOT_FOUND");
  });
});
