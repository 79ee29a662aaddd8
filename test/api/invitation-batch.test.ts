// Our batch invitation (the console's Invite Users with several emails) over
// real HTTP on every store: all are invited, each with a link of their own,
// or, when one cannot be, none is.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { eventsOf } from "../support/events.ts";
import { newEmail, tokenOf, V2025 } from "../support/people.ts";
import { signIn } from "../support/server.ts";

eachStore("batch invitations", (ctx) => {
  it("invites several people with the same roles, each with their own one-time link", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const emails = [newEmail("batch"), newEmail("batch"), newEmail("batch")];
    const roles = { orgRoles: ["ORG_READ_ONLY"], groupRoleAssignments: [{ groupId: world.groupA, groupRoles: ["GROUP_READ_ONLY"] }] };
    let res: Awaited<ReturnType<typeof owner.call>> | undefined;
    const events = await eventsOf(owner, world.orgId, async () => (res = await owner.call("POST", `/orgs/${world.orgId}/invitations`, { usernames: emails, roles }, V2025)));
    expect(res?.status).toBe(201);
    const results = res?.body.results as { username: string; orgMembershipStatus: string; invitationUrl: string }[];
    expect(results.map((r) => [r.username, r.orgMembershipStatus])).toEqual(emails.map((e) => [e, "PENDING"]));
    expect(new Set(results.map((r) => tokenOf(r.invitationUrl))).size).toBe(3);
    expect(events.filter((e) => e.eventTypeName === "INVITED_TO_ORG").map((e) => e.targetUsername)).toEqual(emails);
  });

  it("invites nobody when one of them cannot be invited, or the list is wrong", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const fresh = [newEmail("none"), newEmail("none")];
    const roles = { orgRoles: ["ORG_MEMBER"] };
    const conflict = await owner.call("POST", `/orgs/${world.orgId}/invitations`, { usernames: [fresh[0], world.users.member, fresh[1]], roles }, V2025);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ errorCode: "USER_ALREADY_IN_ORG", parameters: [world.users.member] });
    const cases: [unknown, string][] = [
      [{ usernames: [fresh[0], fresh[0]], roles }, "VALIDATION_ERROR"],
      [{ usernames: [fresh[0], "nope"], roles }, "INVALID_USERNAME"],
      [{ usernames: [], roles }, "VALIDATION_ERROR"],
      [{ usernames: Array.from({ length: 51 }, (_, i) => `p${i}@many.test`), roles }, "VALIDATION_ERROR"],
      [{ usernames: fresh, roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [{ groupId: world.otherGroup, groupRoles: ["GROUP_OWNER"] }] } }, "GROUP_NOT_FOUND"],
    ];
    for (const [body, code] of cases) expect((await owner.call("POST", `/orgs/${world.orgId}/invitations`, body, V2025)).body.errorCode).toBe(code);
    for (const email of fresh) expect(await server.deps.store.getUserByEmail(email)).toBeUndefined();
    const member = await signIn(server.base, world.users.member);
    expect((await member.call("POST", `/orgs/${world.orgId}/invitations`, { usernames: fresh, roles }, V2025)).status).toBe(403);
  });
});
