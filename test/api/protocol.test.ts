// The Atlas protocol around every answer: envelope=true, pretty=true, the
// Accept version (406 for versions a route does not have), the versioned
// Content-Type, and API-key rate limits with their headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { eachStore } from "../support/each-store.ts";
import { signedFetch } from "../support/digest-client.ts";
import { buildWorld, signIn, startServer, type TestServer, type World } from "../support/server.ts";

const NOT_ACCEPTABLE = {
  error: 406,
  errorCode: "INVALID_VERSION_DATE",
  detail: "Invalid accept header or version date.",
  reason: "Not Acceptable",
  parameters: [],
};

eachStore("Atlas protocol", (ctx) => {
  it("envelope=true answers 200 with the status in the body: beside results for lists, around anything else", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const list = await owner.call("GET", `/orgs/${world.orgId}/groups?envelope=true`);
    expect(list.status).toBe(200);
    expect(list.body.status).toBe(200);
    expect(list.body.results.length).toBeGreaterThan(0);
    const one = await owner.call("GET", `/orgs/${world.orgId}?envelope=true`);
    expect(one.body).toMatchObject({ status: 200, content: { id: world.orgId } });
    const missing = await owner.call("GET", `/groups/${"a".repeat(24)}?envelope=true`);
    expect(missing.status).toBe(200);
    expect(missing.body).toMatchObject({ status: 404, content: { error: 404, errorCode: "GROUP_NOT_FOUND" } });
    const created = await owner.call("POST", "/groups?envelope=true", { name: "Enveloped", orgId: world.orgId });
    expect(created.body).toMatchObject({ status: 200, content: { name: "Enveloped" } });
    const deleted = await owner.call("DELETE", `/groups/${created.body.content.id}?envelope=true`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ status: 204, content: null });
    const plain = await owner.call("GET", `/orgs/${world.orgId}?envelope=false`);
    expect(plain.body.id).toBe(world.orgId);
  });

  it("pretty=true indents the same JSON", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const res = await fetch(`${server.base}/api/atlas/v2/orgs/${world.orgId}?pretty=true`, {
      headers: { Cookie: await cookieOf(server.base, world.users.owner), Accept: "application/vnd.atlas.2023-01-01+json" },
    });
    const text = await res.text();
    expect(text).toContain('\n  "id": ');
    expect(JSON.parse(text)).toEqual((await owner.call("GET", `/orgs/${world.orgId}`)).body);
    expect(res.headers.get("content-type")).toBe("application/vnd.atlas.2023-01-01+json;charset=utf-8");
  });

  it("refuses envelope and pretty values other than true and false with 400", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    for (const q of ["envelope=yes", "pretty=1", "envelope=", "pretty=TRUE%00"]) {
      const res = await owner.call("GET", `/orgs/${world.orgId}?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.errorCode).toBe("INVALID_QUERY_PARAMETER");
    }
  });

  it("negotiates the Accept version: the route's versions are served and named; others get Atlas's 406", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    for (const accept of ["application/vnd.atlas.2025-02-19+json", "application/vnd.atlas.2030-01-01+json", "application/vnd.atlas.preview+json", "application/vnd.atlas.x+json"]) {
      const res = await owner.call("GET", `/orgs/${world.orgId}/apiKeys`, undefined, { Accept: accept });
      expect(res.status, accept).toBe(406);
      expect(res.body).toEqual(NOT_ACCEPTABLE);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    }
    for (const accept of ["application/json", "*/*", "application/vnd.atlas.2030-01-01+json, application/vnd.atlas.2023-01-01+json"]) {
      const res = await owner.call("GET", `/orgs/${world.orgId}/apiKeys`, undefined, { Accept: accept });
      expect(res.status, accept).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.atlas.2023-01-01+json;charset=utf-8");
    }
    const users = await owner.call("GET", `/orgs/${world.orgId}/users`, undefined, { Accept: "application/vnd.atlas.2025-02-19+json" });
    expect(users.headers.get("content-type")).toBe("application/vnd.atlas.2025-02-19+json;charset=utf-8");
    const future = await owner.call("GET", `/orgs/${world.orgId}/users`, undefined, { Accept: "application/vnd.atlas.2099-01-01+json" });
    expect(future.status).toBe(406);
    const write = await owner.call("POST", "/groups", { name: "Versioned", orgId: world.orgId }, { Accept: "application/vnd.atlas.2024-08-05+json" });
    expect(write.status).toBe(406);
    expect((await owner.call("GET", "/groups/byName/Versioned")).status).toBe(404);
  });

  it("declares RateLimit-Limit and RateLimit-Remaining on an API key's 2xx answers, per resource family", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "metered", roles: ["ORG_OWNER"] })).body;
    const first = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/apiKeys`, key);
    expect(first.headers.get("ratelimit-limit")).toBe("500");
    const left = Number(first.headers.get("ratelimit-remaining"));
    expect(left).toBeLessThan(500);
    const second = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/apiKeys`, key);
    expect(Number(second.headers.get("ratelimit-remaining"))).toBeLessThanOrEqual(left);
    const project = await signedFetch(server.base, `/api/atlas/v2/groups/${world.groupA}`, key);
    expect(project.headers.get("ratelimit-limit")).toBe("1200");
    const orgs = await signedFetch(server.base, "/api/atlas/v2/orgs", key);
    expect(orgs.headers.get("ratelimit-limit")).toBe("300");
    const missing = await signedFetch(server.base, `/api/atlas/v2/groups/${"b".repeat(24)}`, key);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("ratelimit-limit")).toBeNull();
  });
});

async function cookieOf(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/private/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: "correct-horse-battery" }),
  });
  return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("rate limit exhausted", () => {
  let server: TestServer;
  let world: World;
  let clock = 1_000_000;
  beforeAll(async () => {
    // Buckets of 5 under /orgs/{orgId} (500 x 0.01), on a clock the test moves.
    server = await startServer(new MemoryStore(), { rateLimit: { scale: 0.01, now: () => clock } });
    world = await buildWorld(server.deps);
  });
  afterAll(async () => server.close());

  it("answers 429 RATE_LIMITED with Retry-After once the bucket is empty, and serves again after the refill", async () => {
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "busy", roles: ["ORG_OWNER"] })).body;
    const path = `/api/atlas/v2/orgs/${world.orgId}`;
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 5; i++) remaining.push((await signedFetch(server.base, path, key)).headers.get("ratelimit-remaining"));
    expect(remaining).toEqual(["4", "3", "2", "1", "0"]);
    const limited = await signedFetch(server.base, path, key);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: 429, errorCode: "RATE_LIMITED", reason: "Too Many Requests" });
    expect(limited.headers.get("retry-after")).toBe("12");
    // Other families have their own buckets; the console is not metered.
    expect((await signedFetch(server.base, `/api/atlas/v2/groups/${world.groupA}`, key)).status).toBe(200);
    expect((await owner.call("GET", `/orgs/${world.orgId}`)).status).toBe(200);
    clock += 12_000;
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
  });
});
