import { describe, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { parseDigest } from "../../server/auth/digest-header.ts";
import { MAX_CLOCK_SKEW_MS, NONCE_LIFETIME_MS, nonceFreshness, nonceSigner } from "../../server/auth/nonce.ts";
import { ReplayGuard } from "../../server/auth/replay-guard.ts";

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
    expect(nonceFreshness(signer.issuedAt(nonce), t0)).toBe("valid");
    expect(nonceFreshness(nonceSigner("secret-a").issuedAt(nonce), t0)).toBe("valid");
  });
  it("calls an expired nonce stale and a foreign or tampered one invalid", () => {
    const nonce = signer.issue(t0);
    expect(nonceFreshness(signer.issuedAt(nonce), new Date(t0.getTime() + NONCE_LIFETIME_MS + 1))).toBe("stale");
    expect(nonceFreshness(nonceSigner("secret-b").issuedAt(nonce), t0)).toBe("invalid");
    const tampered = (nonce[0] === "A" ? "B" : "A") + nonce.slice(1);
    expect(nonceFreshness(signer.issuedAt(tampered), t0)).toBe("invalid");
    expect(nonceFreshness(signer.issuedAt("short"), t0)).toBe("invalid");
  });
  it("allows a nonce from a clock up to MAX_CLOCK_SKEW_MS ahead, and refuses one further ahead", () => {
    const ahead = (ms: number) => signer.issuedAt(signer.issue(new Date(t0.getTime() + ms)));
    expect(nonceFreshness(ahead(MAX_CLOCK_SKEW_MS), t0)).toBe("valid");
    expect(nonceFreshness(ahead(MAX_CLOCK_SKEW_MS + 1), t0)).toBe("invalid");
  });
});

describe("ReplayGuard", () => {
  // Issue times in ms; each guard starts at 0.
  it("accepts growing nonce counts and refuses repeats", () => {
    const guard = new ReplayGuard(10, 0);
    expect(guard.accept("n", "c", 1, 1)).toBe("accepted");
    expect(guard.accept("n", "c", 1, 1)).toBe("replayed");
    expect(guard.accept("n", "c", 2, 1)).toBe("accepted");
    expect(guard.accept("n", "other", 1, 1)).toBe("accepted");
  });

  it("stays bounded, and answers a pair it forgot as forgotten (stale), never accepted", () => {
    const guard = new ReplayGuard(2, 0); // one pair per table
    expect(guard.accept("a", "c", 5, 10)).toBe("accepted"); // fills a table; the rotation empties one never filled
    expect(guard.accept("b", "c", 1, 20)).toBe("accepted"); // rotates again: "a" is forgotten
    expect(guard.accept("a", "c", 5, 10)).toBe("forgotten");
    expect(guard.accept("a", "c", 6, 10)).toBe("forgotten");
    expect(guard.accept("a", "new", 1, 10)).toBe("forgotten");
    expect(guard.accept("b", "c", 1, 20)).toBe("replayed");
    // A nonce issued after every forgotten one has no forgotten pairs.
    expect(guard.accept("x", "c", 1, 11)).toBe("accepted");
  });

  it("counts nonces issued before it started as forgotten, and an unknown issue time too", () => {
    const guard = new ReplayGuard(2, 1_000);
    expect(guard.accept("before", "c", 1, 999)).toBe("forgotten");
    expect(guard.accept("since", "c", 1, 1_000)).toBe("accepted"); // and a rotation, which forgets nothing
    expect(guard.accept("before", "c", 1, 999)).toBe("forgotten");
    expect(guard.accept("unknown", "c", 1, Number.NaN)).toBe("forgotten");
  });

  it("never accepts a replayed request, whatever order the nonces' issue times come in (generated)", () => {
    const guard = new ReplayGuard(100, 0);
    // A new nonce every 20 requests, five in use at once, issued by clocks up to 30 ms apart (so out of order).
    const issuedAt = (nonce: number) => nonce * 10 + ((nonce * 7919) % 61) - 30;
    type Sent = [nonce: string, cnonce: string, nc: number, issued: number];
    const accepted: Sent[] = [];
    const outcomes = { accepted: 0, replayed: 0, forgotten: 0 };
    let seed = 1;
    let cnonces = 0;
    const next = (n: number) => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n;
    for (let i = 0; i < 100_000; i++) {
      // Three in ten are a request accepted before, sent again.
      const replay = accepted.length > 0 && next(10) < 3;
      const nonce = Math.max(0, Math.floor(i / 20) - next(5));
      const request: Sent | undefined = replay ? accepted[next(accepted.length)] : [String(nonce), `c${cnonces++}`, 1, issuedAt(nonce)];
      if (!request) throw new Error("no request");
      const outcome = guard.accept(...request);
      outcomes[outcome] += 1;
      if (replay) expect(outcome, request.join(" ")).not.toBe("accepted");
      else if (outcome === "accepted") accepted.push(request);
    }
    // New pairs were both accepted and forgotten, and replays both remembered and forgotten.
    expect(Math.min(outcomes.accepted, outcomes.forgotten), JSON.stringify(outcomes)).toBeGreaterThan(10_000);
    expect(outcomes.replayed, JSON.stringify(outcomes)).toBeGreaterThan(100);
  });

  it("remembers at least half its capacity: every recent pair is refused on replay, none refused on first use", () => {
    const guard = new ReplayGuard(10_000, 0);
    // Nonces issued as they are used, so none has pairs that were forgotten.
    const pairs = Array.from({ length: 20_000 }, (_, i) => [`nonce${i % 7}-${Math.floor(i / 7)}`, `cnonce-${i}`, i + 1] as const);
    expect(pairs.filter(([n, c, at]) => guard.accept(n, c, 1, at) !== "accepted")).toEqual([]);
    const recent = pairs.slice(-5_000);
    expect(recent.filter(([n, c, at]) => guard.accept(n, c, 1, at) !== "replayed")).toEqual([]);
    expect(recent.every(([n, c, at]) => guard.accept(n, c, 2, at) === "accepted")).toBe(true);
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
