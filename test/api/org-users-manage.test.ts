// Org users over real HTTP on every store: invite (PENDING with a one-time
// link), list and get, change roles, remove; who may; the last owner; bad
// input changing nothing; events without links or tokens.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { accept, invite, newEmail, V2025 } from "../support/people.ts";
import { eventsOf } from "../support/events.ts";
import { signIn } from "../support/server.ts";

eachStore("org users", (ctx) => {
  it("invites a new email as a PENDING user with org and project roles, once, and lists it", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("pending");
    let created: Awaited<ReturnType<typeof invite>> | undefined;
    const events = await eventsOf(owner, world.orgId, async () => {
      created = await invite(owner, world.orgId, email.toUpperCase(), ["ORG_READ_ONLY"], [{ groupId: world.groupA, groupRoles: ["GROUP_READ_ONLY"] }]);
    });
    const body = created?.body;
    expect(body).toMatchObject({
      username: email, orgMembershipStatus: "PENDING", inviterUsername: world.users.owner, teamIds: [],
      roles: { orgRoles: ["ORG_READ_ONLY"], groupRoleAssignments: [{ groupId: world.groupA, groupRoles: ["GROUP_READ_ONLY"] }] },
    });
    expect(body.invitationUrl).toMatch(new RegExp(`^${server.base}/invitation#[0-9a-f]{64}$`));
    expect(Date.parse(body.invitationExpiresAt) - Date.parse(body.invitationCreatedAt)).toBe(30 * 86_400_000);

    const { invitationUrl, ...listed } = body;
    const list = await owner.call("GET", `/orgs/${world.orgId}/users?username=${encodeURIComponent(email)}`, undefined, V2025);
    expect(list.body.results).toEqual([listed]);
    expect((await owner.call("GET", `/orgs/${world.orgId}/users/${body.id}`, undefined, V2025)).body).toEqual(listed);
    const project = await owner.call("GET", `/groups/${world.groupA}/users/${body.id}`, undefined, V2025);
    expect(project.body).toMatchObject({ orgMembershipStatus: "PENDING", roles: ["GROUP_READ_ONLY"] });
    // The 2023-01-01 shape lists active members only.
    expect((await owner.call("GET", `/orgs/${world.orgId}/users?username=${encodeURIComponent(email)}`)).body.results).toEqual([]);
    // A pending member holds no role anywhere and cannot sign in.
    expect((await fetch(`${server.base}/api/private/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password: "x" }) })).status).toBe(401);

    expect(events.map((e) => e.eventTypeName)).toEqual(["INVITED_TO_ORG", "INVITED_TO_GROUP"]);
    const token = invitationUrl.split("#")[1];
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(server.logs)).not.toContain(token);
  });

  it("refuses a second invitation of a pending or active member (409) and bad bodies (400), creating nothing", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("twice");
    await invite(owner, world.orgId, email);
    const again = await owner.call("POST", `/orgs/${world.orgId}/users`, { username: email, roles: { orgRoles: ["ORG_OWNER"] } }, V2025);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 409, errorCode: "USER_ALREADY_IN_ORG", reason: "Conflict" });
    const member = await owner.call("POST", `/orgs/${world.orgId}/users`, { username: world.users.member, roles: { orgRoles: ["ORG_MEMBER"] } }, V2025);
    expect(member.body.errorCode).toBe("USER_ALREADY_IN_ORG");

    const fresh = newEmail("bad");
    const cases: [unknown, number, string][] = [
      [{ username: "not-an-email", roles: { orgRoles: ["ORG_MEMBER"] } }, 400, "INVALID_USERNAME"],
      [{ username: fresh, roles: { orgRoles: ["GROUP_OWNER"] } }, 400, "INVALID_ROLE_FOR_ORG"],
      [{ username: fresh, roles: { orgRoles: [] } }, 400, "VALIDATION_ERROR"],
      [{ username: fresh, roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [{ groupId: world.groupA, groupRoles: ["ORG_OWNER"] }] } }, 400, "INVALID_ROLE_FOR_GROUP"],
      [{ username: fresh, roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [{ groupId: world.otherGroup, groupRoles: ["GROUP_OWNER"] }] } }, 404, "GROUP_NOT_FOUND"],
      [{ username: fresh, roles: { orgRoles: ["ORG_MEMBER"] }, teamIds: ["0123456789abcdef01234567"] }, 400, "VALIDATION_ERROR"],
      [{ username: fresh, roles: { orgRoles: ["ORG_MEMBER"] }, password: "x" }, 400, "INVALID_ATTRIBUTE"],
      [{ username: fresh, roles: { orgRoles: ["ORG_MEMBER", "ORG_MEMBER"] } }, 400, "VALIDATION_ERROR"],
    ];
    for (const [body, status, code] of cases) {
      const res = await owner.call("POST", `/orgs/${world.orgId}/users`, body, V2025);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body).toMatchObject({ error: status, errorCode: code });
      expect(Object.keys(res.body)).toEqual(expect.arrayContaining(["error", "errorCode", "detail", "reason", "parameters"]));
    }
    expect(await server.deps.store.getUserByEmail(fresh)).toBeUndefined();
  });

  it("lets only Organization Owners of this org invite, change and remove (403 for members, 404 elsewhere)", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { id } = await invite(owner, world.orgId, newEmail("rights"));
    for (const who of [world.users.member, world.users.readOnly, world.users.groupOwner]) {
      const client = await signIn(server.base, who);
      expect((await client.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).status).toBe(200);
      expect((await client.call("POST", `/orgs/${world.orgId}/users`, { username: newEmail("x"), roles: { orgRoles: ["ORG_MEMBER"] } }, V2025)).status).toBe(403);
      expect((await client.call("PATCH", `/orgs/${world.orgId}/users/${id}`, { roles: { orgRoles: ["ORG_OWNER"] } }, V2025)).status).toBe(403);
      expect((await client.call("DELETE", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).status).toBe(403);
    }
    const stranger = await signIn(server.base, world.users.otherOwner);
    expect((await stranger.call("DELETE", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body.errorCode).toBe("ORG_NOT_FOUND");
    expect((await owner.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body.orgMembershipStatus).toBe("PENDING");
  });

  it("changes an active member's org and project roles, recording only real changes", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { id, token } = await invite(owner, world.orgId, newEmail("roles"));
    expect((await accept(server.base, token)).answer.status).toBe(200);
    const body = { roles: { orgRoles: ["ORG_READ_ONLY"], groupRoleAssignments: [{ groupId: world.groupB, groupRoles: ["GROUP_OWNER"] }] } };
    let res: Awaited<ReturnType<typeof owner.call>> | undefined;
    const events = await eventsOf(owner, world.orgId, async () => (res = await owner.call("PATCH", `/orgs/${world.orgId}/users/${id}`, body, V2025)));
    expect(res?.status).toBe(200);
    expect(res?.body).toMatchObject({ orgMembershipStatus: "ACTIVE", roles: body.roles, firstName: "Ines" });
    expect(events.map((e) => [e.eventTypeName, e.groupId, e.oldRoles, e.newRoles])).toEqual([
      ["USER_ROLES_CHANGED_AUDIT", undefined, ["ORG_MEMBER"], ["ORG_READ_ONLY"]],
      ["JOINED_GROUP", world.groupB, undefined, ["GROUP_OWNER"]],
    ]);
    // Project roles stay when only orgRoles are sent; an empty list of projects withdraws them.
    expect((await owner.call("PATCH", `/orgs/${world.orgId}/users/${id}`, { roles: { orgRoles: ["ORG_READ_ONLY"] } }, V2025)).body.roles.groupRoleAssignments).toHaveLength(1);
    const cleared = await owner.call("PATCH", `/orgs/${world.orgId}/users/${id}`, { roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [] } }, V2025);
    expect(cleared.body.roles).toEqual({ orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [] });
    const bad = await owner.call("PATCH", `/orgs/${world.orgId}/users/${id}`, { roles: { orgRoles: ["ORG_OWNER"], groupRoleAssignments: [{ groupId: world.otherGroup, groupRoles: ["GROUP_OWNER"] }] } }, V2025);
    expect(bad.status).toBe(404);
    expect((await owner.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body.roles.orgRoles).toEqual(["ORG_MEMBER"]);
  });

  it("keeps the last Organization Owner and refuses anyone raising their own roles", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const me = (await owner.call("GET", `/orgs/${world.orgId}/users?username=${world.users.owner}`, undefined, V2025)).body.results[0].id;
    const demote = await owner.call("PATCH", `/orgs/${world.orgId}/users/${me}`, { roles: { orgRoles: ["ORG_MEMBER"] } }, V2025);
    expect(demote.status).toBe(403);
    expect(demote.body.errorCode).toBe("CANNOT_DEMOTE_LAST_ORG_OWNER");
    const remove = await owner.call("DELETE", `/orgs/${world.orgId}/users/${me}`, undefined, V2025);
    expect(remove.status).toBe(403);
    expect(remove.body.errorCode).toBe("CANNOT_DELETE_LAST_ADMIN");
    const raise = await owner.call("PATCH", `/orgs/${world.orgId}/users/${me}`, { roles: { orgRoles: ["ORG_OWNER"], groupRoleAssignments: [{ groupId: world.groupA, groupRoles: ["GROUP_OWNER"] }] } }, V2025);
    expect(raise.status).toBe(403);
    expect(raise.body.errorCode).toBe("CANNOT_RAISE_OWN_ROLES");
    expect((await owner.call("GET", `/orgs/${world.orgId}/users/${me}`, undefined, V2025)).body.roles).toEqual({ orgRoles: ["ORG_OWNER"], groupRoleAssignments: [] });

    // With a second owner, the first may step down; the second is then the last.
    const { id: second, token } = await invite(owner, world.orgId, newEmail("owner"), ["ORG_OWNER"]);
    const { browser } = await accept(server.base, token);
    expect((await owner.call("PATCH", `/orgs/${world.orgId}/users/${me}`, { roles: { orgRoles: ["ORG_MEMBER"] } }, V2025)).status).toBe(200);
    expect((await browser.atlas("DELETE", `/orgs/${world.orgId}/users/${second}`)).body.errorCode).toBe("CANNOT_DELETE_LAST_ADMIN");
    expect((await browser.atlas("PATCH", `/orgs/${world.orgId}/users/${me}`, { roles: { orgRoles: ["ORG_OWNER"] } })).status).toBe(200);
  });

  it("lets only one of two owners demoting each other at once succeed", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const a = await invite(owner, world.orgId, newEmail("owner-a"), ["ORG_OWNER"]);
    const b = await invite(owner, world.orgId, newEmail("owner-b"), ["ORG_OWNER"]);
    const [ca, cb] = [(await accept(server.base, a.token)).browser, (await accept(server.base, b.token)).browser];
    const me = (await owner.call("GET", `/orgs/${world.orgId}/users?username=${world.users.owner}`, undefined, V2025)).body.results[0].id;
    // Only a and b stay owners (earlier tests may have made others), then each removes the other at the same moment.
    for (const m of await server.deps.store.listOrgMembers(world.orgId)) {
      if (m.roles.includes("ORG_OWNER") && m.user.id !== a.id && m.user.id !== b.id) await server.deps.store.setUserOrgRoles({ userId: m.user.id, scopeId: world.orgId, roles: ["ORG_MEMBER"] });
    }
    const answers = await Promise.all([ca.atlas("DELETE", `/orgs/${world.orgId}/users/${b.id}`), cb.atlas("DELETE", `/orgs/${world.orgId}/users/${a.id}`)]);
    // The loser is refused as the last owner (403) or, when the winner committed first, finds its session ended (401).
    expect(answers.map((x) => x.status).filter((st) => st === 204)).toHaveLength(1);
    expect(answers.map((x) => x.status).every((st) => [204, 401, 403].includes(st))).toBe(true);
    const owners = (await server.deps.store.listOrgMembers(world.orgId)).filter((m) => m.roles.includes("ORG_OWNER"));
    expect(owners).toHaveLength(1);
    // Give the world its owner back for the tests after this one.
    const last = answers[0]?.status === 204 ? ca : cb;
    expect((await last.atlas("PATCH", `/orgs/${world.orgId}/users/${me}`, { roles: { orgRoles: ["ORG_OWNER"] } })).status).toBe(200);
  });

  it("removes a member from the org and all its projects and ends their open session at once", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("leaver");
    const { id, token } = await invite(owner, world.orgId, email, ["ORG_MEMBER"], [{ groupId: world.groupA, groupRoles: ["GROUP_OWNER"] }]);
    const { browser } = await accept(server.base, token);
    expect((await browser.atlas("GET", `/groups/${world.groupA}`)).status).toBe(200);
    const events = await eventsOf(owner, world.orgId, async () => expect((await owner.call("DELETE", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).status).toBe(204));
    expect(events.map((e) => [e.eventTypeName, e.targetUsername])).toEqual([["REMOVED_FROM_ORG", email]]);
    expect((await browser.atlas("GET", `/groups/${world.groupA}`)).status).toBe(401);
    expect((await browser.send("GET", "/api/private/me")).status).toBe(401);
    expect(await server.deps.store.listUserGroupRoles(id)).toEqual([]);
    expect((await owner.call("GET", `/groups/${world.groupA}/users/${id}`, undefined, V2025)).status).toBe(404);
    expect((await owner.call("DELETE", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).body.errorCode).toBe("USER_NOT_FOUND");
  });

  it("filters by membership status and refuses both status parameters at once", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    await invite(owner, world.orgId, newEmail("filter"));
    const pending = await owner.call("GET", `/orgs/${world.orgId}/users?orgMembershipStatuses=PENDING`, undefined, V2025);
    expect(pending.body.results.length).toBeGreaterThan(0);
    expect(pending.body.results.every((u: { orgMembershipStatus: string }) => u.orgMembershipStatus === "PENDING")).toBe(true);
    const both = await owner.call("GET", `/orgs/${world.orgId}/users?orgMembershipStatuses=PENDING&orgMembershipStatuses=ACTIVE`, undefined, V2025);
    expect(both.body.totalCount).toBe((await owner.call("GET", `/orgs/${world.orgId}/users`, undefined, V2025)).body.totalCount);
    const clash = await owner.call("GET", `/orgs/${world.orgId}/users?orgMembershipStatus=ACTIVE&orgMembershipStatuses=PENDING`, undefined, V2025);
    expect(clash.status).toBe(400);
    expect(clash.body.errorCode).toBe("MUTUALLY_EXCLUSIVE_QUERY_PARAMETERS");
  });
});
