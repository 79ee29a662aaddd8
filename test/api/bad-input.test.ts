// A corpus of malformed requests: each gets a 4xx Atlas error body, never a
// 5xx, and the organization looks exactly the same afterwards.
import { beforeAll, expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn, type Client } from "../support/server.ts";

const Z = "0".repeat(24);

eachStore("bad input", (ctx) => {
  let owner: Client;
  let keyId = "";
  const org = () => ctx().world.orgId;
  const group = () => ctx().world.groupA;

  beforeAll(async () => {
    owner = await signIn(ctx().server.base, ctx().world.users.owner);
    keyId = (await owner.call("POST", `/orgs/${org()}/apiKeys`, { desc: "fixture", roles: ["ORG_MEMBER"] })).body.id;
    await owner.call("POST", `/orgs/${org()}/apiKeys/${keyId}/accessList`, [{ ipAddress: "192.0.2.1" }]);
    await owner.call("POST", `/groups/${group()}/apiKeys/${keyId}`, [{ roles: ["GROUP_READ_ONLY"] }]);
  });

  async function snapshot(): Promise<string> {
    const keys = await owner.call("GET", `/orgs/${org()}/apiKeys?itemsPerPage=500`);
    const lists = await Promise.all(
      keys.body.results.map((k: { id: string }) => owner.call("GET", `/orgs/${org()}/apiKeys/${k.id}/accessList`)),
    );
    const settings = await owner.call("GET", `/orgs/${org()}/settings`);
    const projects = await Promise.all([group(), ctx().world.groupB].map((g) => owner.call("GET", `/groups/${g}/apiKeys`)));
    return JSON.stringify([keys.body, lists.map((l) => l.body), settings.body, projects.map((p) => p.body)]);
  }

  const longDesc = "x".repeat(251);
  const cases: [string, () => [string, string, unknown?, Record<string, string>?]][] = [
    ["malformed JSON", () => ["POST", `/orgs/${org()}/apiKeys`, "{desc:"]],
    ["a JSON string body", () => ["POST", `/orgs/${org()}/apiKeys`, '"hello"']],
    ["null body", () => ["POST", `/orgs/${org()}/apiKeys`, "null"]],
    ["an array where an object belongs", () => ["POST", `/orgs/${org()}/apiKeys`, [{ desc: "x", roles: ["ORG_MEMBER"] }]]],
    ["missing desc", () => ["POST", `/orgs/${org()}/apiKeys`, { roles: ["ORG_MEMBER"] }]],
    ["empty desc", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "", roles: ["ORG_MEMBER"] }]],
    ["blank desc", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "   ", roles: ["ORG_MEMBER"] }]],
    ["251-character desc", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: longDesc, roles: ["ORG_MEMBER"] }]],
    ["desc of the wrong type", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: 42, roles: ["ORG_MEMBER"] }]],
    ["roles not a list", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "x", roles: "ORG_OWNER" }]],
    ["unknown role", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "x", roles: ["ORG_GOD"] }]],
    ["unknown field", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "x", roles: ["ORG_MEMBER"], admin: true }]],
    ["a non-JSON content type", () => ["POST", `/orgs/${org()}/apiKeys`, "desc=x", { "Content-Type": "text/plain" }]],
    ["an oversized body", () => ["POST", `/orgs/${org()}/apiKeys`, JSON.stringify({ desc: "x".repeat(1_100_000), roles: ["ORG_MEMBER"] })]],
    ["PATCH with a bad role", () => ["PATCH", `/orgs/${org()}/apiKeys/${keyId}`, { roles: ["GROUP_OWNER"] }]],
    ["PATCH of an unknown key", () => ["PATCH", `/orgs/${org()}/apiKeys/${Z}`, { desc: "x" }]],
    ["a bad org id", () => ["POST", "/orgs/not-an-id/apiKeys", { desc: "x", roles: ["ORG_MEMBER"] }]],
    ["an upper-case id", () => ["DELETE", `/orgs/${org()}/apiKeys/${keyId.toUpperCase()}`]],
    ["an unknown org", () => ["POST", `/orgs/${Z}/apiKeys`, { desc: "x", roles: ["ORG_MEMBER"] }]],
    ["access list not an array", () => ["POST", `/orgs/${org()}/apiKeys/${keyId}/accessList`, { ipAddress: "192.0.2.2" }]],
    ["empty access list", () => ["POST", `/orgs/${org()}/apiKeys/${keyId}/accessList`, []]],
    ["an entry with an unknown field", () => ["POST", `/orgs/${org()}/apiKeys/${keyId}/accessList`, [{ ip: "192.0.2.2" }]]],
    ["an IPv6 block too long", () => ["POST", `/orgs/${org()}/apiKeys/${keyId}/accessList`, [{ cidrBlock: "2001:db8::/129" }]]],
    ["delete of a bad entry", () => ["DELETE", `/orgs/${org()}/apiKeys/${keyId}/accessList/1.2.3`]],
    ["assignment not an array", () => ["POST", `/groups/${group()}/apiKeys/${keyId}`, { roles: ["GROUP_OWNER"] }]],
    ["assignment twice", () => ["POST", `/groups/${group()}/apiKeys/${keyId}`, [{ roles: ["GROUP_OWNER"] }]]],
    ["assignment with no roles", () => ["POST", `/groups/${ctx().world.groupB}/apiKeys/${keyId}`, [{ roles: [] }]]],
    ["project PATCH with an org role", () => ["PATCH", `/groups/${group()}/apiKeys/${keyId}`, { roles: ["ORG_OWNER"] }]],
    ["settings with a string", () => ["PATCH", `/orgs/${org()}/settings`, { apiAccessListRequired: "true" }]],
    ["settings with an unknown field", () => ["PATCH", `/orgs/${org()}/settings`, { apiAccessListRequired: true, x: 1 }]],
    ["an unknown route", () => ["GET", "/nope"]],
    // Text PostgreSQL cannot store (U+0000) or that has no UTF-8 form (an unpaired surrogate).
    ["a NUL in desc", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "a\u0000b", roles: ["ORG_MEMBER"] }]],
    ["an unpaired surrogate in desc", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "a\ud800b", roles: ["ORG_MEMBER"] }]],
    ["a NUL in a PATCH desc", () => ["PATCH", `/orgs/${org()}/apiKeys/${keyId}`, { desc: "\u0000" }]],
    ["a NUL in a project key's desc", () => ["POST", `/groups/${group()}/apiKeys`, { desc: "x\u0000", roles: ["GROUP_OWNER"] }]],
    ["a NUL in a field name", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "x", roles: ["ORG_MEMBER"], "desc\u0000": "y" }]],
    ["a NUL in a role", () => ["POST", `/orgs/${org()}/apiKeys`, { desc: "x", roles: ["ORG_MEMBER\u0000"] }]],
    ["a NUL in an access list entry", () => ["POST", `/orgs/${org()}/apiKeys/${keyId}/accessList`, [{ ipAddress: "192.0.2.9\u0000" }]]],
    ["a NUL in a path id", () => ["GET", `/orgs/${org()}/apiKeys/%00`]],
    ["a NUL in an entry path", () => ["DELETE", `/orgs/${org()}/apiKeys/${keyId}/accessList/192.0.2.1%00`]],
    ["a NUL in the query", () => ["GET", `/orgs/${org()}/apiKeys?itemsPerPage=%00`]],
  ];

  it.each(cases)("%s gets a 4xx error body and changes nothing", async (_name, make) => {
    const before = await snapshot();
    const [method, path, body, headers] = make();
    const res = await owner.call(method, path, body, headers);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).toMatchObject({ error: res.status, errorCode: expect.any(String) });
    expect(await snapshot()).toBe(before);
  });
});
