// What the org key endpoints store and show, read back with a later GET: roles
// once each, a PATCH changing only what it names, and each key's own projects.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

type Role = { roleName: string; orgId?: string; groupId?: string };
const names = (roles: Role[], scope: "orgId" | "groupId") => roles.filter((r) => r[scope]).map((r) => r.roleName).sort();

eachStore("org key changes", (ctx) => {
  it("stores org roles once each, on create and on PATCH", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const created = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "dups", roles: ["ORG_MEMBER", "ORG_READ_ONLY", "ORG_MEMBER"] });
    expect(names(created.body.roles, "orgId")).toEqual(["ORG_MEMBER", "ORG_READ_ONLY"]);
    const path = `/orgs/${world.orgId}/apiKeys/${created.body.id}`;
    expect(names((await owner.call("GET", path)).body.roles, "orgId")).toEqual(["ORG_MEMBER", "ORG_READ_ONLY"]);
    await owner.call("PATCH", path, { roles: ["ORG_BILLING_ADMIN", "ORG_BILLING_ADMIN"] });
    expect(names((await owner.call("GET", path)).body.roles, "orgId")).toEqual(["ORG_BILLING_ADMIN"]);
  });

  it("keeps the roles when a PATCH has only a description, and the description when it has only roles", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "before", roles: ["ORG_READ_ONLY"] });
    const path = `/orgs/${world.orgId}/apiKeys/${key.id}`;
    await owner.call("PATCH", path, { desc: "after" });
    const afterDesc = (await owner.call("GET", path)).body;
    expect(afterDesc.desc).toBe("after");
    expect(names(afterDesc.roles, "orgId")).toEqual(["ORG_READ_ONLY"]);
    await owner.call("PATCH", path, { roles: ["ORG_MEMBER"] });
    const afterRoles = (await owner.call("GET", path)).body;
    expect(afterRoles.desc).toBe("after");
    expect(names(afterRoles.roles, "orgId")).toEqual(["ORG_MEMBER"]);
  });

  it("shows, in the org list and for one key, each key's own project assignments only", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: assigned } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "assigned", roles: ["ORG_MEMBER"] });
    const { body: alone } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "alone", roles: ["ORG_MEMBER"] });
    await owner.call("POST", `/groups/${world.groupA}/apiKeys/${assigned.id}`, [{ roles: ["GROUP_OWNER"] }]);
    const list = (await owner.call("GET", `/orgs/${world.orgId}/apiKeys?itemsPerPage=500`)).body.results as { id: string; roles: Role[] }[];
    expect(names(list.find((k) => k.id === assigned.id)!.roles, "groupId")).toEqual(["GROUP_OWNER"]);
    expect(names(list.find((k) => k.id === alone.id)!.roles, "groupId")).toEqual([]);
    expect(names((await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${alone.id}`)).body.roles, "groupId")).toEqual([]);
  });

  it("answers 404 for another organization's key under this organization's path, and leaves it alone", async () => {
    const { server, world } = ctx();
    const other = await signIn(server.base, world.users.otherOwner);
    const { body: theirs } = await other.call("POST", `/orgs/${world.otherOrgId}/apiKeys`, { desc: "theirs", roles: ["ORG_MEMBER"] });
    const owner = await signIn(server.base, world.users.owner);
    const path = `/orgs/${world.orgId}/apiKeys/${theirs.id}`;
    const answers = [await owner.call("GET", path), await owner.call("PATCH", path, { desc: "mine now" }), await owner.call("DELETE", path)];
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
    expect((await other.call("GET", `/orgs/${world.otherOrgId}/apiKeys/${theirs.id}`)).body.desc).toBe("theirs");
  });
});
