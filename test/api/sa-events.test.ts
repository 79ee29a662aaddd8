// Service-account changes write Atlas's SERVICE_ACCOUNT_* events in the same
// transaction: one per change, naming the account by client ID, never a
// secret or its hash; a refused request writes none.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { createAccount, saCalls } from "../support/sa-client.ts";
import { signIn } from "../support/server.ts";

eachStore("service account events", (ctx) => {
  async function eventsOf(clientId: string) {
    const owner = await signIn(ctx().server.base, ctx().world.users.owner);
    const res = await owner.call("GET", `/orgs/${ctx().world.orgId}/events?itemsPerPage=500`);
    expect(res.status).toBe(200);
    const mine = res.body.results.filter((e: { targetClientId?: string }) => e.targetClientId === clientId);
    return { types: mine.map((e: { eventTypeName: string }) => e.eventTypeName).reverse() as string[], events: mine, raw: JSON.stringify(res.body) };
  }

  it("records each change of an org account, oldest first, with no secret", async () => {
    const owner = await signIn(ctx().server.base, ctx().world.users.owner);
    const sa = saCalls(owner);
    const account = await createAccount(owner, ctx().world.orgId);
    const path = `/orgs/${ctx().world.orgId}/serviceAccounts/${account.clientId}`;
    await sa("PATCH", path, { name: "Renamed", roles: ["ORG_READ_ONLY"] });
    await sa("PATCH", path, { name: "Renamed", roles: ["ORG_READ_ONLY"] });
    const second = await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 });
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })).status).toBe(400);
    await sa("DELETE", `${path}/secrets/${account.secretId}`);
    await sa("POST", `${path}/accessList`, [{ ipAddress: "192.0.2.7" }, { cidrBlock: "198.51.100.0/24" }]);
    await sa("DELETE", `${path}/accessList/192.0.2.7`);
    await sa("POST", `/groups/${ctx().world.groupA}/serviceAccounts/${account.clientId}:invite`, { roles: ["GROUP_READ_ONLY"] });
    await sa("DELETE", `/groups/${ctx().world.groupA}/serviceAccounts/${account.clientId}`);
    await sa("DELETE", path);
    const { types, events, raw } = await eventsOf(account.clientId);
    expect(types).toEqual([
      "SERVICE_ACCOUNT_CREATED",
      "SERVICE_ACCOUNT_DETAILS_CHANGED",
      "SERVICE_ACCOUNT_ROLES_CHANGED",
      "SERVICE_ACCOUNT_SECRET_ADDED",
      "SERVICE_ACCOUNT_SECRET_DELETED",
      "SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_ADDED",
      "SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_ADDED",
      "SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_DELETED",
      "SERVICE_ACCOUNT_ADDED_TO_GROUP",
      "SERVICE_ACCOUNT_REMOVED_FROM_GROUP",
      "SERVICE_ACCOUNT_DELETED",
    ]);
    const roles = events.find((e: { eventTypeName: string }) => e.eventTypeName === "SERVICE_ACCOUNT_ROLES_CHANGED");
    expect(roles).toMatchObject({ oldRoles: ["ORG_MEMBER"], newRoles: ["ORG_READ_ONLY"], username: ctx().world.users.owner });
    const deleted = events.find((e: { eventTypeName: string }) => e.eventTypeName === "SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_DELETED");
    expect(deleted.whitelistEntry).toBe("192.0.2.7");
    for (const secret of [account.secret, second.body.secret]) expect(raw).not.toContain(secret.slice(10));
  });

  it("records a project-created account in both feeds", async () => {
    const groupOwner = saCalls(await signIn(ctx().server.base, ctx().world.users.groupOwner));
    const made = await groupOwner("POST", `/groups/${ctx().world.groupA}/serviceAccounts`, {
      name: "Alpha bot", description: "x", roles: ["GROUP_READ_ONLY"], secretExpiresAfterHours: 8,
    });
    expect(made.status).toBe(201);
    const { types, events } = await eventsOf(made.body.clientId);
    expect(types).toEqual(["SERVICE_ACCOUNT_CREATED", "SERVICE_ACCOUNT_ADDED_TO_GROUP"]);
    expect(events[0]).toMatchObject({ groupId: ctx().world.groupA, newRoles: ["GROUP_READ_ONLY"] });
  });
});
