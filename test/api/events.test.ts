// Every change writes exactly its event, with its actor and target; a refused
// change writes none; the feed's filters, paging and visibility rules hold.
import { expect, it } from "vitest";
import type { AtlasEvent } from "../../contract/events.ts";
import { signedFetch } from "../support/digest-client.ts";
import { eachStore } from "../support/each-store.ts";
import { eventsOf, feed } from "../support/events.ts";
import { signIn } from "../support/server.ts";

const pick = (e: AtlasEvent) => ({ type: e.eventTypeName, groupId: e.groupId, target: e.targetPublicKey, entry: e.whitelistEntry });

eachStore("activity feed: recording", (ctx) => {
  it("records each change to a key by a console user, with who, from where and what", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const org = `/orgs/${world.orgId}`;
    let key = { id: "", publicKey: "" };
    const created = await eventsOf(owner, world.orgId, async () => {
      key = (await owner.call("POST", `${org}/apiKeys`, { desc: "audited", roles: ["ORG_MEMBER"] })).body;
    });
    expect(created).toHaveLength(1);
    const [event] = created;
    expect(event).toMatchObject({
      eventTypeName: "API_KEY_CREATED", orgId: world.orgId, username: world.users.owner, remoteAddress: "127.0.0.1",
      isGlobalAdmin: false, targetPublicKey: key.publicKey, targetApiKeyId: key.id, newRoles: ["ORG_MEMBER"],
    });
    expect(event?.userId).toMatch(/^[a-f0-9]{24}$/);
    expect(event?.groupId).toBeUndefined();
    expect(event?.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(event?.links[0]?.href).toBe(`${server.base}/api/atlas/v2${org}/events/${event?.id}`);

    const desc = await eventsOf(owner, world.orgId, () => owner.call("PATCH", `${org}/apiKeys/${key.id}`, { desc: "renamed", roles: ["ORG_MEMBER"] }));
    expect(desc.map((e) => [e.eventTypeName, e.oldDesc, e.newDesc])).toEqual([["API_KEY_DESCRIPTION_CHANGED", "audited", "renamed"]]);
    const roles = await eventsOf(owner, world.orgId, () => owner.call("PATCH", `${org}/apiKeys/${key.id}`, { roles: ["ORG_READ_ONLY"] }));
    expect(roles.map((e) => [e.eventTypeName, e.oldRoles, e.newRoles])).toEqual([["API_KEY_ROLES_CHANGED", ["ORG_MEMBER"], ["ORG_READ_ONLY"]]]);
    expect(await eventsOf(owner, world.orgId, () => owner.call("PATCH", `${org}/apiKeys/${key.id}`, { desc: "renamed" }))).toEqual([]);

    const added = await eventsOf(owner, world.orgId, () =>
      owner.call("POST", `${org}/apiKeys/${key.id}/accessList`, [{ ipAddress: "192.0.2.7" }, { cidrBlock: "198.51.100.0/24" }]),
    );
    expect(added.map(pick)).toEqual([
      { type: "API_KEY_ACCESS_LIST_ENTRY_ADDED", groupId: undefined, target: key.publicKey, entry: "192.0.2.7" },
      { type: "API_KEY_ACCESS_LIST_ENTRY_ADDED", groupId: undefined, target: key.publicKey, entry: "198.51.100.0/24" },
    ]);
    const removed = await eventsOf(owner, world.orgId, () => owner.call("DELETE", `${org}/apiKeys/${key.id}/accessList/198.51.100.0%2F24`));
    expect(removed.map(pick)).toEqual([{ type: "API_KEY_ACCESS_LIST_ENTRY_DELETED", groupId: undefined, target: key.publicKey, entry: "198.51.100.0/24" }]);

    const g = `/groups/${world.groupA}/apiKeys/${key.id}`;
    const assigned = await eventsOf(owner, world.orgId, () => owner.call("POST", g, [{ roles: ["GROUP_READ_ONLY"] }]));
    expect(assigned.map((e) => [e.eventTypeName, e.groupId, e.newRoles])).toEqual([["API_KEY_ADDED_TO_GROUP", world.groupA, ["GROUP_READ_ONLY"]]]);
    const changed = await eventsOf(owner, world.orgId, () => owner.call("PATCH", g, { roles: ["GROUP_OWNER"] }));
    expect(changed.map((e) => [e.eventTypeName, e.groupId, e.oldRoles, e.newRoles])).toEqual([
      ["API_KEY_ROLES_CHANGED", world.groupA, ["GROUP_READ_ONLY"], ["GROUP_OWNER"]],
    ]);
    const left = await eventsOf(owner, world.orgId, () => owner.call("DELETE", g));
    expect(left.map(pick)).toEqual([{ type: "API_KEY_REMOVED_FROM_GROUP", groupId: world.groupA, target: key.publicKey, entry: undefined }]);

    const deleted = await eventsOf(owner, world.orgId, () => owner.call("DELETE", `${org}/apiKeys/${key.id}`));
    expect(deleted.map(pick)).toEqual([{ type: "API_KEY_DELETED", groupId: undefined, target: key.publicKey, entry: undefined }]);
  });

  it("records a project-created key in the org feed and its assignment in the project feed", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.groupOwner);
    let key = { id: "", publicKey: "" };
    const events = await eventsOf(owner, world.orgId, async () => {
      key = (await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "project bot", roles: ["GROUP_OWNER"] })).body;
    });
    expect(events.map(pick)).toEqual([
      { type: "API_KEY_CREATED", groupId: undefined, target: key.publicKey, entry: undefined },
      { type: "API_KEY_ADDED_TO_GROUP", groupId: world.groupA, target: key.publicKey, entry: undefined },
    ]);
    const project = await feed(owner, `/groups/${world.groupA}/events`);
    expect(project[0]).toMatchObject({ eventTypeName: "API_KEY_ADDED_TO_GROUP", groupId: world.groupA, targetPublicKey: key.publicKey });
    expect(project.every((e) => e.groupId === world.groupA)).toBe(true);
  });

  it("names the calling key as the actor of a change made over Digest", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const caller = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "automation", roles: ["ORG_OWNER"] })).body;
    let made = { publicKey: "" };
    const events = await eventsOf(owner, world.orgId, async () => {
      const res = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/apiKeys`, caller, {
        method: "POST", body: { desc: "made by a key", roles: ["ORG_MEMBER"] },
      });
      expect(res.status).toBe(200);
      made = res.body;
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventTypeName: "API_KEY_CREATED", apiKeyId: caller.id, publicKey: caller.publicKey, targetPublicKey: made.publicKey, remoteAddress: "127.0.0.1" });
    expect(events[0]?.userId).toBeUndefined();
    expect(events[0]?.username).toBeUndefined();
  });

  it("records each org setting only when it changes, by name, never its value", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const settings = `/orgs/${world.orgId}/settings`;
    const on = await eventsOf(owner, world.orgId, () => owner.call("PATCH", settings, { apiAccessListRequired: true }));
    expect(on.map((e) => e.eventTypeName)).toEqual(["ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"]);
    expect(await eventsOf(owner, world.orgId, () => owner.call("PATCH", settings, { apiAccessListRequired: true }))).toEqual([]);
    const off = await eventsOf(owner, world.orgId, () => owner.call("PATCH", settings, { apiAccessListRequired: false }));
    expect(off.map((e) => e.eventTypeName)).toEqual(["ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"]);
    const patch = { multiFactorAuthRequired: true, genAIFeaturesEnabled: false, operationsContact: "ops@acme.test" };
    const others = await eventsOf(owner, world.orgId, () => owner.call("PATCH", settings, patch));
    expect(others.map((e) => [e.eventTypeName, e.settings])).toEqual([
      ["ORG_TWO_FACTOR_AUTH_REQUIRED", undefined],
      ["ORG_SETTINGS_CHANGED", ["genAIFeaturesEnabled", "operationsContact"]],
    ]);
    expect(JSON.stringify(others)).not.toContain("ops@acme.test");
    expect(await eventsOf(owner, world.orgId, () => owner.call("PATCH", settings, patch))).toEqual([]);
    // Left on, it would send the next tests' sign-ins to two-factor enrolment (two-factor-required.test.ts).
    await owner.call("PATCH", settings, { multiFactorAuthRequired: false });
  });

  it("writes no event for a refused or failed change", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const member = await signIn(server.base, world.users.groupOwner);
    const org = `/orgs/${world.orgId}`;
    const key = (await owner.call("POST", `${org}/apiKeys`, { desc: "target", roles: ["ORG_MEMBER"] })).body;
    await owner.call("POST", `${org}/apiKeys/${key.id}/accessList`, [{ ipAddress: "192.0.2.1" }]);
    await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    const none = await eventsOf(owner, world.orgId, async () => {
      const statuses = [
        (await owner.call("POST", `${org}/apiKeys`, { desc: "x", roles: ["ORG_GOD"] })).status,
        (await member.call("POST", `${org}/apiKeys`, { desc: "x", roles: ["ORG_MEMBER"] })).status,
        (await member.call("PATCH", `${org}/settings`, { apiAccessListRequired: true })).status,
        (await owner.call("POST", `${org}/apiKeys/${key.id}/accessList`, [{ ipAddress: "192.0.2.9" }, { ipAddress: "192.0.2.1" }])).status,
        (await owner.call("DELETE", `${org}/apiKeys/${key.id}/accessList/203.0.113.5`)).status,
        (await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }])).status,
        (await owner.call("DELETE", `/groups/${world.groupB}/apiKeys/${key.id}`)).status,
        (await owner.call("PATCH", `${org}/apiKeys/${"0".repeat(24)}`, { desc: "ghost" })).status,
        (await owner.call("DELETE", `${org}/apiKeys/${"0".repeat(24)}`)).status,
      ];
      expect(statuses).toEqual([400, 403, 403, 409, 404, 400, 404, 404, 404]);
    });
    expect(none).toEqual([]);
  });
});
