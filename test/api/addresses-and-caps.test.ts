// Malformed IPv6 forms are answered 400 (never read as some other address,
// never a 500), IPv6 entries are stored in one canonical spelling, and an
// organization holds at most LIMITS.keysPerOrg keys.
import { expect, it } from "vitest";
import { LIMITS } from "../../contract/limits.ts";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

async function newKey(ctx: Ctx) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  const { body } = await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys`, { desc: "addresses", roles: ["ORG_MEMBER"] });
  return { owner, path: `/orgs/${ctx.world.orgId}/apiKeys/${body.id}/accessList` };
}

const MALFORMED_IPV6 = [
  "12345::1", // a hextet of five digits
  "1g::1", // not hex
  "::1g",
  "1:2:3:4:5::6:7:8:9", // nine groups around "::"
  "1:2:3:4::5:6:7:8", // "::" standing for no group at all
  "1:2:3:4:5:6:7", // seven groups and no "::"
  "1::2::3",
  ":::",
  "1:2:3:4:5:6:7:8:",
  ":1:2:3:4:5:6:7:8",
  "::ffff:1.2.3", // a short IPv4 tail
  "::ffff:1.2.3.4.5",
  "::1/129",
  "::1/1x",
];

eachStore("malformed IPv6", (ctx) => {
  it.each(MALFORMED_IPV6)("answers %s with 400, in a body and in a path, and stores nothing", async (text) => {
    const { owner, path } = await newKey(ctx());
    const field = text.includes("/") ? { cidrBlock: text } : { ipAddress: text };
    const added = await owner.call("POST", path, [field]);
    expect(added.status).toBe(400);
    expect(added.body.errorCode).toBe("INVALID_IP_ADDRESS_OR_CIDR_NOTATION");
    const read = await owner.call("GET", `${path}/${encodeURIComponent(text)}`);
    expect(read.status).toBe(400);
    expect(read.body.errorCode).toBe("INVALID_IP_ADDRESS_OR_CIDR_NOTATION");
    expect((await owner.call("GET", path)).body.totalCount).toBe(0);
  });

  it("stores IPv6 entries canonically, so two spellings of one address are one entry", async () => {
    const { owner, path } = await newKey(ctx());
    const added = await owner.call("POST", path, [{ ipAddress: "2001:0DB8:0:0:0:0:0:0001" }, { cidrBlock: "2001:db8:0:1::/64" }]);
    expect(added.status).toBe(200);
    expect(added.body.results.map((e: { cidrBlock: string }) => e.cidrBlock).sort()).toEqual(["2001:db8:0:1::/64", "2001:db8::1/128"]);
    const again = await owner.call("POST", path, [{ ipAddress: "2001:db8::1" }]);
    expect(again.status).toBe(409);
    expect((await owner.call("GET", `${path}/${encodeURIComponent("2001:db8:0:0:0:0:0:1")}`)).body.ipAddress).toBe("2001:db8::1");
    const mapped = await owner.call("POST", path, [{ cidrBlock: "::ffff:192.0.2.0/120" }]);
    expect(mapped.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toContain("192.0.2.0/24");
  });
});

eachStore("the per-organization key cap", (ctx) => {
  it(`allows ${LIMITS.keysPerOrg} keys in an organization and refuses the next, from the org and from a project`, async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { store } = server.deps;
    // All but one of the cap written straight to the store: 500 HTTP creations would only be slower.
    const template = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "first", roles: ["ORG_MEMBER"] })).body;
    const row = await store.getKey(template.id);
    const existing = await store.countKeys(world.orgId);
    for (let i = existing; i < LIMITS.keysPerOrg - 1; i++) {
      await store.insertKey({ ...row!, id: (0x6000_0000_0000_0000_0000_0000n + BigInt(i)).toString(16), publicKey: `cap${String(i).padStart(5, "0")}` });
    }
    const last = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "the last one", roles: ["ORG_MEMBER"] });
    expect(last.status).toBe(200);
    const over = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "one too many", roles: ["ORG_MEMBER"] });
    expect(over.status).toBe(400);
    expect(over.body.errorCode).toBe("MAX_API_KEYS_PER_ORG_EXCEEDED");
    expect(over.body.parameters).toEqual([LIMITS.keysPerOrg]);
    expect(over.body.detail).toBe(`This organization already has the maximum of ${LIMITS.keysPerOrg} API keys. Delete unused keys first.`);
    const fromProject = await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "one too many", roles: ["GROUP_READ_ONLY"] });
    expect(fromProject.status).toBe(400);
    expect(fromProject.body.errorCode).toBe("MAX_API_KEYS_PER_ORG_EXCEEDED");
    expect(await store.countKeys(world.orgId)).toBe(LIMITS.keysPerOrg);
    expect((await owner.call("GET", `/groups/${world.groupA}/apiKeys`)).body.results.map((k: { desc: string }) => k.desc)).not.toContain("one too many");
    // Another organization is not affected.
    const other = await signIn(server.base, world.users.otherOwner);
    expect((await other.call("POST", `/orgs/${world.otherOrgId}/apiKeys`, { desc: "elsewhere", roles: ["ORG_MEMBER"] })).status).toBe(200);
  });
});
