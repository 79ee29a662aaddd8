// Project users over real HTTP on every store: a Project Owner (or an
// Organization Owner) adds org members with project roles, replaces their
// roles, removes them; readers and other projects' owners cannot; a pending
// invitee's invitation gains the project.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { eventsOf } from "../support/events.ts";
import { accept, invite, newEmail, V2025 } from "../support/people.ts";
import { signIn } from "../support/server.ts";

eachStore("project users", (ctx) => {
  it("adds an org member to a project for its Project Owner, replaces the roles and removes them, with events", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const projectOwner = await signIn(server.base, world.users.groupOwner);
    const email = newEmail("proj");
    const { id, token } = await invite(owner, world.orgId, email);
    await accept(server.base, token);
    let added: Awaited<ReturnType<typeof owner.call>> | undefined;
    const events = await eventsOf(owner, world.orgId, async () => {
      added = await projectOwner.call("POST", `/groups/${world.groupA}/users`, { username: email, roles: ["GROUP_READ_ONLY"] }, V2025);
      expect((await projectOwner.call("PUT", `/groups/${world.groupA}/users/${id}/roles`, { groupRoles: ["GROUP_CLUSTER_MANAGER"] }, V2025)).body.roles).toEqual(["GROUP_CLUSTER_MANAGER"]);
      expect((await projectOwner.call("DELETE", `/groups/${world.groupA}/users/${id}`, undefined, V2025)).status).toBe(204);
    });
    expect(added?.status).toBe(201);
    expect(added?.body).toMatchObject({ id, username: email, orgMembershipStatus: "ACTIVE", roles: ["GROUP_READ_ONLY"] });
    expect(events.map((e) => [e.eventTypeName, e.groupId, e.oldRoles, e.newRoles])).toEqual([
      ["JOINED_GROUP", world.groupA, undefined, ["GROUP_READ_ONLY"]],
      ["USER_ROLES_CHANGED_AUDIT", world.groupA, ["GROUP_READ_ONLY"], ["GROUP_CLUSTER_MANAGER"]],
      ["REMOVED_FROM_GROUP", world.groupA, ["GROUP_CLUSTER_MANAGER"], undefined],
    ]);
    // Still in the org.
    expect((await owner.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body.orgMembershipStatus).toBe("ACTIVE");
    expect((await owner.call("GET", `/groups/${world.groupA}/users/${id}`, undefined, V2025)).status).toBe(404);
  });

  it("refuses readers, other projects' owners, strangers to the org, duplicates and bad roles, changing nothing", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const projectOwner = await signIn(server.base, world.users.groupOwner);
    const reader = await signIn(server.base, world.users.groupReader);
    const body = { username: world.users.member, roles: ["GROUP_READ_ONLY"] };
    expect((await reader.call("POST", `/groups/${world.groupA}/users`, body, V2025)).status).toBe(403);
    expect((await projectOwner.call("POST", `/groups/${world.groupB}/users`, body, V2025)).status).toBe(404);
    expect((await owner.call("POST", `/groups/${world.otherGroup}/users`, body, V2025)).status).toBe(404);
    const stranger = await projectOwner.call("POST", `/groups/${world.groupA}/users`, { username: world.users.otherOwner, roles: ["GROUP_READ_ONLY"] }, V2025);
    expect(stranger.status).toBe(404);
    expect(stranger.body.errorCode).toBe("USER_NOT_IN_ORG");
    const dup = await projectOwner.call("POST", `/groups/${world.groupA}/users`, { username: world.users.groupReader, roles: ["GROUP_OWNER"] }, V2025);
    expect(dup.status).toBe(409);
    expect(dup.body.errorCode).toBe("USER_ALREADY_IN_GROUP");
    const badRole = await projectOwner.call("POST", `/groups/${world.groupA}/users`, { username: world.users.member, roles: ["ORG_OWNER"] }, V2025);
    expect(badRole.status).toBe(400);
    expect(badRole.body.errorCode).toBe("INVALID_ROLE_FOR_GROUP");
    const none = await projectOwner.call("POST", `/groups/${world.groupA}/users`, { username: world.users.member, roles: [] }, V2025);
    expect(none.status).toBe(400);
    const members = await owner.call("GET", `/groups/${world.groupA}/users`, undefined, V2025);
    expect(members.body.results.map((u: { username: string; roles: string[] }) => [u.username, u.roles]).sort()).toEqual([
      [world.users.groupOwner, ["GROUP_OWNER"]], [world.users.groupReader, ["GROUP_READ_ONLY"]],
    ].sort());
  });

  it("refuses a project reader raising their own roles and an Organization Owner handing themselves a project role; lets a Project Owner step down", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("selfish");
    const { id, token } = await invite(owner, world.orgId, email, ["ORG_MEMBER"], [{ groupId: world.groupB, groupRoles: ["GROUP_READ_ONLY"] }]);
    const { browser } = await accept(server.base, token);
    // A reader may change no roles at all, their own included (a Project Owner already holds every project role).
    const raise = await browser.atlas("PUT", `/groups/${world.groupB}/users/${id}/roles`, { groupRoles: ["GROUP_OWNER"] });
    expect(raise.status).toBe(403);
    expect(raise.body.errorCode).toBe("USER_UNAUTHORIZED");
    // An Organization Owner hands themselves no project role either.
    const me = (await owner.call("GET", `/orgs/${world.orgId}/users?username=${world.users.owner}`, undefined, V2025)).body.results[0].id;
    const self = await owner.call("POST", `/groups/${world.groupB}/users`, { username: world.users.owner, roles: ["GROUP_OWNER"] }, V2025);
    expect(self.status).toBe(403);
    expect(self.body.errorCode).toBe("CANNOT_RAISE_OWN_ROLES");
    expect((await owner.call("GET", `/groups/${world.groupB}/users/${me}`, undefined, V2025)).status).toBe(404);
    // Lowering is fine: a Project Owner may step down to read-only.
    await owner.call("PUT", `/groups/${world.groupB}/users/${id}/roles`, { groupRoles: ["GROUP_OWNER"] }, V2025);
    expect((await browser.atlas("PUT", `/groups/${world.groupB}/users/${id}/roles`, { groupRoles: ["GROUP_READ_ONLY"] })).status).toBe(200);
  });

  it("gives a pending invitee a project in their invitation, granted on acceptance", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const projectOwner = await signIn(server.base, world.users.groupOwner);
    const email = newEmail("later");
    const { id, token } = await invite(owner, world.orgId, email);
    const added = await projectOwner.call("POST", `/groups/${world.groupA}/users`, { username: email, roles: ["GROUP_READ_ONLY"] }, V2025);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id, orgMembershipStatus: "PENDING", roles: ["GROUP_READ_ONLY"] });
    expect((await owner.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body.roles.groupRoleAssignments).toEqual([{ groupId: world.groupA, groupRoles: ["GROUP_READ_ONLY"] }]);
    const { answer } = await accept(server.base, token);
    expect(answer.body.groupRoles).toEqual([{ groupId: world.groupA, orgId: world.orgId, roles: ["GROUP_READ_ONLY"] }]);
  });
});
