import { describe, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { parseDigest } from "../../server/auth/digest-header.ts";
import { NONCE_LIFETIME_MS, nonceSigner } from "../../server/auth/nonce.ts";
import { CLOCK_AGREEMENT_MS, ReplayGuard } from "../../server/auth/replay-guard.ts";

describe("parseDigest", () => {
  const header =
    'Digest username="abcdefgh", realm="MMS Public API", nonce="n1", uri="/api/atlas/v2/orgs?x=1,2", qop=auth, nc=0000000a, cnonce="c1", response="ff", algorithm=SHA-256';
  it("reads quoted and bare parameters, including commas inside quotes", () => {
    expect(parseDigest(header)).toMatchObject({
      username: "abcdefgh",
      realm: "MMS Public API",
      uri: "/api/atlas/v2/orgs?x=1,2",
      qop: "auth",
      nc: "0000000a",
      algorithm: "SHA-256",
    });
  });
  it("defaults the algorithm to MD5", () => {
    expect(parseDigest(header.replace(", algorithm=SHA-256", ""))?.algorithm).toBe("MD5");
  });
  it.each([
    ["not digest", header.replace("Digest", "Basic")],
    ["a missing response", header.replace(', response="ff"', "")],
    ["a repeated parameter", `${header}, nc=0000000b`],
    ["a bad nonce count", header.replace("nc=0000000a", "nc=xyz")],
    ["a nonce count of zero", header.replace("nc=0000000a", "nc=00000000")],
    ["an unterminated quote", 'Digest username="abc'],
    ["an oversized header", `${header}, x="${"a".repeat(5000)}"`],
  ])("rejects %s", (_why, text) => expect(parseDigest(text)).toBeUndefined());
});

describe("nonces", () => {
  const signer = nonceSigner("secret-a");
  const t0 = new Date("2026-01-01T00:00:00Z");
  it("accepts its own fresh nonce and one of another instance with the same secret", () => {
    const nonce = signer.issue(t0);
    expect(signer.check(nonce, t0)).toBe("valid");
    expect(nonceSigner("secret-a").check(nonce, t0)).toBe("valid");
  });
  it("calls an expired nonce stale and a foreign or tampered one invalid", () => {
    const nonce = signer.issue(t0);
    expect(signer.check(nonce, new Date(t0.getTime() + NONCE_LIFETIME_MS + 1))).toBe("stale");
    expect(nonceSigner("secret-b").check(nonce, t0)).toBe("invalid");
    const tampered = (nonce[0] === "A" ? "B" : "A") + nonce.slice(1);
    expect(signer.check(tampered, t0)).toBe("invalid");
    expect(signer.check("short", t0)).toBe("invalid");
  });
});

describe("ReplayGuard", () => {
  // Times in ms; nonces issued at 0 unless a test says otherwise.
  it("accepts growing nonce counts and refuses repeats", () => {
    const guard = new ReplayGuard(10);
    expect(guard.accept("n", "c", 1, 0, 1)).toBe("accepted");
    expect(guard.accept("n", "c", 1, 0, 2)).toBe("replayed");
    expect(guard.accept("n", "c", 2, 0, 3)).toBe("accepted");
    expect(guard.accept("n", "other", 1, 0, 4)).toBe("accepted");
  });

  it("stays bounded, and never lets in a pair it forgot: its nonce is too old, so the answer is stale", () => {
    const guard = new ReplayGuard(2); // one pair per table
    expect(guard.accept("a", "c", 5, 0, 1_000)).toBe("accepted"); // fills a table; the first rotation forgets nothing
    expect(guard.accept("b", "c", 1, 0, 2_000)).toBe("accepted"); // rotates again: "a" is forgotten, pairs since 1,000 are known
    expect(guard.accept("a", "c", 5, 0, 3_000)).toBe("forgotten");
    expect(guard.accept("a", "c", 6, 0, 3_000)).toBe("forgotten");
    expect(guard.accept("b", "c", 1, 0, 3_000)).toBe("replayed");
  });

  it("accepts a new pair of a nonce issued since what it remembers, allowing for clocks a second apart", () => {
    const guard = new ReplayGuard(2);
    guard.accept("a", "c", 1, 0, 10_000);
    guard.accept("b", "c", 1, 0, 20_000); // remembers every pair used since 10,000
    expect(guard.accept("x", "c", 1, 10_000 + CLOCK_AGREEMENT_MS, 20_001)).toBe("accepted");
    expect(guard.accept("y", "c", 1, 10_000 + CLOCK_AGREEMENT_MS - 1, 20_002)).toBe("forgotten");
    expect(guard.accept("z", "c", 1, Number.NaN, 20_003)).toBe("forgotten");
  });

  it("forgets nothing before its first real rotation: any nonce's new pair is accepted", () => {
    const guard = new ReplayGuard(4);
    expect(guard.accept("old", "c1", 1, -1e12, 1)).toBe("accepted");
    expect(guard.accept("old", "c2", 1, -1e12, 2)).toBe("accepted");
  });

  it("remembers at least half its capacity: every recent pair is refused on replay, none refused on first use", () => {
    const guard = new ReplayGuard(10_000);
    // Nonces are issued as they are used, so none is older than what is remembered.
    const pairs = Array.from({ length: 20_000 }, (_, i) => [`nonce${i % 7}-${Math.floor(i / 7)}`, `cnonce-${i}`, i] as const);
    expect(pairs.filter(([n, c, at]) => guard.accept(n, c, 1, at, at) !== "accepted")).toEqual([]);
    const recent = pairs.slice(-5_000);
    expect(recent.filter(([n, c, at]) => guard.accept(n, c, 1, at, 20_000) !== "replayed")).toEqual([]);
    expect(recent.every(([n, c, at]) => guard.accept(n, c, 2, at, 20_000) === "accepted")).toBe(true);
  });
});

describe("AuthThrottle", () => {
  it("delays after the free failures and blocks after the limit, per address and per window", () => {
    const throttle = new AuthThrottle(60_000, 2, 4);
    expect([1, 2, 3, 4].map(() => throttle.fail("a", 0))).toEqual([0, 0, 100, 200]);
    expect(throttle.blockedFor("a", 1_000)).toBe(59);
    expect(throttle.blockedFor("b", 1_000)).toBe(0);
    expect(throttle.blockedFor("a", 60_001)).toBe(0);
  });
});
