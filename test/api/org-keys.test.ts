import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

eachStore("organization API keys", (ctx) => {
  it("creates a key and returns the full private key only in the create answer", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const created = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "ci deploys", roles: ["ORG_READ_ONLY"] });
    expect(created.status).toBe(200);
    expect(created.headers.get("content-type")).toContain("application/vnd.atlas.2023-01-01+json");
    const key = created.body;
    expect(key.id).toMatch(/^[a-f0-9]{24}$/);
    expect(key.publicKey).toMatch(/^[a-z]{8}$/);
    expect(key.privateKey).toMatch(UUID_V4);
    expect(key.roles).toEqual([{ orgId: world.orgId, roleName: "ORG_READ_ONLY" }]);
    expect(key.links[0].href).toBe(`${server.base}/api/atlas/v2/orgs/${world.orgId}/apiKeys/${key.id}`);

    const masked = `********-****-****-${key.privateKey.slice(-12)}`;
    const read = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    expect(read.status).toBe(200);
    expect(read.body.privateKey).toBe(masked);
    const list = await owner.call("GET", `/orgs/${world.orgId}/apiKeys`);
    expect(list.body.results.find((k: { id: string }) => k.id === key.id).privateKey).toBe(masked);
    const patched = await owner.call("PATCH", `/orgs/${world.orgId}/apiKeys/${key.id}`, { desc: "renamed" });
    expect(patched.body.privateKey).toBe(masked);
    expect(JSON.stringify(list.body)).not.toContain(key.privateKey);
  });

  it("updates description and replaces roles", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "a", roles: ["ORG_MEMBER"] });
    const res = await owner.call("PATCH", `/orgs/${world.orgId}/apiKeys/${key.id}`, {
      desc: "billing bot",
      roles: ["ORG_BILLING_ADMIN", "ORG_READ_ONLY"],
    });
    expect(res.status).toBe(200);
    expect(res.body.desc).toBe("billing bot");
    expect(res.body.roles.map((r: { roleName: string }) => r.roleName)).toEqual(["ORG_BILLING_ADMIN", "ORG_READ_ONLY"]);
    const empty = await owner.call("PATCH", `/orgs/${world.orgId}/apiKeys/${key.id}`, {});
    expect(empty.status).toBe(400);
  });

  it("deletes a key and removes it from every project", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "doomed", roles: ["ORG_MEMBER"] });
    for (const g of [world.groupA, world.groupB]) {
      expect((await owner.call("POST", `/groups/${g}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }])).status).toBe(204);
    }
    const del = await owner.call("DELETE", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    expect(del.status).toBe(204);
    expect(del.body).toBeUndefined();
    for (const g of [world.groupA, world.groupB]) {
      const list = await owner.call("GET", `/groups/${g}/apiKeys`);
      expect(list.body.results.map((k: { id: string }) => k.id)).not.toContain(key.id);
    }
    const gone = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${key.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.errorCode).toBe("API_KEY_NOT_FOUND");
    expect((await owner.call("DELETE", `/orgs/${world.orgId}/apiKeys/${key.id}`)).status).toBe(404);
  });

  it("answers unknown keys with 404 API_KEY_NOT_FOUND in an Atlas error body", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const res = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/${"0".repeat(24)}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: 404, errorCode: "API_KEY_NOT_FOUND", reason: "Not Found" });
    expect(typeof res.body.detail).toBe("string");
    expect(Array.isArray(res.body.parameters)).toBe(true);
  });

  it("rejects a public key used as the id with PATH_PARAM_PARSE_ERROR", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const res = await owner.call("GET", `/orgs/${world.orgId}/apiKeys/abcdefgh`);
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("PATH_PARAM_PARSE_ERROR");
  });
});
