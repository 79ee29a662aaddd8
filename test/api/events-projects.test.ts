// Projects and the organization in the activity feed: create, rename and
// delete a project, rename the org, each with exactly its event, its actor
// (session or Digest key) and the names; a refused change writes none and
// changes nothing.
import { expect, it } from "vitest";
import type { AtlasEvent } from "../../contract/events.ts";
import { signedFetch } from "../support/digest-client.ts";
import { eachStore } from "../support/each-store.ts";
import { eventsOf } from "../support/events.ts";
import { signIn } from "../support/server.ts";

const pick = (e: AtlasEvent) => ({
  type: e.eventTypeName, groupId: e.groupId, oldName: e.oldName, newName: e.newName, user: e.targetUsername, key: e.targetPublicKey, roles: e.newRoles,
});

eachStore("activity feed: projects and the organization", (ctx) => {
  it("records a project created, renamed and deleted in the console, with its names", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    let groupId = "";
    const created = await eventsOf(owner, world.orgId, async () => {
      groupId = (await owner.call("POST", "/groups", { name: "Gamma", orgId: world.orgId })).body.id;
    });
    // An org owner already owns every project: no role is granted, so one event.
    expect(created.map(pick)).toEqual([{ type: "GROUP_CREATED", groupId, oldName: undefined, newName: "Gamma", user: undefined, key: undefined, roles: undefined }]);
    expect(created[0]).toMatchObject({ orgId: world.orgId, username: world.users.owner, remoteAddress: "127.0.0.1" });
    expect(created[0]?.userId).toMatch(/^[a-f0-9]{24}$/);

    const renamed = await eventsOf(owner, world.orgId, () => owner.call("PATCH", `/groups/${groupId}`, { name: "Gamma 2" }));
    expect(renamed.map((e) => [e.eventTypeName, e.groupId, e.oldName, e.newName, e.username])).toEqual([
      ["GROUP_NAME_CHANGED", groupId, "Gamma", "Gamma 2", world.users.owner],
    ]);
    expect(await eventsOf(owner, world.orgId, () => owner.call("PATCH", `/groups/${groupId}`, { name: "Gamma 2" }))).toEqual([]);

    const deleted = await eventsOf(owner, world.orgId, () => owner.call("DELETE", `/groups/${groupId}`));
    expect(deleted.map((e) => [e.eventTypeName, e.groupId, e.oldName, e.username])).toEqual([["GROUP_DELETED", groupId, "Gamma 2", world.users.owner]]);
  });

  it("records a project made by a Project Creator key over Digest, and the owner role it gave", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const caller = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "creator", roles: ["ORG_GROUP_CREATOR"] })).body;
    let groupId = "";
    const created = await eventsOf(owner, world.orgId, async () => {
      const res = await signedFetch(server.base, "/api/atlas/v2/groups", caller, { method: "POST", body: { name: "Made by a key", orgId: world.orgId } });
      expect(res.status).toBe(200);
      groupId = res.body.id;
    });
    expect(created.map(pick)).toEqual([
      { type: "GROUP_CREATED", groupId, oldName: undefined, newName: "Made by a key", user: undefined, key: undefined, roles: undefined },
      { type: "API_KEY_ADDED_TO_GROUP", groupId, oldName: undefined, newName: undefined, user: undefined, key: caller.publicKey, roles: ["GROUP_OWNER"] },
    ]);
    for (const e of created) {
      expect(e).toMatchObject({ apiKeyId: caller.id, publicKey: caller.publicKey, remoteAddress: "127.0.0.1" });
      expect(e.username).toBeUndefined();
    }
    const renamed = await eventsOf(owner, world.orgId, async () => {
      const res = await signedFetch(server.base, `/api/atlas/v2/groups/${groupId}`, caller, { method: "PATCH", body: { name: "Renamed by a key" } });
      expect(res.status).toBe(200);
    });
    expect(renamed.map((e) => [e.eventTypeName, e.oldName, e.newName, e.publicKey])).toEqual([
      ["GROUP_NAME_CHANGED", "Made by a key", "Renamed by a key", caller.publicKey],
    ]);
    const deleted = await eventsOf(owner, world.orgId, async () => {
      expect((await signedFetch(server.base, `/api/atlas/v2/groups/${groupId}`, caller, { method: "DELETE" })).status).toBe(204);
    });
    expect(deleted.map((e) => [e.eventTypeName, e.groupId, e.oldName, e.publicKey])).toEqual([["GROUP_DELETED", groupId, "Renamed by a key", caller.publicKey]]);
  });

  it("records the user a new project's owner role went to", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const member = await server.deps.store.getUserByEmail(world.users.member);
    let groupId = "";
    const created = await eventsOf(owner, world.orgId, async () => {
      groupId = (await owner.call("POST", `/groups?projectOwnerId=${member?.id}`, { name: "Owned by a member", orgId: world.orgId })).body.id;
    });
    expect(created.map(pick)).toEqual([
      { type: "GROUP_CREATED", groupId, oldName: undefined, newName: "Owned by a member", user: undefined, key: undefined, roles: undefined },
      { type: "JOINED_GROUP", groupId, oldName: undefined, newName: undefined, user: world.users.member, key: undefined, roles: ["GROUP_OWNER"] },
    ]);
  });

  it("records an organization renamed in the console and by a key, only when the name changes", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const org = `/orgs/${world.orgId}`;
    const before = (await owner.call("GET", org)).body.name as string;
    const renamed = await eventsOf(owner, world.orgId, () => owner.call("PATCH", org, { name: "Acme Renamed" }));
    expect(renamed.map((e) => [e.eventTypeName, e.groupId, e.oldName, e.newName, e.username])).toEqual([
      ["ORG_RENAMED", undefined, before, "Acme Renamed", world.users.owner],
    ]);
    expect(await eventsOf(owner, world.orgId, () => owner.call("PATCH", org, { name: "Acme Renamed" }))).toEqual([]);
    const caller = (await owner.call("POST", `${org}/apiKeys`, { desc: "org owner key", roles: ["ORG_OWNER"] })).body;
    const back = await eventsOf(owner, world.orgId, async () => {
      expect((await signedFetch(server.base, `/api/atlas/v2${org}`, caller, { method: "PATCH", body: { name: before } })).status).toBe(200);
    });
    expect(back.map((e) => [e.eventTypeName, e.oldName, e.newName, e.apiKeyId, e.publicKey])).toEqual([
      ["ORG_RENAMED", "Acme Renamed", before, caller.id, caller.publicKey],
    ]);
  });

  it("writes no event for a refused project or organization change, and changes nothing", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const reader = await signIn(server.base, world.users.groupReader);
    const member = await signIn(server.base, world.users.member);
    const stranger = await server.deps.store.getUserByEmail(world.users.otherOwner);
    const org = `/orgs/${world.orgId}`;
    const projectsBefore = (await owner.call("GET", `${org}/groups`)).body.results;
    const orgBefore = (await owner.call("GET", org)).body;
    const none = await eventsOf(owner, world.orgId, async () => {
      const statuses = [
        (await owner.call("POST", "/groups", { name: "Alpha", orgId: world.orgId })).status,
        (await member.call("POST", "/groups", { name: "Not allowed", orgId: world.orgId })).status,
        (await owner.call("POST", `/groups?projectOwnerId=${stranger?.id}`, { name: "Foreign owner", orgId: world.orgId })).status,
        (await owner.call("POST", "/groups", { name: "", orgId: world.orgId })).status,
        (await owner.call("PATCH", `/groups/${world.groupA}`, { name: "Beta" })).status,
        (await reader.call("PATCH", `/groups/${world.groupA}`, { name: "Reader's" })).status,
        (await reader.call("DELETE", `/groups/${world.groupA}`)).status,
        (await owner.call("DELETE", `/groups/${"0".repeat(24)}`)).status,
        (await member.call("PATCH", org, { name: "Member's org" })).status,
        (await owner.call("PATCH", org, { name: "" })).status,
      ];
      expect(statuses).toEqual([409, 403, 400, 400, 409, 403, 403, 404, 403, 400]);
    });
    expect(none).toEqual([]);
    expect((await owner.call("GET", `${org}/groups`)).body.results).toEqual(projectsBefore);
    expect((await owner.call("GET", org)).body).toEqual(orgBefore);
  });
});
