// The parts of key events the recording suite does not look at: the target key
// of project assignments and description changes, the roles a project-created
// key got, the roles a removal took away, and roles as stored (each role once).
import { expect, it } from "vitest";
import type { AtlasEvent } from "../../contract/events.ts";
import { eachStore } from "../support/each-store.ts";
import { eventsOf } from "../support/events.ts";
import { signIn } from "../support/server.ts";

const target = (e: AtlasEvent) => [e.eventTypeName, e.targetApiKeyId, e.targetPublicKey];

eachStore("activity feed: key event details", (ctx) => {
  it("names the target key of a project assignment, its removal and a description change, with the roles involved", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const org = `/orgs/${world.orgId}`;
    const key = (await owner.call("POST", `${org}/apiKeys`, { desc: "detailed", roles: ["ORG_MEMBER"] })).body;
    const g = `/groups/${world.groupA}/apiKeys/${key.id}`;

    const assigned = await eventsOf(owner, world.orgId, () => owner.call("POST", g, [{ roles: ["GROUP_READ_ONLY"] }]));
    expect(assigned.map(target)).toEqual([["API_KEY_ADDED_TO_GROUP", key.id, key.publicKey]]);

    const renamed = await eventsOf(owner, world.orgId, () => owner.call("PATCH", `${org}/apiKeys/${key.id}`, { desc: "renamed" }));
    expect(renamed.map(target)).toEqual([["API_KEY_DESCRIPTION_CHANGED", key.id, key.publicKey]]);
    const renamedHere = await eventsOf(owner, world.orgId, () => owner.call("PATCH", g, { desc: "renamed again" }));
    expect(renamedHere.map((e) => [...target(e), e.groupId])).toEqual([["API_KEY_DESCRIPTION_CHANGED", key.id, key.publicKey, world.groupA]]);

    const removed = await eventsOf(owner, world.orgId, () => owner.call("DELETE", g));
    expect(removed.map((e) => [...target(e), e.oldRoles, e.newRoles])).toEqual([
      ["API_KEY_REMOVED_FROM_GROUP", key.id, key.publicKey, ["GROUP_READ_ONLY"], undefined],
    ]);
  });

  it("records the roles a key created from a project got there", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.groupOwner);
    let key = { id: "", publicKey: "" };
    const events = await eventsOf(owner, world.orgId, async () => {
      key = (await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "project bot", roles: ["GROUP_READ_ONLY"] })).body;
    });
    expect(events.map((e) => [...target(e), e.newRoles])).toEqual([
      ["API_KEY_CREATED", key.id, key.publicKey, ["ORG_MEMBER"]],
      ["API_KEY_ADDED_TO_GROUP", key.id, key.publicKey, ["GROUP_READ_ONLY"]],
    ]);
  });

  it("records a project role change with each role once, as stored, and none for the same roles repeated", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "repeated roles", roles: ["ORG_MEMBER"] })).body;
    const g = `/groups/${world.groupA}/apiKeys/${key.id}`;
    await owner.call("POST", g, [{ roles: ["GROUP_READ_ONLY"] }]);
    const changed = await eventsOf(owner, world.orgId, () => owner.call("PATCH", g, { roles: ["GROUP_OWNER", "GROUP_OWNER"] }));
    expect(changed.map((e) => [e.eventTypeName, e.oldRoles, e.newRoles])).toEqual([["API_KEY_ROLES_CHANGED", ["GROUP_READ_ONLY"], ["GROUP_OWNER"]]]);
    const listed = (await owner.call("GET", `/groups/${world.groupA}/apiKeys`)).body.results.find((k: { id: string }) => k.id === key.id);
    expect(listed.roles.filter((r: { groupId?: string }) => r.groupId)).toEqual([{ groupId: world.groupA, roleName: "GROUP_OWNER" }]);
    expect(await eventsOf(owner, world.orgId, () => owner.call("PATCH", g, { roles: ["GROUP_OWNER", "GROUP_OWNER"] }))).toEqual([]);
  });
});
