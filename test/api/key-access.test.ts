// What a key may do once signed in: access lists, org requirement, roles, usage.
import { expect, it } from "vitest";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

type Key = { id: string; publicKey: string; privateKey: string };

async function keyWith(ctx: Ctx, roles: string[], entries: object[] = []) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  const key = (await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys`, { desc: "access", roles })).body as Key;
  if (entries.length) await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys/${key.id}/accessList`, entries);
  return { owner, key };
}

eachStore("API key access", (ctx) => {
  it("accepts a key only from an address on its access list", async () => {
    const { server, world } = ctx();
    const path = `/api/atlas/v2/orgs/${world.orgId}`;
    const { owner, key } = await keyWith(ctx(), ["ORG_MEMBER"], [{ cidrBlock: "10.0.0.0/8" }]);
    const denied = await signedFetch(server.base, path, key);
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ errorCode: "IP_ADDRESS_NOT_ON_ACCESS_LIST", parameters: ["127.0.0.1"] });
    await owner.call("POST", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`, [{ ipAddress: "127.0.0.1" }]);
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
  });

  it.each([
    ["0.0.0.0/0", 200],
    ["127.0.0.1/32", 200],
    ["127.0.0.0/8", 200],
    ["127.0.0.2/32", 403],
    ["126.0.0.0/8", 403],
    ["::/0", 403],
  ])("entry %s from 127.0.0.1 answers %i", async (cidrBlock, status) => {
    const { server, world } = ctx();
    const { key } = await keyWith(ctx(), ["ORG_MEMBER"], [{ cidrBlock }]);
    expect((await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, key)).status).toBe(status);
  });

  it("refuses keys without entries while the org requires an access list", async () => {
    const { server, world } = ctx();
    const { owner, key } = await keyWith(ctx(), ["ORG_OWNER"]);
    await owner.call("PATCH", `/orgs/${world.orgId}/settings`, { apiAccessListRequired: true });
    try {
      const res = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, key);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ errorCode: "ORG_REQUIRES_ACCESS_LIST", parameters: ["127.0.0.1"] });
      const { key: listed } = await keyWith(ctx(), ["ORG_MEMBER"], [{ ipAddress: "127.0.0.1" }]);
      expect((await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, listed)).status).toBe(200);
    } finally {
      await owner.call("PATCH", `/orgs/${world.orgId}/settings`, { apiAccessListRequired: false });
    }
  });

  it("does not let a key remove the entry it is calling from", async () => {
    const { server, world } = ctx();
    const { key } = await keyWith(ctx(), ["ORG_OWNER"], [{ ipAddress: "127.0.0.1" }, { ipAddress: "192.0.2.8" }]);
    const base = `/api/atlas/v2/orgs/${world.orgId}/apiKeys/${key.id}/accessList`;
    const self = await signedFetch(server.base, `${base}/127.0.0.1`, key, { method: "DELETE" });
    expect(self.status).toBe(400);
    expect(self.body.errorCode).toBe("CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST");
    expect((await signedFetch(server.base, `${base}/192.0.2.8`, key, { method: "DELETE" })).status).toBe(204);
    const left = await signedFetch(server.base, base, key);
    expect(left.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["127.0.0.1/32"]);
  });

  it("applies the same role checks to keys as to users", async () => {
    const { server, world } = ctx();
    const { key: reader } = await keyWith(ctx(), ["ORG_READ_ONLY"]);
    expect((await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/apiKeys`, reader)).status).toBe(200);
    const create = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/apiKeys`, reader, {
      method: "POST",
      body: { desc: "nope", roles: ["ORG_MEMBER"] },
    });
    expect(create.status).toBe(403);

    const owner = await signIn(server.base, world.users.owner);
    const projectKey = (await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "alpha", roles: ["GROUP_READ_ONLY"] }))
      .body as Key;
    expect((await signedFetch(server.base, `/api/atlas/v2/groups/${world.groupA}/apiKeys`, projectKey)).status).toBe(200);
    expect((await signedFetch(server.base, `/api/atlas/v2/groups/${world.groupB}/apiKeys`, projectKey)).status).toBe(404);
    const groups = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/groups`, projectKey);
    expect(groups.body.results.map((g: { id: string }) => g.id)).toEqual([world.groupA]);

    const other = await signIn(server.base, world.users.otherOwner);
    const foreign = (await other.call("POST", `/orgs/${world.otherOrgId}/apiKeys`, { desc: "x", roles: ["ORG_OWNER"] })).body as Key;
    expect((await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/apiKeys`, foreign)).status).toBe(404);
    expect((await signedFetch(server.base, `/api/atlas/v2/groups/${world.groupA}`, foreign)).status).toBe(404);
    const orgs = await signedFetch(server.base, "/api/atlas/v2/orgs", foreign);
    expect(orgs.body.results.map((o: { id: string }) => o.id)).toEqual([world.otherOrgId]);
  });

  it("records usage per entry and per key", async () => {
    const { server, world } = ctx();
    const { owner, key } = await keyWith(ctx(), ["ORG_MEMBER"], [{ cidrBlock: "127.0.0.0/8" }, { ipAddress: "192.0.2.1" }]);
    const before = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    expect(before.body.lastUsed).toBeNull();
    for (let i = 0; i < 3; i++) await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}`, key);
    await server.usage.flush();
    const entries = (await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`)).body.results;
    const used = entries.find((e: { cidrBlock: string }) => e.cidrBlock === "127.0.0.0/8");
    expect(used).toMatchObject({ count: 3, lastUsedAddress: "127.0.0.1" });
    expect(Date.now() - Date.parse(used.lastUsed)).toBeLessThan(60_000);
    const idle = entries.find((e: { cidrBlock: string }) => e.cidrBlock === "192.0.2.1/32");
    expect(idle.count).toBe(0);
    expect(idle.lastUsed).toBeUndefined();
    const after = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    expect(Date.now() - Date.parse(after.body.lastUsed)).toBeLessThan(60_000);
  });
});
