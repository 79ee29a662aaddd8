// Whose access list a caller may touch: only keys of the org in the path, and
// a key may remove any entry but one that lets its own caller in.
import { expect, it } from "vitest";
import { eachStore, type Ctx } from "../support/each-store.ts";
import { signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

type Key = { id: string; publicKey: string; privateKey: string };

async function keyWith(ctx: Ctx, entries: object[]) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  const key = (await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys`, { desc: "scope", roles: ["ORG_OWNER"] })).body as Key;
  if (entries.length) await owner.call("POST", `/orgs/${ctx.world.orgId}/apiKeys/${key.id}/accessList`, entries);
  return { owner, key, list: `/orgs/${ctx.world.orgId}/apiKeys/${key.id}/accessList` };
}

eachStore("access list scope", (ctx) => {
  it("refuses a key removing a block that contains its caller, not only the exact address", async () => {
    const { server } = ctx();
    const { key, list } = await keyWith(ctx(), [{ cidrBlock: "127.0.0.0/8" }]);
    const res = await signedFetch(server.base, `/api/atlas/v2${list}/127.0.0.0%2F8`, key, { method: "DELETE" });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST");
    expect(res.body.parameters).toEqual(["127.0.0.1"]);
    expect(res.body.detail).toBe("Cannot remove caller's IP address 127.0.0.1 from access list.");
  });

  it("answers 404, not the caller refusal, for a block that contains the caller but is not on the list", async () => {
    const { server } = ctx();
    const { key, list } = await keyWith(ctx(), [{ ipAddress: "127.0.0.1" }]);
    const res = await signedFetch(server.base, `/api/atlas/v2${list}/127.0.0.0%2F8`, key, { method: "DELETE" });
    expect(res.status).toBe(404);
    expect(res.body.errorCode).toBe("API_KEY_ACCESS_LIST_NOT_FOUND");
  });

  it("lets a key remove another key's entry that contains the caller's address", async () => {
    const { server } = ctx();
    const { key: admin } = await keyWith(ctx(), []);
    const { owner, list } = await keyWith(ctx(), [{ ipAddress: "127.0.0.1" }, { ipAddress: "192.0.2.3" }]);
    expect((await signedFetch(server.base, `/api/atlas/v2${list}/127.0.0.1`, admin, { method: "DELETE" })).status).toBe(204);
    expect((await owner.call("GET", list)).body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["192.0.2.3/32"]);
  });

  it("lets a signed-in owner remove an entry that contains the owner's own address", async () => {
    const { owner, list } = await keyWith(ctx(), [{ ipAddress: "127.0.0.1" }]);
    expect((await owner.call("DELETE", `${list}/127.0.0.1`)).status).toBe(204);
    expect((await owner.call("GET", list)).body.totalCount).toBe(0);
  });

  it("answers 404 for a key of another organization under this organization's path, and changes nothing", async () => {
    const { server, world } = ctx();
    const other = await signIn(server.base, world.users.otherOwner);
    const theirs = (await other.call("POST", `/orgs/${world.otherOrgId}/apiKeys`, { desc: "theirs", roles: ["ORG_MEMBER"] })).body as Key;
    await other.call("POST", `/orgs/${world.otherOrgId}/apiKeys/${theirs.id}/accessList`, [{ ipAddress: "192.0.2.50" }]);
    const owner = await signIn(server.base, world.users.owner);
    const path = `/orgs/${world.orgId}/apiKeys/${theirs.id}/accessList`;
    const answers = [
      await owner.call("GET", path),
      await owner.call("POST", path, [{ ipAddress: "192.0.2.51" }]),
      await owner.call("GET", `${path}/192.0.2.50`),
      await owner.call("DELETE", `${path}/192.0.2.50`),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404]);
    expect(answers[0]?.body.errorCode).toBe("API_KEY_NOT_FOUND");
    const still = await other.call("GET", `/orgs/${world.otherOrgId}/apiKeys/${theirs.id}/accessList`);
    expect(still.body.results.map((e: { cidrBlock: string }) => e.cidrBlock)).toEqual(["192.0.2.50/32"]);
  });

  it("lets org readers list and read entries but not add or remove them", async () => {
    const { server, world } = ctx();
    const { owner, list } = await keyWith(ctx(), [{ ipAddress: "192.0.2.60" }]);
    const reader = await signIn(server.base, world.users.readOnly);
    expect((await reader.call("GET", list)).body.totalCount).toBe(1);
    expect((await reader.call("GET", `${list}/192.0.2.60`)).body.ipAddress).toBe("192.0.2.60");
    expect((await reader.call("DELETE", `${list}/192.0.2.60`)).status).toBe(403);
    expect((await owner.call("GET", list)).body.totalCount).toBe(1);
  });
});
