import { expect, it } from "vitest";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

async function newKey(ctx: Ctx) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  const { body } = await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys`, { desc: "acl", roles: ["ORG_MEMBER"] });
  return { owner, path: `/orgs/${ctx.world.orgId}/apiKeys/${body.id}/accessList`, keyId: body.id as string, key: body as { publicKey: string; privateKey: string } };
}

eachStore("API key access lists", (ctx) => {
  it("adds addresses and blocks in one request and echoes IPs as /32 and /128", async () => {
    const { owner, path } = await newKey(ctx());
    const res = await owner.call("POST", path, [
      { ipAddress: "192.0.2.10" },
      { cidrBlock: "198.51.100.0/24" },
      { ipAddress: "2001:db8::1" },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.totalCount).toBe(3);
    const byBlock = Object.fromEntries(res.body.results.map((e: { cidrBlock: string }) => [e.cidrBlock, e]));
    expect(byBlock["192.0.2.10/32"]).toMatchObject({ ipAddress: "192.0.2.10", count: 0 });
    expect(byBlock["198.51.100.0/24"].ipAddress).toBeUndefined();
    expect(byBlock["2001:db8::1/128"]).toMatchObject({ ipAddress: "2001:db8::1" });
    expect(byBlock["192.0.2.10/32"].created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("reads and deletes one entry, with a CIDR's slash sent as %2F", async () => {
    const { owner, path } = await newKey(ctx());
    await owner.call("POST", path, [{ cidrBlock: "203.0.113.0/24" }, { ipAddress: "192.0.2.44" }]);
    const one = await owner.call("GET", `${path}/203.0.113.0%2F24`);
    expect(one.status).toBe(200);
    expect(one.body.cidrBlock).toBe("203.0.113.0/24");
    expect((await owner.call("GET", `${path}/192.0.2.44`)).body.ipAddress).toBe("192.0.2.44");
    expect((await owner.call("DELETE", `${path}/203.0.113.0%2F24`)).status).toBe(204);
    expect((await owner.call("GET", `${path}/203.0.113.0%2F24`)).status).toBe(404);
    const list = await owner.call("GET", path);
    expect(list.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["192.0.2.44/32"]);
    const missing = await owner.call("DELETE", `${path}/10.9.9.9`);
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("API_KEY_ACCESS_LIST_NOT_FOUND");
  });

  it("stores IPv4-mapped IPv6 entries as the IPv4 they match: shown, linked and deleted as that, and matching a caller on 127.0.0.1", async () => {
    const { owner, path, key } = await newKey(ctx());
    const added = await owner.call("POST", path, [{ ipAddress: "::ffff:127.0.0.1" }, { cidrBlock: "::ffff:10.0.0.0/104" }]);
    expect(added.status).toBe(200);
    const blocks = added.body.results.map((e: { cidrBlock: string; ipAddress?: string }) => [e.cidrBlock, e.ipAddress ?? null]);
    expect(blocks.sort()).toEqual([["10.0.0.0/8", null], ["127.0.0.1/32", "127.0.0.1"]]);
    const link = added.body.results.find((e: { cidrBlock: string }) => e.cidrBlock === "10.0.0.0/8").links[0].href;
    expect(link).toMatch(/\/accessList\/10\.0\.0\.0%2F8$/);
    // The same entry by its IPv4 or its mapped form is one entry.
    expect((await owner.call("POST", path, [{ ipAddress: "127.0.0.1" }])).status).toBe(409);
    expect((await owner.call("GET", `${path}/${encodeURIComponent("::ffff:127.0.0.1")}`)).body.cidrBlock).toBe("127.0.0.1/32");
    // This test calls from 127.0.0.1: the key, restricted to the mapped entry (and 10/8), lets it in.
    expect((await signedFetch(ctx().server.base, `/api/atlas/v2/orgs/${ctx().world.orgId}`, key)).status).toBe(200);
    expect((await owner.call("DELETE", `${path}/${encodeURIComponent("::ffff:10.0.0.0/104")}`)).status).toBe(204);
    const left = await owner.call("GET", path);
    expect(left.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["127.0.0.1/32"]);
  });

  it("refuses a duplicate entry with 409 and adds nothing of that batch", async () => {
    const { owner, path } = await newKey(ctx());
    await owner.call("POST", path, [{ ipAddress: "192.0.2.1" }]);
    const dup = await owner.call("POST", path, [{ ipAddress: "192.0.2.2" }, { cidrBlock: "192.0.2.1/32" }]);
    expect(dup.status).toBe(409);
    expect(dup.body.errorCode).toBe("ADDRESS_ALREADY_IN_ACCESS_LIST");
    const list = await owner.call("GET", path);
    expect(list.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["192.0.2.1/32"]);
  });

  it("keeps one row when the same entry is added concurrently", async () => {
    const { owner, path } = await newKey(ctx());
    const answers = await Promise.all(Array.from({ length: 6 }, () => owner.call("POST", path, [{ ipAddress: "192.0.2.77" }])));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(5);
    expect((await owner.call("GET", path)).body.totalCount).toBe(1);
  });

  it("rejects a bad address anywhere in a batch and writes nothing", async () => {
    const { owner, path } = await newKey(ctx());
    for (const bad of [{ ipAddress: "300.1.1.1" }, { cidrBlock: "10.0.0.0/33" }, { ipAddress: "not-an-ip" }, { cidrBlock: "10.0.0.1" }]) {
      const res = await owner.call("POST", path, [{ ipAddress: "192.0.2.5" }, bad]);
      expect(res.status).toBe(400);
      expect(res.body.errorCode).toBe("INVALID_IP_ADDRESS_OR_CIDR_NOTATION");
    }
    const both = await owner.call("POST", path, [{ ipAddress: "192.0.2.5", cidrBlock: "192.0.2.0/24" }]);
    expect(both.status).toBe(400);
    const repeated = await owner.call("POST", path, [{ ipAddress: "192.0.2.5" }, { cidrBlock: "192.0.2.5/32" }]);
    expect(repeated.body.errorCode).toBe("DUPLICATE_ADDRESSES_IN_INPUT");
    expect((await owner.call("GET", path)).body.totalCount).toBe(0);
    const badPath = await owner.call("GET", `${path}/999.1.1.1`);
    expect(badPath.status).toBe(400);
    expect(badPath.body.errorCode).toBe("INVALID_IP_ADDRESS_OR_CIDR_NOTATION");
  });

  it("caps a key at 200 entries with a clear error", async () => {
    const { owner, path } = await newKey(ctx());
    const entries = Array.from({ length: 200 }, (_, i) => ({ ipAddress: `10.0.${Math.floor(i / 256)}.${i % 256}` }));
    const full = await owner.call("POST", `${path}?itemsPerPage=500`, entries);
    expect(full.status).toBe(200);
    expect(full.body.totalCount).toBe(200);
    const over = await owner.call("POST", path, [{ ipAddress: "10.9.9.9" }]);
    expect(over.status).toBe(400);
    expect(over.body.errorCode).toBe("MAX_ACCESS_LIST_ENTRIES_EXCEEDED");
    expect((await owner.call("GET", path)).body.totalCount).toBe(200);
    const tooMany = await owner.call("POST", path, Array.from({ length: 201 }, (_, i) => ({ ipAddress: `10.1.0.${i}` })));
    expect(tooMany.status).toBe(400);
  });
});
