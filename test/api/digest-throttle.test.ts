// What counts as a failed Digest authentication, and whom it slows: a wrong
// password or an unknown key does; a reused or stale nonce, or a URI read
// differently, does not. One bad key behind a shared address blocks itself,
// not the other keys of that address.
import DigestClient from "digest-fetch";
import { afterEach, describe, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { NONCE_LIFETIME_MS } from "../../server/auth/nonce.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { buildWorld, signIn, startServer, type ServerOptions, type TestServer } from "../support/server.ts";

let running: TestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function setup(options: ServerOptions = {}) {
  running = await startServer(new MemoryStore(), { trustProxy: ["127.0.0.1/32"], ...options });
  const world = await buildWorld(running.deps);
  const owner = await signIn(running.base, world.users.owner);
  const newKey = async () => (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "digest", roles: ["ORG_OWNER"] })).body;
  return { server: running, newKey, path: `/api/atlas/v2/orgs/${world.orgId}` };
}

const staleChallenge = (headers: Headers) => (headers.get("www-authenticate") ?? "").includes("stale=true");

describe("parallel requests with one nonce", () => {
  it("answers pairs reused by digest-fetch in parallel with 401 stale=true, never 429, and the key keeps working", async () => {
    const { server, newKey, path } = await setup();
    const key = await newKey();
    const client = new DigestClient(key.publicKey, key.privateKey);
    expect((await client.fetch(`${server.base}${path}`)).status).toBe(200);
    // digest-fetch counts nc up only when an answer arrives: these 40 share one nonce, nc and cnonce.
    const answers: Response[] = await Promise.all(Array.from({ length: 40 }, () => client.fetch(`${server.base}${path}`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses).not.toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 401).every((a) => staleChallenge(a.headers))).toBe(true);
    for (let i = 0; i < 25; i++) expect((await signedFetch(server.base, path, key)).status).toBe(200);
  });
});

describe("what is not a failed authentication", () => {
  it("does not count stale nonces or a signed URI the server reads differently", async () => {
    let now = Date.now();
    const { server, newKey, path } = await setup({ now: () => new Date(now) });
    const key = await newKey();
    const { nonce: old } = await fetchNonce(`${server.base}${path}`);
    now += NONCE_LIFETIME_MS + 1_000;
    for (let i = 0; i < 30; i++) {
      const stale = await fetch(`${server.base}${path}`, { headers: { Authorization: authorization({ method: "GET", uri: path, nonce: old, ...key }) } });
      expect(stale.status).toBe(401);
      expect(staleChallenge(stale.headers)).toBe(true);
    }
    for (let i = 0; i < 30; i++) {
      const { nonce } = await fetchNonce(`${server.base}${path}`);
      const elsewhere = authorization({ method: "GET", uri: `${path}/./`, nonce, ...key });
      expect((await fetch(`${server.base}${path}`, { headers: { Authorization: elsewhere } })).status).toBe(401);
    }
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
  });
});

describe("throttles per address and per (address, public key)", () => {
  const wrong = "00000000-0000-4000-8000-000000000000";

  it("refuses a key that keeps failing from one address, while other keys from that address get in", async () => {
    // Small limits keep the throttle's delays short; the defaults are 5 free and 20 per key, 100 per address.
    const { server, newKey, path } = await setup({ keyThrottle: new AuthThrottle(60_000, 2, 6), throttle: new AuthThrottle(60_000, 2, 30) });
    const [bad, good] = [await newKey(), await newKey()];
    const nat = { "X-Forwarded-For": "198.51.100.7" };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signedFetch(server.base, path, { ...bad, privateKey: wrong }, { headers: nat })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    expect((await signedFetch(server.base, path, bad, { headers: nat })).status).toBe(429);
    expect((await signedFetch(server.base, path, good, { headers: nat })).status).toBe(200);
    expect((await signedFetch(server.base, path, bad, { headers: { "X-Forwarded-For": "198.51.100.8" } })).status).toBe(200);
  });

  it("refuses an address that fails with many keys, for every key", async () => {
    const { server, newKey, path } = await setup({ throttle: new AuthThrottle(60_000, 2, 10) });
    const good = await newKey();
    const from = { "X-Forwarded-For": "203.0.113.50" };
    const unknown = (i: number) => ({ publicKey: `zzzz${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}zz`, privateKey: wrong });
    for (let i = 0; i < 10; i++) await signedFetch(server.base, path, unknown(i), { headers: from });
    const blocked = await signedFetch(server.base, path, good, { headers: from });
    expect(blocked.status).toBe(429);
    expect(blocked.body.errorCode).toBe("RATE_LIMITED");
    expect((await signedFetch(server.base, path, good, { headers: { "X-Forwarded-For": "203.0.113.51" } })).status).toBe(200);
  });

  it("keeps no pair entry for a username that cannot be a public key (3 kB each would fill its memory)", async () => {
    const keyThrottle = new AuthThrottle(60_000, 5, 20);
    const { server, path } = await setup({ keyThrottle });
    const from = { "X-Forwarded-For": "203.0.113.60" };
    for (let i = 0; i < 3; i++) await signedFetch(server.base, path, { publicKey: `${"x".repeat(3000)}${i}`, privateKey: wrong }, { headers: from });
    expect(keyThrottle.size).toBe(0);
    await signedFetch(server.base, path, { publicKey: "zzzzabzz", privateKey: wrong }, { headers: from });
    expect(keyThrottle.size).toBe(1);
  });
});
