// Org rename, the full settings object, and the members lists in both of
// Atlas's shapes, over real HTTP on every store.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

const V2025 = "application/vnd.atlas.2025-02-19+json";

eachStore("org administration", (ctx) => {
  it("renames the organization for owners only", async () => {
    const { server, world } = ctx();
    const reader = await signIn(server.base, world.users.readOnly);
    const refused = await reader.call("PATCH", `/orgs/${world.orgId}`, { name: "Taken over" });
    expect(refused.status).toBe(403);
    const owner = await signIn(server.base, world.users.owner);
    const res = await owner.call("PATCH", `/orgs/${world.orgId}`, { name: "Acme Holdings" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: world.orgId, name: "Acme Holdings", isDeleted: false });
    expect((await reader.call("GET", `/orgs/${world.orgId}`)).body.name).toBe("Acme Holdings");
    // A client that read the org and sends it back with a new name succeeds too.
    const echoed = await owner.call("PATCH", `/orgs/${world.orgId}`, { ...res.body, name: "Acme" });
    expect(echoed.status).toBe(200);
    const other = await signIn(server.base, world.users.otherOwner);
    expect((await other.call("PATCH", `/orgs/${world.orgId}`, { name: "Mine" })).status).toBe(404);
  });

  it("keeps every settings field as given and answers it back; a round trip succeeds", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const before = (await owner.call("GET", `/orgs/${world.orgId}/settings`)).body;
    expect(before).toMatchObject({ apiAccessListRequired: false, genAIFeaturesEnabled: true, maxServiceAccountSecretValidityInHours: 8760 });
    const patch = {
      customSessionTimeouts: { absoluteSessionTimeoutInSeconds: 43200, idleSessionTimeoutInSeconds: 1800 },
      genAIFeaturesEnabled: false,
      maxServiceAccountSecretValidityInHours: 48,
      // Not true: the member's sign-in below would then be led to two-factor enrolment (two-factor-required.test.ts).
      multiFactorAuthRequired: false,
      operationsContact: null,
      restrictEmployeeAccess: true,
      securityContact: "sec@acme.test",
      streamsCrossGroupEnabled: false,
    };
    const res = await owner.call("PATCH", `/orgs/${world.orgId}/settings`, patch);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ apiAccessListRequired: false, ...patch });
    const roundTrip = await owner.call("PATCH", `/orgs/${world.orgId}/settings`, res.body);
    expect(roundTrip.body).toEqual(res.body);
    const reader = await signIn(server.base, world.users.member);
    expect((await reader.call("GET", `/orgs/${world.orgId}/settings`)).body).toEqual(res.body);
    expect((await reader.call("PATCH", `/orgs/${world.orgId}/settings`, { genAIFeaturesEnabled: true })).status).toBe(403);
  });

  it("refuses an empty operationsContact (null clears it) and changes nothing", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const before = (await owner.call("GET", `/orgs/${world.orgId}/settings`)).body;
    const res = await owner.call("PATCH", `/orgs/${world.orgId}/settings`, { operationsContact: "", genAIFeaturesEnabled: !before.genAIFeaturesEnabled });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("VALIDATION_ERROR");
    expect((await owner.call("GET", `/orgs/${world.orgId}/settings`)).body).toEqual(before);
  });

  it("enforces apiAccessListRequired: a key without entries is refused while it is on", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "no list", roles: ["ORG_READ_ONLY"] })).body;
    expect((await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, key)).status).toBe(200);
    await owner.call("PATCH", `/orgs/${world.orgId}/settings`, { apiAccessListRequired: true, securityContact: "a@acme.test" });
    const refused = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, key);
    expect(refused.status).toBe(403);
    expect(refused.body.errorCode).toBe("ORG_REQUIRES_ACCESS_LIST");
    await owner.call("PATCH", `/orgs/${world.orgId}/settings`, { apiAccessListRequired: false });
    expect((await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, key)).status).toBe(200);
  });

  it("lists org members in the 2025-02-19 shape and, unversioned, in the 2023-01-01 shape", async () => {
    const { server, world } = ctx();
    const member = await signIn(server.base, world.users.member);
    const res = await member.call("GET", `/orgs/${world.orgId}/users`, undefined, { Accept: V2025 });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.atlas.2025-02-19+json;charset=utf-8");
    const owner = res.body.results.find((u: { username: string }) => u.username === world.users.owner);
    expect(owner).toMatchObject({ orgMembershipStatus: "ACTIVE", roles: { orgRoles: ["ORG_OWNER"], groupRoleAssignments: [] }, teamIds: [] });
    const alpha = res.body.results.find((u: { username: string }) => u.username === world.users.groupOwner);
    expect(alpha.roles).toEqual({ orgRoles: ["ORG_MEMBER"], groupRoleAssignments: [{ groupId: world.groupA, groupRoles: ["GROUP_OWNER"] }] });
    expect(res.body.totalCount).toBe(5);
    expect(res.body.results.some((u: { username: string }) => u.username === world.users.otherOwner)).toBe(false);

    const old = await member.call("GET", `/orgs/${world.orgId}/users?itemsPerPage=2&pageNum=1`, undefined, { Accept: "application/json" });
    expect(old.headers.get("content-type")).toBe("application/vnd.atlas.2023-01-01+json;charset=utf-8");
    expect(old.body.results).toHaveLength(2);
    expect(old.body.results[0]).toMatchObject({ emailAddress: old.body.results[0].username, teamIds: [] });
    const filtered = await member.call("GET", `/orgs/${world.orgId}/users?username=${encodeURIComponent(world.users.groupOwner)}`);
    expect(filtered.body.results.map((u: { roles: unknown }) => u.roles)).toEqual([[
      { orgId: world.orgId, roleName: "ORG_MEMBER" },
      { groupId: world.groupA, roleName: "GROUP_OWNER" },
    ]]);
    const pending = await member.call("GET", `/orgs/${world.orgId}/users?orgMembershipStatus=PENDING`, undefined, { Accept: V2025 });
    expect(pending.body.results).toEqual([]);
  });

  it("lists project members for project readers; others get 404", async () => {
    const { server, world } = ctx();
    const reader = await signIn(server.base, world.users.groupReader);
    const res = await reader.call("GET", `/groups/${world.groupA}/users`, undefined, { Accept: V2025 });
    expect(res.status).toBe(200);
    expect(res.body.results.map((u: { username: string; roles: string[] }) => [u.username, u.roles])).toEqual([
      [world.users.groupOwner, ["GROUP_OWNER"]],
      [world.users.groupReader, ["GROUP_READ_ONLY"]],
    ]);
    expect((await reader.call("GET", `/groups/${world.groupB}/users`)).status).toBe(404);
    expect((await reader.call("GET", `/groups/${world.otherGroup}/users`)).status).toBe(404);
  });
});
