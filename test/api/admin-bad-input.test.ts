// Hostile input for the projects, org, settings and members endpoints and the
// envelope/pretty/version switches: every request gets a 4xx Atlas error
// body, never a 5xx, and nothing changes (projects, org, settings, keys).
import { beforeAll, expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn, type Client } from "../support/server.ts";

const Z = "0".repeat(24);
const NUL = "\u0000";

eachStore("bad input to projects, org and settings", (ctx) => {
  let owner: Client;
  const org = () => ctx().world.orgId;
  const other = () => ctx().world.otherOrgId;
  const group = () => ctx().world.groupA;

  beforeAll(async () => {
    owner = await signIn(ctx().server.base, ctx().world.users.owner);
  });

  async function snapshot(): Promise<string> {
    const reads = await Promise.all([
      owner.call("GET", "/groups?itemsPerPage=500"),
      owner.call("GET", `/orgs/${org()}`),
      owner.call("GET", `/orgs/${org()}/settings`),
      owner.call("GET", `/orgs/${org()}/apiKeys?itemsPerPage=500`),
      owner.call("GET", `/groups/${group()}/users`),
    ]);
    return JSON.stringify(reads.map((r) => r.body));
  }

  const cases: [string, () => [string, string, unknown?, Record<string, string>?]][] = [
    ["create: name of the wrong type", () => ["POST", "/groups", { name: 7, orgId: org() }]],
    ["create: name missing", () => ["POST", "/groups", { orgId: org() }]],
    ["create: 65-character name", () => ["POST", "/groups", { name: "p".repeat(65), orgId: org() }]],
    ["create: a huge name", () => ["POST", "/groups", { name: "p".repeat(200_000), orgId: org() }]],
    ["create: NUL in the name", () => ["POST", "/groups", { name: `a${NUL}b`, orgId: org() }]],
    ["create: orgId not an id", () => ["POST", "/groups", { name: "ok", orgId: "acme" }]],
    ["create: orgId of the wrong type", () => ["POST", "/groups", { name: "ok", orgId: 12 }]],
    ["create: unknown org", () => ["POST", "/groups", { name: "ok", orgId: Z }]],
    ["create: another org's id", () => ["POST", "/groups", { name: "ok", orgId: other() }]],
    ["create: unknown field", () => ["POST", "/groups", { name: "ok", orgId: org(), clusterCount: 3 }]],
    ["create: an array body", () => ["POST", "/groups", [{ name: "ok", orgId: org() }]]],
    ["create: malformed JSON", () => ["POST", "/groups", "{name:"]],
    ["create: bad projectOwnerId", () => ["POST", "/groups?projectOwnerId=me", { name: "ok", orgId: org() }]],
    ["create: projectOwnerId of no member", () => ["POST", `/groups?projectOwnerId=${Z}`, { name: "ok", orgId: org() }]],
    ["create: duplicate name", () => ["POST", "/groups", { name: "Beta", orgId: org() }]],
    ["rename: to a taken name", () => ["PATCH", `/groups/${group()}`, { name: "Beta" }]],
    ["rename: empty name", () => ["PATCH", `/groups/${group()}`, { name: "" }]],
    ["rename: name null", () => ["PATCH", `/groups/${group()}`, { name: null }]],
    ["rename: unknown field", () => ["PATCH", `/groups/${group()}`, { name: "ok", tags: [] }]],
    ["rename: bad id", () => ["PATCH", "/groups/alpha", { name: "ok" }]],
    ["rename: another org's project", () => ["PATCH", `/groups/${ctx().world.otherGroup}`, { name: "ok" }]],
    ["delete: unknown project", () => ["DELETE", `/groups/${Z}`]],
    ["delete: another org's project", () => ["DELETE", `/groups/${ctx().world.otherGroup}`]],
    ["delete: NUL in the id", () => ["DELETE", `/groups/${"a".repeat(23)}%00`]],
    ["byName: too long", () => ["GET", `/groups/byName/${"n".repeat(65)}`]],
    ["byName: NUL", () => ["GET", "/groups/byName/a%00b"]],
    ["byName: another org's project", () => ["GET", "/groups/byName/Elsewhere"]],
    ["list: itemsPerPage of the wrong type", () => ["GET", "/groups?itemsPerPage=many"]],
    ["list: itemsPerPage too large", () => ["GET", "/groups?itemsPerPage=501"]],
    ["list: pageNum zero", () => ["GET", "/groups?pageNum=0"]],
    ["org rename: empty", () => ["PATCH", `/orgs/${org()}`, { name: "" }]],
    ["org rename: wrong type", () => ["PATCH", `/orgs/${org()}`, { name: ["Acme"] }]],
    ["org rename: oversize", () => ["PATCH", `/orgs/${org()}`, { name: "o".repeat(65) }]],
    ["org rename: NUL", () => ["PATCH", `/orgs/${org()}`, { name: `Ac${NUL}me` }]],
    ["org rename: unknown field", () => ["PATCH", `/orgs/${org()}`, { name: "Acme", plan: "free" }]],
    ["org rename: another org", () => ["PATCH", `/orgs/${other()}`, { name: "Mine" }]],
    ["org rename: unknown org", () => ["PATCH", `/orgs/${Z}`, { name: "Mine" }]],
    ["settings: validity below 8 hours", () => ["PATCH", `/orgs/${org()}/settings`, { maxServiceAccountSecretValidityInHours: 7 }]],
    ["settings: validity not an integer", () => ["PATCH", `/orgs/${org()}/settings`, { maxServiceAccountSecretValidityInHours: 9.5 }]],
    ["settings: contact oversize", () => ["PATCH", `/orgs/${org()}/settings`, { securityContact: "s".repeat(300) }]],
    ["settings: timeouts of the wrong type", () => ["PATCH", `/orgs/${org()}/settings`, { customSessionTimeouts: "long" }]],
    ["settings: unknown timeout field", () => ["PATCH", `/orgs/${org()}/settings`, { customSessionTimeouts: { forever: true } }]],
    ["settings: timeout out of int32", () => ["PATCH", `/orgs/${org()}/settings`, { customSessionTimeouts: { idleSessionTimeoutInSeconds: 2 ** 40 } }]],
    ["settings: another org", () => ["PATCH", `/orgs/${other()}/settings`, { genAIFeaturesEnabled: false }]],
    ["settings: valid field beside a bad one", () => ["PATCH", `/orgs/${org()}/settings`, { genAIFeaturesEnabled: false, multiFactorAuthRequired: "yes" }]],
    ["users: another org", () => ["GET", `/orgs/${other()}/users`]],
    ["users: bad status filter", () => ["GET", `/orgs/${org()}/users?orgMembershipStatus=GONE`]],
    ["users: oversize username filter", () => ["GET", `/orgs/${org()}/users?username=${"u".repeat(300)}`]],
    ["project users: unknown project", () => ["GET", `/groups/${Z}/users`]],
    ["envelope: not a boolean", () => ["POST", `/groups?envelope=2`, { name: "ok", orgId: org() }]],
    ["pretty: not a boolean", () => ["PATCH", `/orgs/${org()}/settings?pretty=yes`, { genAIFeaturesEnabled: false }]],
    ["a future version on a write", () => ["PATCH", `/orgs/${org()}/settings`, { genAIFeaturesEnabled: false }, { Accept: "application/vnd.atlas.2031-01-01+json" }]],
    ["an unknown version on a delete", () => ["DELETE", `/groups/${group()}`, undefined, { Accept: "application/vnd.atlas.2023-13-45+json" }]],
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
