// Each check of a Digest answer, one at a time, through real HTTP: a request
// that is right in every way but one is refused, and the same request with that
// one thing right gets in (so the refusal is the check's doing).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { MAX_CLOCK_SKEW_MS, NONCE_LIFETIME_MS } from "../../server/auth/nonce.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { authorization, fetchNonce } from "../support/digest-client.ts";
import { buildWorld, signIn, startServer } from "../support/server.ts";

// One server for the file: every test signs with its own nonce or client nonce.
// The throttle is out of the way here (digest-edges.test.ts covers it).
let world: Awaited<ReturnType<typeof start>>;
beforeAll(async () => {
  world = await start();
});
afterAll(() => world.server.close());

async function start() {
  const clock = { now: Date.now() };
  const server = await startServer(new MemoryStore(), { now: () => new Date(clock.now), throttle: new AuthThrottle(60_000, 1_000, 1_000) });
  const built = await buildWorld(server.deps);
  const owner = await signIn(server.base, built.users.owner);
  const key = (await owner.call("POST", `/orgs/${built.orgId}/apiKeys`, { desc: "checks", roles: ["ORG_OWNER"] })).body;
  const path = `/api/atlas/v2/orgs/${built.orgId}`;
  const send = (header: string, target = path) => fetch(`${server.base}${target}`, { headers: { Authorization: header } });
  const nonce = async () => (await fetchNonce(`${server.base}${path}`)).nonce;
  return { server, key, path, clock, send, nonce };
}

/** The shared server, its clock set to now. */
async function setup() {
  world.clock.now = Date.now();
  return world;
}

/** The header with its response="…" replaced. */
const withResponse = (header: string, response: string) => header.replace(/response="[0-9a-f]+"/, `response="${response}"`);
const responseOf = (header: string) => /response="([0-9a-f]+)"/.exec(header)?.[1] ?? "";

describe("the response's length", () => {
  it("refuses a response that is only the first characters of the right one", async () => {
    const { key, path, send, nonce } = await setup();
    const header = authorization({ method: "GET", uri: path, nonce: await nonce(), ...key, cnonce: "short" });
    const right = responseOf(header);
    for (const length of [1, 16, right.length - 1]) {
      expect((await send(withResponse(header, right.slice(0, length)))).status, `${length} characters`).toBe(401);
    }
    expect((await send(header)).status).toBe(200);
  });

  it("refuses the right response with characters added", async () => {
    const { key, path, send, nonce } = await setup();
    const header = authorization({ method: "GET", uri: path, nonce: await nonce(), ...key, cnonce: "long" });
    expect((await send(withResponse(header, `${responseOf(header)}0`))).status).toBe(401);
    expect((await send(header)).status).toBe(200);
  });

  it("accepts the response in upper case, as hex is case-blind", async () => {
    const { key, path, send, nonce } = await setup();
    const header = authorization({ method: "GET", uri: path, nonce: await nonce(), ...key });
    const upper = header.replace(/response="([0-9a-f]+)"/, (_m, r: string) => `response="${r.toUpperCase()}"`);
    expect((await send(upper)).status).toBe(200);
  });
});

describe("the signed URI", () => {
  it("refuses an answer signed for another URI, though its response is right for that URI", async () => {
    const { key, path, send, nonce } = await setup();
    const n = await nonce();
    const forOther = authorization({ method: "GET", uri: "/api/atlas/v2/orgs", nonce: n, ...key, cnonce: "other" });
    expect((await send(forOther, path)).status).toBe(401);
    const forQuery = authorization({ method: "GET", uri: `${path}?pretty=true`, nonce: n, ...key, cnonce: "query" });
    expect((await send(forQuery, path)).status).toBe(401);
    expect((await send(authorization({ method: "GET", uri: path, nonce: n, ...key, cnonce: "same" }))).status).toBe(200);
  });

  it("accepts the request target with its query, or the absolute URL", async () => {
    const { server, key, path, send, nonce } = await setup();
    const n = await nonce();
    const withQuery = `${path}?pretty=true`;
    expect((await send(authorization({ method: "GET", uri: withQuery, nonce: n, ...key, cnonce: "q" }), withQuery)).status).toBe(200);
    const absolute = authorization({ method: "GET", uri: `${server.base}${path}`, nonce: n, ...key, cnonce: "abs" });
    expect((await send(absolute)).status).toBe(200);
  });

  it("refuses an answer signed for another method", async () => {
    const { key, path, send, nonce } = await setup();
    const n = await nonce();
    expect((await send(authorization({ method: "POST", uri: path, nonce: n, ...key, cnonce: "post" }))).status).toBe(401);
    expect((await send(authorization({ method: "GET", uri: path, nonce: n, ...key, cnonce: "get" }))).status).toBe(200);
  });
});

describe("the nonce's issue time", () => {
  it("refuses a nonce issued further ahead than the clock skew allowed, without stale=true, and accepts one just within it", async () => {
    const { key, path, clock, send, nonce } = await setup();
    const start = clock.now;
    clock.now = start + MAX_CLOCK_SKEW_MS + 1_000;
    const farAhead = await nonce();
    clock.now = start + MAX_CLOCK_SKEW_MS;
    const justAhead = await nonce();
    clock.now = start;
    const refused = await send(authorization({ method: "GET", uri: path, nonce: farAhead, ...key }));
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toContain("stale=false");
    expect((await send(authorization({ method: "GET", uri: path, nonce: justAhead, ...key }))).status).toBe(200);
  });

  it("accepts a nonce at the end of its lifetime and calls it stale just after", async () => {
    const { key, path, clock, send, nonce } = await setup();
    const n = await nonce();
    clock.now += NONCE_LIFETIME_MS;
    expect((await send(authorization({ method: "GET", uri: path, nonce: n, ...key, cnonce: "last" }))).status).toBe(200);
    clock.now += 1;
    const stale = await send(authorization({ method: "GET", uri: path, nonce: n, ...key, cnonce: "late" }));
    expect(stale.status).toBe(401);
    expect(stale.headers.get("www-authenticate")).toContain("stale=true");
  });

  it("refuses a nonce this server did not sign, even with a right response for it", async () => {
    const { key, path, send, nonce } = await setup();
    const real = await nonce();
    // Same length and alphabet as a real nonce, and the signature part changed.
    const forged = `${real.slice(0, 30)}${real.slice(30).split("").reverse().join("")}`;
    expect(forged).not.toBe(real);
    const res = await send(authorization({ method: "GET", uri: path, nonce: forged, ...key }));
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("stale=false");
  });
});

describe("the nonce's spelling", () => {
  it("refuses a nonce of ours with a character added, changed to one outside base64url, or cut, though each is signed right", async () => {
    const { key, path, send, nonce } = await setup();
    const real = await nonce();
    const spellings = [`${real.slice(0, 20)}!${real.slice(20)}`, `${real.slice(0, 20)}!${real.slice(21)}`, real.slice(0, 42), `${real}A`];
    for (const n of spellings) {
      const res = await send(authorization({ method: "GET", uri: path, nonce: n, ...key }));
      expect(res.status, n).toBe(401);
    }
    expect((await send(authorization({ method: "GET", uri: path, nonce: real, ...key }))).status).toBe(200);
  });
});

describe("the algorithm's hash", () => {
  it("refuses an MD5 answer sent as SHA-256", async () => {
    const { key, path, send, nonce } = await setup();
    const md5 = authorization({ method: "GET", uri: path, nonce: await nonce(), ...key, algorithm: "MD5" });
    expect((await send(md5.replace("algorithm=MD5", "algorithm=SHA-256"))).status).toBe(401);
  });
});
