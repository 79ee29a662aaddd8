// Whose address a request has behind proxies (TRUST_PROXY), read through
// GET /api/private/ip, which answers with the address the server settled on —
// the same one the access list and the auth throttle see.
import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { startServer, type TestServer } from "../support/server.ts";

let running: TestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** The caller's address as the server sees it, for a request through the test's socket (127.0.0.1). */
async function callerBehind(trustProxy: string[], forwardedFor?: string): Promise<string> {
  running ??= await startServer(new MemoryStore(), { trustProxy });
  const res = await fetch(`${running.base}/api/private/ip`, {
    headers: forwardedFor === undefined ? {} : { "X-Forwarded-For": forwardedFor },
  });
  return ((await res.json()) as { ipAddress: string }).ipAddress;
}

describe("a chain of two trusted proxies", () => {
  const proxies = ["127.0.0.1/32", "10.0.0.0/8"];

  it("takes the client before the inner proxy, not the inner proxy", async () => {
    expect(await callerBehind(proxies, "203.0.113.5, 10.1.2.3")).toBe("203.0.113.5");
  });

  it("takes the rightmost untrusted hop, so a client cannot prepend its way in", async () => {
    expect(await callerBehind(proxies, "192.0.2.1, 203.0.113.5, 10.1.2.3")).toBe("203.0.113.5");
  });

  it("takes the leftmost hop when every hop is a trusted proxy", async () => {
    expect(await callerBehind(proxies, "10.9.9.9, 10.1.2.3")).toBe("10.9.9.9");
  });

  it("skips empty hops", async () => {
    expect(await callerBehind(proxies, "203.0.113.5, , 10.1.2.3,")).toBe("203.0.113.5");
  });

  it("normalises hops: IPv6 spelling and IPv4-mapped IPv6", async () => {
    expect(await callerBehind(proxies, " 2001:0DB8::0001 ,10.1.2.3")).toBe("2001:db8::1");
    expect(await callerBehind(proxies, "::ffff:203.0.113.9, 10.1.2.3")).toBe("203.0.113.9");
  });
});

describe("several TRUST_PROXY ranges", () => {
  it("trusts a socket in any one of them, not only one in all of them", async () => {
    expect(await callerBehind(["10.0.0.0/8", "127.0.0.0/8", "2001:db8::/32"], "198.51.100.7")).toBe("198.51.100.7");
  });

  it("keeps the socket's address when the trusted proxy sends no X-Forwarded-For", async () => {
    expect(await callerBehind(["10.0.0.0/8", "127.0.0.1"])).toBe("127.0.0.1");
  });

  it("keeps the socket's address when the proxy sends only empty hops", async () => {
    expect(await callerBehind(["10.0.0.0/8", "127.0.0.1"], " , ")).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For when the socket is in none of them", async () => {
    expect(await callerBehind(["10.0.0.0/8", "192.168.0.0/16"], "198.51.100.7")).toBe("127.0.0.1");
  });
});

describe("a forwarded hop that is not an IPv6 address", () => {
  it.each(["1:2:3:4:5::6:7:8:9", "1:2:3:4:5:6:7:8:9", "a::b::c", "::1::", "1:2"])(
    "answers a failed Digest attempt from %s with 401, not 500",
    async (hop) => {
      running ??= await startServer(new MemoryStore(), { trustProxy: ["127.0.0.1/32"] });
      const res = await fetch(`${running.base}/api/atlas/v2/orgs`, {
        headers: {
          "X-Forwarded-For": hop,
          Authorization: 'Digest username="abcdefgh", realm="MMS Public API", nonce="n", uri="/api/atlas/v2/orgs", qop=auth, nc=00000001, cnonce="c", response="00"',
        },
      });
      expect(res.status).toBe(401);
    },
  );
});

describe("a TRUST_PROXY that is not a CIDR", () => {
  it("stops the server from starting, naming the entry", async () => {
    await expect(startServer(new MemoryStore(), { trustProxy: ["10.0.0.0/8", "proxy.internal"] })).rejects.toThrow(
      "TRUST_PROXY: proxy.internal is not an IP address or CIDR block",
    );
  });
});
