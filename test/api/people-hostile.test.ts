// Hostile input for every people-management write, on every store: wrong
// types, NUL, oversize, unknown and another organization's ids, and the same
// invitation sent in parallel. Each answer is a 4xx Atlas error body, never a
// 5xx, and the organization's people are as they were.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { newEmail, V2025 } from "../support/people.ts";
import { signIn } from "../support/server.ts";

const NUL = "a\u0000b@acme.test";
const LONG = `${"x".repeat(300)}@acme.test`;
const ZERO = "0".repeat(24);

eachStore("people management: hostile input", (ctx) => {
  it("refuses each bad write with a 4xx error body, and leaves the people as they were", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const other = await signIn(server.base, world.users.otherOwner);
    const people = async () => (await owner.call("GET", `/orgs/${world.orgId}/users?orgMembershipStatuses=ACTIVE&orgMembershipStatuses=PENDING&itemsPerPage=500`, undefined, V2025)).body;
    const member = (await owner.call("GET", `/orgs/${world.orgId}/users?username=${world.users.member}`, undefined, V2025)).body.results[0].id as string;
    const stranger = (await other.call("GET", `/orgs/${world.otherOrgId}/users?username=${world.users.otherOwner}`, undefined, V2025)).body.results[0].id as string;
    const before = await people();

    const o = `/orgs/${world.orgId}`;
    const g = `/groups/${world.groupA}`;
    const cases: [string, string, unknown][] = [
      ["POST", `${o}/users`, { username: NUL, roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["POST", `${o}/users`, { username: LONG, roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["POST", `${o}/users`, { username: newEmail("types"), roles: "ORG_MEMBER" }],
      ["POST", `${o}/users`, { username: 42, roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["POST", `${o}/users`, { username: newEmail("group"), roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [{ groupId: ZERO, groupRoles: ["GROUP_OWNER"] }] } }],
      ["POST", `${o}/users`, { username: newEmail("other-group"), roles: { orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [{ groupId: world.otherGroup, groupRoles: ["GROUP_OWNER"] }] } }],
      ["POST", `${o}/invitations`, { usernames: "x@acme.test", roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["POST", `${o}/invitations`, { usernames: [newEmail("ok"), NUL], roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["POST", `${o}/invitations`, { usernames: [newEmail("ok"), LONG], roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["PATCH", `${o}/users/${member}`, { roles: { orgRoles: "ORG_OWNER" } }],
      ["PATCH", `${o}/users/${member}`, { roles: { orgRoles: ["ORG\u0000OWNER"] } }],
      ["PATCH", `${o}/users/${ZERO}`, { roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["PATCH", `${o}/users/${stranger}`, { roles: { orgRoles: ["ORG_MEMBER"] } }],
      ["PUT", `${o}/users/${member}/roles`, { orgRoles: [1] }],
      ["PUT", `${o}/users/${stranger}/roles`, { orgRoles: ["ORG_MEMBER"] }],
      ["DELETE", `${o}/users/${stranger}`, undefined],
      ["POST", `${o}/users/${stranger}/invitationLink`, undefined],
      ["POST", `${o}/users/${ZERO}/passwordResetLink`, undefined],
      ["POST", `${o}/users/${stranger}/passwordResetLink`, undefined],
      ["POST", `${g}/users`, { username: world.users.member, roles: "GROUP_OWNER" }],
      ["POST", `${g}/users`, { username: NUL, roles: ["GROUP_OWNER"] }],
      ["POST", `${g}/users`, { username: world.users.otherOwner, roles: ["GROUP_OWNER"] }],
      ["PUT", `${g}/users/${ZERO}/roles`, { groupRoles: ["GROUP_OWNER"] }],
      ["PUT", `${g}/users/${stranger}/roles`, { groupRoles: ["GROUP_OWNER"] }],
      ["DELETE", `${g}/users/${stranger}`, undefined],
    ];
    for (const [method, path, body] of cases) {
      const res = await owner.call(method, path, body, V2025);
      const what = `${method} ${path} ${JSON.stringify(body)} -> ${res.status} ${JSON.stringify(res.body)}`;
      expect(res.status, what).toBeGreaterThanOrEqual(400);
      expect(res.status, what).toBeLessThan(500);
      expect(typeof res.body.errorCode, what).toBe("string");
    }
    expect(await people()).toEqual(before);
    expect((await other.call("GET", `/orgs/${world.otherOrgId}/users/${stranger}`, undefined, V2025)).body.roles.orgRoles).toEqual(["ORG_OWNER"]);
  });

  it("invites the same address once when asked five times at once", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("parallel");
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => owner.call("POST", `/orgs/${world.orgId}/users`, { username: email, roles: { orgRoles: ["ORG_MEMBER"] } }, V2025)),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const listed = (await owner.call("GET", `/orgs/${world.orgId}/users?username=${encodeURIComponent(email)}`, undefined, V2025)).body.results;
    expect(listed).toHaveLength(1);
  });
});
