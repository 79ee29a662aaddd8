import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

eachStore("who may do what", (ctx) => {
  it("lets org read-only and members read keys but not create, edit or delete them", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "k", roles: ["ORG_MEMBER"] });
    for (const email of [world.users.readOnly, world.users.member]) {
      const user = await signIn(server.base, email);
      expect((await user.call("GET", `/orgs/${world.orgId}/apiKeys`)).status).toBe(200);
      expect((await user.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`)).status).toBe(200);
      expect((await user.call("GET", `/orgs/${world.orgId}/settings`)).status).toBe(200);
      const denied = [
        await user.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "no", roles: ["ORG_MEMBER"] }),
        await user.call("PATCH", `/orgs/${world.orgId}/apiKeys/${key.id}`, { desc: "no" }),
        await user.call("DELETE", `/orgs/${world.orgId}/apiKeys/${key.id}`),
        await user.call("POST", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`, [{ ipAddress: "192.0.2.9" }]),
        await user.call("PATCH", `/orgs/${world.orgId}/settings`, { apiAccessListRequired: true }),
      ];
      expect(denied.map((d) => d.status)).toEqual([403, 403, 403, 403, 403]);
      expect(denied[0]?.body.errorCode).toBe("USER_UNAUTHORIZED");
    }
    const still = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    expect(still.body.desc).toBe("k");
    expect((await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`)).body.totalCount).toBe(0);
    expect((await owner.call("GET", `/orgs/${world.orgId}/settings`)).body.apiAccessListRequired).toBe(false);
  });

  it("lets a project owner manage that project's keys only", async () => {
    const { server, world } = ctx();
    const pOwner = await signIn(server.base, world.users.groupOwner);
    expect((await pOwner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "ok", roles: ["GROUP_READ_ONLY"] })).status).toBe(200);
    const other = await pOwner.call("POST", `/groups/${world.groupB}/apiKeys`, { desc: "no", roles: ["GROUP_READ_ONLY"] });
    expect(other.status).toBe(404);
    expect((await pOwner.call("GET", `/groups/${world.groupB}/apiKeys`)).status).toBe(404);
    expect((await pOwner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "no", roles: ["ORG_MEMBER"] })).status).toBe(403);
    const reader = await signIn(server.base, world.users.groupReader);
    expect((await reader.call("GET", `/groups/${world.groupA}/apiKeys`)).status).toBe(200);
    expect((await reader.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "no", roles: ["GROUP_READ_ONLY"] })).status).toBe(403);
  });

  it("shows members only their projects, and owners and read-only users all of them", async () => {
    const { server, world } = ctx();
    const names = async (email: string) =>
      (await (await signIn(server.base, email)).call("GET", `/orgs/${world.orgId}/groups`)).body.results.map(
        (g: { name: string }) => g.name,
      );
    expect(await names(world.users.owner)).toEqual(["Alpha", "Beta"]);
    expect(await names(world.users.readOnly)).toEqual(["Alpha", "Beta"]);
    expect(await names(world.users.groupReader)).toEqual(["Alpha"]);
    expect(await names(world.users.member)).toEqual([]);
  });

  it("never shows one organization to another", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "private", roles: ["ORG_MEMBER"] });
    const other = await signIn(server.base, world.users.otherOwner);
    const orgs = await other.call("GET", "/orgs");
    expect(orgs.body.results.map((o: { id: string }) => o.id)).toEqual([world.otherOrgId]);
    const probes = [
      await other.call("GET", `/orgs/${world.orgId}`),
      await other.call("GET", `/orgs/${world.orgId}/apiKeys`),
      await other.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`),
      await other.call("DELETE", `/orgs/${world.orgId}/apiKeys/${key.id}`),
      await other.call("GET", `/orgs/${world.orgId}/groups`),
      await other.call("GET", `/groups/${world.groupA}`),
      await other.call("GET", `/groups/${world.groupA}/apiKeys`),
      await other.call("GET", `/orgs/${world.otherOrgId}/apiKeys/${key.id}`),
    ];
    expect(probes.map((p) => p.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    expect((await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`)).status).toBe(200);
  });

  it("lets an owner turn the access-list requirement on and off", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.otherOwner);
    const on = await owner.call("PATCH", `/orgs/${world.otherOrgId}/settings`, { apiAccessListRequired: true });
    // The whole settings object comes back: Atlas's defaults for what nobody has set.
    expect(on.body).toEqual({ apiAccessListRequired: true, genAIFeaturesEnabled: true, maxServiceAccountSecretValidityInHours: 8760 });
    expect((await owner.call("GET", `/orgs/${world.otherOrgId}/settings`)).body.apiAccessListRequired).toBe(true);
    await owner.call("PATCH", `/orgs/${world.otherOrgId}/settings`, { apiAccessListRequired: false });
    const bad = await owner.call("PATCH", `/orgs/${world.otherOrgId}/settings`, { apiAccessListRequired: "yes" });
    expect(bad.status).toBe(400);
  });
});
