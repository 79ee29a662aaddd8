// Projects (Atlas "groups") over real HTTP on every store: who may create,
// read, rename and delete, unique names per org, Atlas's error codes.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

eachStore("projects API", (ctx) => {
  it("creates a project for an org owner and answers it by id, by name and in the list", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const created = await owner.call("POST", "/groups", { name: "Payments (EU)", orgId: world.orgId });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: "Payments (EU)", orgId: world.orgId, clusterCount: 0 });
    expect(created.body.id).toMatch(/^[a-f0-9]{24}$/);
    expect(created.body.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.body.links[0].href).toBe(`${server.base}/api/atlas/v2/groups/${created.body.id}`);

    expect((await owner.call("GET", `/groups/${created.body.id}`)).body).toEqual(created.body);
    const byName = await owner.call("GET", `/groups/byName/${encodeURIComponent("Payments (EU)")}`);
    expect(byName.status).toBe(200);
    expect(byName.body.id).toBe(created.body.id);
    const list = await owner.call("GET", "/groups");
    expect(list.body.results.map((g: { name: string }) => g.name)).toContain("Payments (EU)");
    expect(list.body.totalCount).toBe(list.body.results.length);
  });

  it("lists only the projects the caller can see, across its organizations", async () => {
    const { server, world } = ctx();
    const reader = await signIn(server.base, world.users.groupReader);
    const names = (await reader.call("GET", "/groups")).body.results.map((g: { name: string }) => g.name);
    expect(names).toEqual(["Alpha"]);
    const other = await signIn(server.base, world.users.otherOwner);
    expect((await other.call("GET", "/groups")).body.results.map((g: { name: string }) => g.name)).toEqual(["Elsewhere"]);
    expect((await reader.call("GET", "/groups/byName/Beta")).body.errorCode).toBe("GROUP_NAME_NOT_FOUND");
    expect((await reader.call("GET", `/groups/${world.otherGroup}`)).status).toBe(404);
  });

  it("lets a Project Creator create a project, which it then owns; members and other orgs cannot", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "creator", roles: ["ORG_GROUP_CREATOR"] })).body;
    const made = await signedFetch(server.base, "/api/atlas/v2/groups", key, { method: "POST", body: { name: "Made by key", orgId: world.orgId } });
    expect(made.status).toBe(200);
    const renamed = await signedFetch(server.base, `/api/atlas/v2/groups/${made.body.id}`, key, { method: "PATCH", body: { name: "Renamed by key" } });
    expect(renamed.status).toBe(200);

    const member = await signIn(server.base, world.users.member);
    const refused = await member.call("POST", "/groups", { name: "Nope", orgId: world.orgId });
    expect(refused.status).toBe(403);
    expect(refused.body.errorCode).toBe("NOT_ORG_GROUP_CREATOR");
    const elsewhere = await owner.call("POST", "/groups", { name: "Nope", orgId: world.otherOrgId });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.errorCode).toBe("ORG_NOT_FOUND");
  });

  it("refuses a second project of the same name in one org with 409 GROUP_ALREADY_EXISTS, on create and on rename", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const dup = await owner.call("POST", "/groups", { name: "Alpha", orgId: world.orgId });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ error: 409, errorCode: "GROUP_ALREADY_EXISTS", reason: "Conflict" });
    const rename = await owner.call("PATCH", `/groups/${world.groupB}`, { name: "Alpha" });
    expect(rename.body.errorCode).toBe("GROUP_ALREADY_EXISTS");
    // The same name in another org is fine.
    const other = await signIn(server.base, world.users.otherOwner);
    const there = await other.call("POST", "/groups", { name: "Alpha", orgId: world.otherOrgId });
    expect(there.status).toBe(200);
  });

  it("answers parallel creates of one name with one project and 409s, never a 5xx", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const answers = await Promise.all(Array.from({ length: 6 }, () => owner.call("POST", "/groups", { name: "Race", orgId: world.orgId })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const all = (await owner.call("GET", "/groups")).body.results.filter((g: { name: string }) => g.name === "Race");
    expect(all).toHaveLength(1);
  });

  it("refuses bad names with 400 INVALID_GROUP_NAME", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    for (const name of ["", "x".repeat(65), " padded", "semi;colon", "new\nline"]) {
      const res = await owner.call("POST", "/groups", { name, orgId: world.orgId });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(res.body.errorCode).toBe("INVALID_GROUP_NAME");
    }
    expect((await owner.call("POST", "/groups", { name: "x".repeat(64), orgId: world.orgId })).status).toBe(200);
  });

  it("lets project owners rename; readers get 403", async () => {
    const { server, world } = ctx();
    const reader = await signIn(server.base, world.users.groupReader);
    expect((await reader.call("PATCH", `/groups/${world.groupA}`, { name: "Mine" })).status).toBe(403);
    const groupOwner = await signIn(server.base, world.users.groupOwner);
    const res = await groupOwner.call("PATCH", `/groups/${world.groupA}`, { name: "Alpha 2" });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("Alpha 2");
    expect((await reader.call("GET", `/groups/${world.groupA}`)).body.name).toBe("Alpha 2");
    await groupOwner.call("PATCH", `/groups/${world.groupA}`, { name: "Alpha" });
  });

  it("deletes a project with its key assignments; the keys stay in the org", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const project = (await owner.call("POST", "/groups", { name: "Short-lived", orgId: world.orgId })).body;
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "assigned", roles: ["ORG_MEMBER"] })).body;
    await owner.call("POST", `/groups/${project.id}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    await owner.call("POST", `/groups/${world.groupB}/apiKeys/${key.id}`, [{ roles: ["GROUP_OWNER"] }]);

    const reader = await signIn(server.base, world.users.readOnly);
    expect((await reader.call("DELETE", `/groups/${project.id}`)).status).toBe(403);
    const gone = await owner.call("DELETE", `/groups/${project.id}`);
    expect(gone.status).toBe(204);
    expect((await owner.call("GET", `/groups/${project.id}`)).body.errorCode).toBe("GROUP_NOT_FOUND");
    expect((await owner.call("DELETE", `/groups/${project.id}`)).status).toBe(404);
    const after = (await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`)).body;
    expect(after.roles).toEqual([
      { orgId: world.orgId, roleName: "ORG_MEMBER" },
      { groupId: world.groupB, roleName: "GROUP_OWNER" },
    ]);
  });
});
