// What the key events name, where no other suite looks: a key created in a
// project records its project roles, a description change names its key; and
// the two refusals of a role the caller lacks say which role it takes.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { eventsOf } from "../support/events.ts";
import { signIn } from "../support/server.ts";

eachStore("key events and role refusals", (ctx) => {
  it("records a key created in a project with its project roles, and names the key whose description changed", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    let key: { id: string; publicKey: string } = { id: "", publicKey: "" };
    const created = await eventsOf(owner, world.orgId, async () => {
      key = (await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "made in Alpha", roles: ["GROUP_READ_ONLY"] })).body;
    });
    const added = created.find((e) => e.eventTypeName === "API_KEY_ADDED_TO_GROUP");
    expect(added).toMatchObject({ groupId: world.groupA, newRoles: ["GROUP_READ_ONLY"], targetApiKeyId: key.id, targetPublicKey: key.publicKey });
    const renamed = await eventsOf(owner, world.orgId, () => owner.call("PATCH", `/orgs/${world.orgId}/apiKeys/${key.id}`, { desc: "renamed" }));
    expect(renamed).toHaveLength(1);
    expect(renamed[0]).toMatchObject({ eventTypeName: "API_KEY_DESCRIPTION_CHANGED", targetApiKeyId: key.id, targetPublicKey: key.publicKey });
  });

  it("says which role a refused change takes: Organization Owner, or Project Owner", async () => {
    const { server, world } = ctx();
    const reader = await signIn(server.base, world.users.readOnly);
    const orgWide = await reader.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "refused", roles: ["ORG_MEMBER"] });
    expect(orgWide.status).toBe(403);
    expect(orgWide.body).toMatchObject({ errorCode: "USER_UNAUTHORIZED", detail: "Only an Organization Owner can do this." });
    const projectReader = await signIn(server.base, world.users.groupReader);
    const inProject = await projectReader.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "refused", roles: ["GROUP_READ_ONLY"] });
    expect(inProject.status).toBe(403);
    expect(inProject.body).toMatchObject({ errorCode: "USER_UNAUTHORIZED", detail: "Only a Project Owner or an Organization Owner can do this." });
  });
});
