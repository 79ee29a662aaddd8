// Every kind of failed Digest authentication counts against the caller's
// address (a malformed header, a qop other than auth, a username that is no
// public key, a key this instance cannot open, a nonce it did not sign); a
// URI read differently asks for a retry without calling the nonce stale; a
// long URI is signed like a short one; a key's state kept between requests
// (SQLite) admits its second request; and each admitted request counts as
// the key's use.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { openStore } from "../../server/store/open-store.ts";
import type { Store } from "../../server/store/types.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { buildWorld, signIn, startServer, type ServerOptions, type TestServer } from "../support/server.ts";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function setup(options: ServerOptions = {}, store: Store = new MemoryStore()) {
  const server = await startServer(store, { trustProxy: ["127.0.0.1/32"], ...options });
  servers.push(server);
  const world = await buildWorld(server.deps);
  const owner = await signIn(server.base, world.users.owner);
  const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "counted", roles: ["ORG_OWNER"] })).body;
  return { server, owner, key, orgId: world.orgId, path: `/api/atlas/v2/orgs/${world.orgId}` };
}

/** A Digest answer computed the way our server checks it, with any qop in it. */
function withQop(qop: string, p: { method: string; uri: string; nonce: string; publicKey: string; privateKey: string }): string {
  const h = (s: string) => createHash("md5").update(s).digest("hex");
  const cnonce = randomBytes(8).toString("hex");
  const ha1 = h(`${p.publicKey}:MMS Public API:${p.privateKey}`);
  const response = h(`${ha1}:${p.nonce}:00000001:${cnonce}:${qop}:${h(`${p.method}:${p.uri}`)}`);
  return `Digest username="${p.publicKey}", realm="MMS Public API", nonce="${p.nonce}", uri="${p.uri}", algorithm=MD5, qop=${qop}, nc=00000001, cnonce="${cnonce}", response="${response}"`;
}

describe("what counts as a failed Digest authentication", () => {
  // Three failures block an address; no delays before that (five free ones).
  const tight = () => ({ throttle: new AuthThrottle(60_000, 5, 3) });

  /**
   * Three failures of one kind from an address, then the right key from it: refused with 429.
   * From another address the key gets its usual answer (`unaffected`: 200, or 401 where it cannot be opened).
   */
  async function blocksAfterThree(
    label: string,
    fail: (ctx: Awaited<ReturnType<typeof setup>>, from: Record<string, string>) => Promise<number>,
    ctx: Awaited<ReturnType<typeof setup>>,
    address: string,
    unaffected = 200,
  ) {
    const from = { "X-Forwarded-For": address };
    for (let i = 0; i < 3; i++) expect(await fail(ctx, from), label).toBe(401);
    expect((await signedFetch(ctx.server.base, ctx.path, ctx.key, { headers: from })).status, label).toBe(429);
    expect((await signedFetch(ctx.server.base, ctx.path, ctx.key, { headers: { "X-Forwarded-For": "192.0.2.250" } })).status, label).toBe(unaffected);
  }

  it("counts a malformed header, a username that is no public key, and a nonce this server did not sign", async () => {
    const ctx = await setup(tight());
    const send = async (header: string, from: Record<string, string>) =>
      (await fetch(`${ctx.server.base}${ctx.path}`, { headers: { Authorization: header, ...from } })).status;
    await blocksAfterThree("malformed", (_, from) => send('Digest username="abcdefgh", realm=', from), ctx, "192.0.2.1");
    await blocksAfterThree("not a public key", async ({ path }, from) => {
      const { nonce } = await fetchNonce(`${ctx.server.base}${path}`);
      return send(authorization({ method: "GET", uri: path, nonce, publicKey: "not-a-public-key", privateKey: "x" }), from);
    }, ctx, "192.0.2.2");
    await blocksAfterThree("forged nonce", async ({ path, key }, from) => {
      const { nonce } = await fetchNonce(`${ctx.server.base}${path}`);
      const forged = `${nonce.slice(0, 30)}${nonce.slice(30).split("").reverse().join("")}`;
      return send(authorization({ method: "GET", uri: path, nonce: forged, ...key }), from);
    }, ctx, "192.0.2.3");
  });

  it("refuses and counts qop=auth-int, even with a response computed over the method and URI", async () => {
    const ctx = await setup(tight());
    await blocksAfterThree("auth-int", async ({ server, path, key }, from) => {
      const { nonce } = await fetchNonce(`${server.base}${path}`);
      return (await fetch(`${server.base}${path}`, { headers: { Authorization: withQop("auth-int", { method: "GET", uri: path, nonce, ...key }), ...from } })).status;
    }, ctx, "192.0.2.4");
  });

  it("counts a key this instance cannot open (another AM_SECRET)", async () => {
    const ctx = await setup();
    const other = await startServer(ctx.server.deps.store, { secret: "a-different-secret", trustProxy: ["127.0.0.1/32"], ...tight() });
    servers.push(other);
    await blocksAfterThree("sealed with another secret", async ({ path, key }, from) => (await signedFetch(other.base, path, key, { headers: from })).status, { ...ctx, server: other }, "192.0.2.5", 401);
  });

  it("answers a URI it reads differently with a fresh challenge that does not call the nonce stale, and counts nothing", async () => {
    const ctx = await setup(tight());
    const from = { "X-Forwarded-For": "192.0.2.6" };
    for (let i = 0; i < 4; i++) {
      const { nonce } = await fetchNonce(`${ctx.server.base}${ctx.path}`);
      const elsewhere = authorization({ method: "GET", uri: `${ctx.path}/./`, nonce, ...ctx.key });
      const res = await fetch(`${ctx.server.base}${ctx.path}`, { headers: { Authorization: elsewhere, ...from } });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("stale=false");
    }
    expect((await signedFetch(ctx.server.base, ctx.path, ctx.key, { headers: from })).status).toBe(200);
  });
});

describe("what an admitted request is", () => {
  it("signs a URI longer than the ones whose hash is kept like any other", async () => {
    const { server, key, path } = await setup();
    const long = `${path}?pretty=false&note=${"x".repeat(400)}`;
    expect((await signedFetch(server.base, long, key)).status).toBe(200);
    expect((await signedFetch(server.base, long, key)).status).toBe(200);
  });

  it("admits a key's second request from the state kept since its first (SQLite keeps it per generation)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "am-digest-"));
    try {
      const { server, key, path } = await setup({}, await openStore({ dataDir }));
      for (let i = 0; i < 3; i++) expect((await signedFetch(server.base, path, key)).status).toBe(200);
    } finally {
      for (const s of servers.splice(0)) await s.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("counts each admitted request as the key's use", async () => {
    const { server, owner, key, orgId, path } = await setup();
    const before = await owner.call("GET", `/orgs/${orgId}/apiKeys/${key.id}`);
    expect(before.body.lastUsed ?? null).toBeNull();
    expect((await signedFetch(server.base, path, key)).status).toBe(200);
    await server.usage.flush();
    const after = await owner.call("GET", `/orgs/${orgId}/apiKeys/${key.id}`);
    expect(Date.parse(after.body.lastUsed)).toBeGreaterThan(Date.now() - 60_000);
  });
});
