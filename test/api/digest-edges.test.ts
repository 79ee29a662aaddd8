// Digest and caller-address edges that need their own server: a movable
// clock, an IPv6 listener, trusted proxies, and the failed-auth throttle.
import { afterEach, describe, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { NONCE_LIFETIME_MS } from "../../server/auth/nonce.ts";
import { ReplayGuard } from "../../server/auth/replay-guard.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { buildWorld, signIn, startServer, type ServerOptions, type TestServer } from "../support/server.ts";

let running: TestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function setup(options: ServerOptions = {}, entries: object[] = []) {
  running = await startServer(new MemoryStore(), options);
  const world = await buildWorld(running.deps);
  const owner = await signIn(running.base, world.users.owner);
  const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "edge", roles: ["ORG_OWNER"] })).body;
  if (entries.length) await owner.call("POST", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`, entries);
  return { server: running, world, owner, key, path: `/api/atlas/v2/orgs/${world.orgId}` };
}

describe("stale nonces", () => {
  it("answers an expired nonce with stale=true, and the retry with a fresh nonce succeeds", async () => {
    let now = Date.now();
    const { server, key, path } = await setup({ now: () => new Date(now) });
    const { nonce } = await fetchNonce(`${server.base}${path}`);
    now += NONCE_LIFETIME_MS + 1_000;
    const res = await fetch(`${server.base}${path}`, { headers: { Authorization: authorization({ method: "GET", uri: path, nonce, ...key }) } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("stale=true");
    const fresh = /nonce="([^"]+)"/.exec(res.headers.get("www-authenticate") ?? "")?.[1] ?? "";
    const retry = await fetch(`${server.base}${path}`, {
      headers: { Authorization: authorization({ method: "GET", uri: path, nonce: fresh, ...key }) },
    });
    expect(retry.status).toBe(200);
  });

  it("answers stale, never 200, to a replay of a pair the replay guard has forgotten; the retry with a fresh nonce succeeds", async () => {
    let now = Date.now();
    // One pair per table: every accepted pair rotates the guard.
    const { server, key, path } = await setup({ now: () => new Date(now), replays: new ReplayGuard(2, now) });
    const { nonce } = await fetchNonce(`${server.base}${path}`);
    const send = (header: string) => fetch(`${server.base}${path}`, { headers: { Authorization: header } });
    const captured = authorization({ method: "GET", uri: path, nonce, ...key, cnonce: "captured" });
    expect((await send(captured)).status).toBe(200);
    expect((await send(authorization({ method: "GET", uri: path, nonce, ...key, cnonce: "newer" }))).status).toBe(200);
    // "captured" is forgotten now: a guard going by its memory alone would let the replay in.
    now += 1_000; // The new nonce the answer brings is issued later than any forgotten one.
    const replay = await send(captured);
    expect(replay.status).toBe(401);
    expect(replay.headers.get("www-authenticate")).toContain("stale=true");
    const fresh = /nonce="([^"]+)"/.exec(replay.headers.get("www-authenticate") ?? "")?.[1] ?? "";
    expect((await send(authorization({ method: "GET", uri: path, nonce: fresh, ...key }))).status).toBe(200);
  });
});

describe("IPv6 callers", () => {
  it("matches a caller on ::1 against IPv6 entries only", async () => {
    const { server, key, path, owner, world } = await setup({ host: "::1" }, [{ ipAddress: "127.0.0.1" }]);
    const denied = await signedFetch(server.base, path, key);
    expect(denied.status).toBe(403);
    expect(denied.body.parameters).toEqual(["::1"]);
    await owner.call("POST", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`, [{ cidrBlock: "::1/128" }]);
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
    await owner.call("DELETE", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList/${encodeURIComponent("::1/128")}`);
    await owner.call("POST", `/orgs/${world.orgId}/apiKeys/${key.id}/accessList`, [{ cidrBlock: "::/0" }]);
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
    const ip = await fetch(`${server.base}/api/private/ip`);
    expect(await ip.json()).toEqual({ ipAddress: "::1" });
  });
});

describe("X-Forwarded-For", () => {
  it("is honoured from a trusted proxy", async () => {
    const { server, key, path } = await setup({ trustProxy: ["127.0.0.1/32"] }, [{ ipAddress: "203.0.113.5" }]);
    const forwarded = await signedFetch(server.base, path, key, { headers: { "X-Forwarded-For": "203.0.113.5" } });
    expect(forwarded.status).toBe(200);
    // A client cannot forge its way in by prepending addresses: the rightmost untrusted hop counts.
    const forged = await signedFetch(server.base, path, key, { headers: { "X-Forwarded-For": "203.0.113.5, 198.51.100.7" } });
    expect(forged.status).toBe(403);
    expect(forged.body.parameters).toEqual(["198.51.100.7"]);
    const ip = await fetch(`${server.base}/api/private/ip`, { headers: { "X-Forwarded-For": "2001:db8::9" } });
    expect(await ip.json()).toEqual({ ipAddress: "2001:db8::9" });
  });

  it("is ignored from an untrusted peer", async () => {
    const { server, key, path } = await setup({ trustProxy: ["10.0.0.0/8"] }, [{ ipAddress: "203.0.113.5" }]);
    const res = await signedFetch(server.base, path, key, { headers: { "X-Forwarded-For": "203.0.113.5" } });
    expect(res.status).toBe(403);
    expect(res.body.parameters).toEqual(["127.0.0.1"]);
  });
});

describe("failed authentication throttle", () => {
  it("slows then refuses one address with 429 and Retry-After, while another address still gets in", async () => {
    const throttle = new AuthThrottle(60_000, 2, 4);
    const { server, key, path } = await setup({ throttle, trustProxy: ["127.0.0.1/32"] });
    const attacker = { "X-Forwarded-For": "198.51.100.66" };
    const bad = { ...key, privateKey: "00000000-0000-4000-8000-000000000000" };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signedFetch(server.base, path, bad, { headers: attacker })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const blocked = await signedFetch(server.base, path, key, { headers: attacker });
    expect(blocked.status).toBe(429);
    expect(blocked.body.errorCode).toBe("RATE_LIMITED");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await signedFetch(server.base, path, key, { headers: { "X-Forwarded-For": "198.51.100.67" } });
    expect(other.status).toBe(200);
  });
});

describe("an instance with another AM_SECRET", () => {
  it("refuses keys it cannot open with 401, not 500", async () => {
    const { server, key, path } = await setup();
    const other = await startServer(server.deps.store, { secret: "a-different-secret" });
    try {
      const res = await signedFetch(other.base, path, key);
      expect(res.status).toBe(401);
      expect(res.body.errorCode).toBe("UNAUTHORIZED");
      expect((await signedFetch(server.base, path, key)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
