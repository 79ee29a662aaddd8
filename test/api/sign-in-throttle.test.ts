// Sign-in under attack: the lockout is atomic, keyed by (address, email) and
// by address, never by account alone, and says nothing about which emails
// exist. Callers' addresses come from X-Forwarded-For through a trusted proxy.
import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { buildWorld, PASSWORD, startServer, type TestServer } from "../support/server.ts";

let running: TestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A server whose password checks are counted. */
async function setup() {
  running = await startServer(new MemoryStore(), { trustProxy: ["127.0.0.1/32"] });
  const world = await buildWorld(running.deps);
  const crypto = running.deps.crypto;
  const verify = crypto.verifyPassword.bind(crypto);
  const checks = { count: 0, running: 0, mostAtOnce: 0, done: 0, against: [] as string[] };
  crypto.verifyPassword = async (password, stored) => {
    checks.count += 1;
    checks.against.push(stored);
    checks.running += 1;
    checks.mostAtOnce = Math.max(checks.mostAtOnce, checks.running);
    try {
      return await verify(password, stored);
    } finally {
      checks.running -= 1;
      checks.done += 1;
    }
  };
  const base = running.base;
  const attempt = async (email: string, password: string, from: string) => {
    const res = await fetch(`${base}/api/private/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Forwarded-For": from },
      body: JSON.stringify({ email, password }),
    });
    return { status: res.status, body: await res.json(), retryAfter: res.headers.get("retry-after") };
  };
  return { world, checks, attempt };
}

describe("sign-in throttle", () => {
  it("checks at most 5 of 60 parallel wrong passwords for one account before refusing the rest", async () => {
    const { world, checks, attempt } = await setup();
    const results = await Promise.all(Array.from({ length: 60 }, () => attempt(world.users.owner, "wrong", "198.51.100.1")));
    expect(checks.count).toBe(5);
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(55);
    expect(results.find((r) => r.status === 429)?.body.errorCode).toBe("TOO_MANY_LOGIN_ATTEMPTS");
  });

  it("does not let a stranger lock the owner out: the owner signs in from another address, and a right password is not refused for others' failures", async () => {
    const { world, attempt } = await setup();
    for (let i = 0; i < 10; i++) await attempt(world.users.owner, "wrong", "203.0.113.9");
    const stranger = await attempt(world.users.owner, PASSWORD, "203.0.113.9");
    expect(stranger.status).toBe(429);
    expect(Number(stranger.retryAfter)).toBeGreaterThan(0);
    const owner = await attempt(world.users.owner, PASSWORD, "192.0.2.44");
    expect(owner.status).toBe(200);
    expect(owner.body.email).toBe(world.users.owner);
  });

  it("answers unknown and known emails alike: same status and body, one password check each, the same lockout", async () => {
    const { world, checks, attempt } = await setup();
    const known = await attempt(world.users.readOnly, "wrong", "198.51.100.2");
    expect(checks.count).toBe(1);
    const unknown = await attempt("nobody@acme.test", "wrong", "198.51.100.2");
    expect(checks.count).toBe(2);
    expect(unknown).toEqual(known);
    const lockouts = [];
    for (const email of [world.users.readOnly, "nobody@acme.test"]) {
      for (let i = 0; i < 4; i++) await attempt(email, "wrong", "198.51.100.3");
      lockouts.push(await attempt(email, "wrong", "198.51.100.3"), await attempt(email, "wrong", "198.51.100.3"));
    }
    const shape = lockouts.map((r) => `${r.status} ${r.body.errorCode}`);
    expect(shape).toEqual(["401 INVALID_CREDENTIALS", "429 TOO_MANY_LOGIN_ATTEMPTS", "401 INVALID_CREDENTIALS", "429 TOO_MANY_LOGIN_ATTEMPTS"]);
  });

  it("answers an invitee who has not accepted (no password yet) as an unknown email: a full hash, no failed sign-in recorded", async () => {
    const { world, checks, attempt } = await setup();
    const deps = running!.deps;
    await deps.store.insertUser({ id: "6b1600000000000000000001", email: "invitee@acme.test", passwordHash: "", failedLogins: 0, lockedUntil: null, created: new Date() });
    const unknown = await attempt("nobody@acme.test", "guess", "198.51.100.5");
    const invitee = await attempt("invitee@acme.test", "guess", "198.51.100.6");
    expect(invitee).toEqual(unknown);
    // Both checked against the dummy hash, never against the empty one, which answers at once.
    expect(checks.against).toHaveLength(2);
    expect(checks.against[1]).toBe(checks.against[0]);
    expect(checks.against[1]).not.toBe("");
    const failed = await deps.store.listEvents({ orgId: world.orgId, types: ["USER_SIGN_IN_FAILED"] }, { offset: 0, limit: 100 });
    expect(failed).toEqual([]);
  });

  it("refuses a flood of unknown emails from one address before checking more than 50 passwords, while another address signs in", async () => {
    const { world, checks, attempt } = await setup();
    const flood = await Promise.all(Array.from({ length: 120 }, (_, i) => attempt(`ghost${i}@acme.test`, "guess", "198.51.100.99")));
    expect(checks.count).toBeLessThanOrEqual(50);
    expect(flood.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(70);
    const before = checks.count;
    const other = await attempt(world.users.member, PASSWORD, "192.0.2.10");
    expect(other.status).toBe(200);
    expect(checks.count).toBe(before + 1);
    // The flooding address stays refused, even with a right password.
    expect((await attempt(world.users.member, PASSWORD, "198.51.100.99")).status).toBe(429);
  });

  it("checks a flood's passwords two at a time, so another address's sign-in during it is not queued behind them", async () => {
    const { world, checks, attempt } = await setup();
    const flood = Array.from({ length: 120 }, (_, i) => attempt(`ghost${i}@acme.test`, "guess", "198.51.100.77"));
    const other = await attempt(world.users.member, PASSWORD, "192.0.2.11");
    // Password checks finished when the other sign-in was answered, its own included.
    const doneBefore = checks.done;
    const results = await Promise.all(flood);
    expect(other.status).toBe(200);
    const checked = results.filter((r) => r.status === 401).length;
    expect(checked).toBeGreaterThanOrEqual(40);
    // Without the per-address limit the flood's checks all start at once on
    // libuv's four threads and the other sign-in's check waits behind every
    // one of them (51 done here); with it, behind the few that were running.
    expect(doneBefore).toBeLessThan(checked / 2);
    expect(checks.mostAtOnce).toBeLessThanOrEqual(3);
  });

  it("counts an IPv6 caller by its /64, so rotating addresses inside it gains nothing", async () => {
    const { world, checks, attempt } = await setup();
    for (let i = 1; i <= 5; i++) await attempt(world.users.owner, "wrong", `2001:db8:1:2::${i}`);
    expect((await attempt(world.users.owner, "wrong", "2001:db8:1:2:ffff::6")).status).toBe(429);
    expect(checks.count).toBe(5);
    expect((await attempt(world.users.owner, PASSWORD, "2001:db8:1:3::1")).status).toBe(200);
  });
});
