// The whole error body of each refusal the security core makes: clients show
// `detail` to people and read `parameters` (Atlas names the offending value
// there), so both are part of the answer, not decoration.
import { expect, it } from "vitest";
import { LIMITS } from "../../contract/limits.ts";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

async function ownerAndKey(ctx: Ctx) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  const { body } = await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys`, { desc: "bodies", roles: ["ORG_MEMBER"] });
  return { owner, keyId: body.id as string, list: `/orgs/${ctx.world.orgId}/apiKeys/${body.id}/accessList` };
}

eachStore("error bodies of the security core", (ctx) => {
  it("names an address that is not an address, given in the path (a body's entries are checked by its schema first)", async () => {
    const { owner, list } = await ownerAndKey(ctx());
    const read = await owner.call("GET", `${list}/999.1.1.1`);
    expect(read.status).toBe(400);
    expect(read.body).toEqual({
      error: 400,
      errorCode: "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
      detail: "The address 999.1.1.1 must be in valid IP address or CIDR notation.",
      reason: "Bad Request",
      parameters: ["999.1.1.1"],
    });
  });

  it("names the repeated block of a batch, and the block already listed", async () => {
    const { owner, list } = await ownerAndKey(ctx());
    const repeated = await owner.call("POST", list, [{ ipAddress: "192.0.2.5" }, { cidrBlock: "192.0.2.5/32" }]);
    expect(repeated.status).toBe(400);
    expect(repeated.body).toMatchObject({
      errorCode: "DUPLICATE_ADDRESSES_IN_INPUT",
      detail: "The address 192.0.2.5/32 appears more than once in the request.",
      parameters: ["192.0.2.5/32"],
    });
    expect((await owner.call("POST", list, [{ cidrBlock: "198.51.100.0/24" }])).status).toBe(200);
    // The second of the batch is the one already there: it is the one named.
    const taken = await owner.call("POST", list, [{ ipAddress: "192.0.2.6" }, { cidrBlock: "198.51.100.7/24" }]);
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      errorCode: "ADDRESS_ALREADY_IN_ACCESS_LIST",
      detail: "The address 198.51.100.0/24 is already on the access list.",
      parameters: ["198.51.100.0/24"],
    });
  });

  it("states the access list cap and how many entries the key has", async () => {
    const { owner, list } = await ownerAndKey(ctx());
    const entries = Array.from({ length: LIMITS.accessListEntriesPerKey - 1 }, (_, i) => ({ ipAddress: `10.2.${i >> 8}.${i & 255}` }));
    expect((await owner.call("POST", list, entries)).status).toBe(200);
    const over = await owner.call("POST", list, [{ ipAddress: "10.9.9.8" }, { ipAddress: "10.9.9.9" }]);
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({
      errorCode: "MAX_ACCESS_LIST_ENTRIES_EXCEEDED",
      detail: `An API key can have at most ${LIMITS.accessListEntriesPerKey} access list entries; it has ${LIMITS.accessListEntriesPerKey - 1}.`,
      parameters: [LIMITS.accessListEntriesPerKey],
    });
  });

  it("says who may do what a caller without the role tried", async () => {
    const { server, world } = ctx();
    const member = await signIn(server.base, world.users.member);
    const orgKey = await member.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "not mine to make", roles: ["ORG_MEMBER"] });
    expect(orgKey.status).toBe(403);
    expect(orgKey.body).toMatchObject({ errorCode: "USER_UNAUTHORIZED", detail: "Only an Organization Owner can do this.", parameters: [] });
    const reader = await signIn(server.base, world.users.groupReader);
    const projectKey = await reader.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "not mine to make", roles: ["GROUP_READ_ONLY"] });
    expect(projectKey.status).toBe(403);
    expect(projectKey.body).toMatchObject({
      errorCode: "USER_UNAUTHORIZED",
      detail: "Only a Project Owner or an Organization Owner can do this.",
      parameters: [],
    });
  });

  it("names the key and the project of an assignment made twice", async () => {
    const { world } = ctx();
    const { owner, keyId } = await ownerAndKey(ctx());
    const path = `/groups/${world.groupA}/apiKeys/${keyId}`;
    expect((await owner.call("POST", path, [{ roles: ["GROUP_READ_ONLY"] }])).status).toBe(204);
    const again = await owner.call("POST", path, [{ roles: ["GROUP_OWNER"] }]);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      errorCode: "API_KEY_ALREADY_IN_GROUP",
      detail: "API key is already in the project.",
      parameters: [keyId, world.groupA],
    });
  });
});
