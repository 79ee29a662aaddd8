// Atlas's one-role calls (:addRole / :removeRole) on org and project users,
// over real HTTP on every store: the same rules as PATCH and PUT .../roles.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { accept, invite, newEmail, V2025 } from "../support/people.ts";
import { signIn } from "../support/server.ts";

eachStore("org and project :addRole / :removeRole", (ctx) => {
  it("adds and removes one role at a time, keeps a last role and the last owner, and refuses non-owners", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { id, token } = await invite(owner, world.orgId, newEmail("one-role"), ["ORG_MEMBER"], [{ groupId: world.groupA, groupRoles: ["GROUP_READ_ONLY"] }]);
    await accept(server.base, token);
    const org = (verb: string, orgRole: string) => owner.call("POST", `/orgs/${world.orgId}/users/${id}:${verb}`, { orgRole }, V2025);
    expect((await org("addRole", "ORG_BILLING_ADMIN")).body.roles.orgRoles.sort()).toEqual(["ORG_BILLING_ADMIN", "ORG_MEMBER"]);
    expect((await org("removeRole", "ORG_MEMBER")).body.roles.orgRoles).toEqual(["ORG_BILLING_ADMIN"]);
    const last = await org("removeRole", "ORG_BILLING_ADMIN");
    expect(last.status).toBe(409);
    expect(last.body.errorCode).toBe("CANNOT_REMOVE_ALL_ROLES");
    expect((await org("addRole", "GROUP_OWNER")).body.errorCode).toBe("INVALID_ROLE_FOR_ORG");
    expect((await owner.call("POST", `/orgs/${world.orgId}/users/${id}:promote`, { orgRole: "ORG_OWNER" }, V2025)).status).toBe(404);

    const group = (verb: string, groupRole: string) => owner.call("POST", `/groups/${world.groupA}/users/${id}:${verb}`, { groupRole }, V2025);
    expect((await group("addRole", "GROUP_CLUSTER_MANAGER")).body.roles.sort()).toEqual(["GROUP_CLUSTER_MANAGER", "GROUP_READ_ONLY"]);
    expect((await group("removeRole", "GROUP_READ_ONLY")).body.roles).toEqual(["GROUP_CLUSTER_MANAGER"]);

    const me = (await owner.call("GET", `/orgs/${world.orgId}/users?username=${world.users.owner}`, undefined, V2025)).body.results[0].id;
    const demote = await owner.call("POST", `/orgs/${world.orgId}/users/${me}:removeRole`, { orgRole: "ORG_OWNER" }, V2025);
    expect(demote.body.errorCode).toBe("CANNOT_REMOVE_ALL_ROLES");
    await owner.call("POST", `/orgs/${world.orgId}/users/${me}:addRole`, { orgRole: "ORG_MEMBER" }, V2025);
    expect((await owner.call("POST", `/orgs/${world.orgId}/users/${me}:removeRole`, { orgRole: "ORG_OWNER" }, V2025)).body.errorCode).toBe("CANNOT_DEMOTE_LAST_ORG_OWNER");
    const put = await owner.call("PUT", `/orgs/${world.orgId}/users/${id}/roles`, { orgRoles: ["ORG_READ_ONLY", "ORG_BILLING_ADMIN"] }, V2025);
    expect(put.body.roles.orgRoles).toEqual(["ORG_READ_ONLY", "ORG_BILLING_ADMIN"]);
    expect((await owner.call("PUT", `/orgs/${world.orgId}/users/${id}/roles`, { orgRoles: [] }, V2025)).status).toBe(400);
    await owner.call("PUT", `/orgs/${world.orgId}/users/${id}/roles`, { orgRoles: ["ORG_BILLING_ADMIN"] }, V2025);
    const member = await signIn(server.base, world.users.member);
    expect((await member.call("POST", `/orgs/${world.orgId}/users/${id}:addRole`, { orgRole: "ORG_OWNER" }, V2025)).status).toBe(403);
    expect((await owner.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body.roles.orgRoles).toEqual(["ORG_BILLING_ADMIN"]);
  });

  it("keeps both roles when two are added at once, to the org and to a project (no lost update)", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { id, token } = await invite(owner, world.orgId, newEmail("parallel-roles"), ["ORG_MEMBER"], [{ groupId: world.groupA, groupRoles: ["GROUP_READ_ONLY"] }]);
    await accept(server.base, token);
    const added = await Promise.all(
      ["ORG_BILLING_ADMIN", "ORG_GROUP_CREATOR", "ORG_READ_ONLY"].map((orgRole) => owner.call("POST", `/orgs/${world.orgId}/users/${id}:addRole`, { orgRole }, V2025)),
    );
    expect(added.map((r) => r.status)).toEqual([200, 200, 200]);
    const user = (await owner.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body;
    expect(user.roles.orgRoles.sort()).toEqual(["ORG_BILLING_ADMIN", "ORG_GROUP_CREATOR", "ORG_MEMBER", "ORG_READ_ONLY"]);
    await Promise.all(
      ["GROUP_CLUSTER_MANAGER", "GROUP_DATA_ACCESS_READ_ONLY"].map((groupRole) => owner.call("POST", `/groups/${world.groupA}/users/${id}:addRole`, { groupRole }, V2025)),
    );
    const inGroup = (await owner.call("GET", `/groups/${world.groupA}/users/${id}`, undefined, V2025)).body;
    expect(inGroup.roles.sort()).toEqual(["GROUP_CLUSTER_MANAGER", "GROUP_DATA_ACCESS_READ_ONLY", "GROUP_READ_ONLY"]);
  });

  it("answers a malformed, unknown or other organization's user id with 400 or 404, changing nothing", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const other = await signIn(server.base, world.users.otherOwner);
    const stranger = (await other.call("GET", `/orgs/${world.otherOrgId}/users?username=${world.users.otherOwner}`, undefined, V2025)).body.results[0].id;
    const add = (target: string) => owner.call("POST", `/orgs/${world.orgId}/users/${target}:addRole`, { orgRole: "ORG_OWNER" }, V2025);
    expect((await add("xyz")).status).toBe(400);
    expect((await add("0".repeat(24))).status).toBe(404);
    expect((await add(stranger)).status).toBe(404);
    expect((await owner.call("POST", `/groups/${world.groupA}/users/${stranger}:addRole`, { groupRole: "GROUP_OWNER" }, V2025)).status).toBe(404);
    expect((await owner.call("POST", `/orgs/${world.orgId}/users/${"0".repeat(24)}:addRole`, { orgRole: "ORG\u0000OWNER" }, V2025)).status).toBe(400);
    expect((await owner.call("POST", `/orgs/${world.orgId}/users/${"0".repeat(24)}:addRole`, { orgRole: ["ORG_OWNER"] }, V2025)).status).toBe(400);
    const theirs = (await other.call("GET", `/orgs/${world.otherOrgId}/users/${stranger}`, undefined, V2025)).body;
    expect(theirs.roles.orgRoles).toEqual(["ORG_OWNER"]);
  });
});
