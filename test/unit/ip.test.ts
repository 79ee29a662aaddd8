import { describe, expect, it } from "vitest";
import { cidrContains, formatCidr, normalizeAddress, parseCidr, parseIp } from "../../contract/ip.ts";

const canonical = (text: string) => {
  const c = parseCidr(text);
  return c ? formatCidr(c) : null;
};

describe("parseCidr and formatCidr", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7/32"],
    ["192.0.2.0/24", "192.0.2.0/24"],
    ["10.1.2.3/8", "10.0.0.0/8"],
    ["0.0.0.0/0", "0.0.0.0/0"],
    ["::1", "::1/128"],
    ["2001:DB8::/32", "2001:db8::/32"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1/128"],
    ["::/0", "::/0"],
    ["1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8/128"],
    // "::" may stand for a single zero group when reading; a single zero is never written as "::" (RFC 5952).
    ["1::3:4:5:6:7:8", "1:0:3:4:5:6:7:8/128"],
    ["0:1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7/128"],
    // The longer run of zeros is the one compressed, wherever it is.
    ["1:0:0:0:1:0:0:1", "1::1:0:0:1/128"],
    ["1:0:0:1:0:0:0:1", "1:0:0:1::1/128"],
    // IPv4-mapped blocks are the IPv4 blocks they match.
    ["::ffff:192.0.2.1", "192.0.2.1/32"],
    ["::ffff:c000:201/120", "192.0.2.0/24"],
    ["::ffff:0:0/96", "0.0.0.0/0"],
    ["::ffff:0:0/95", "::fffe:0:0/95"],
  ])("%s is the block %s", (text, block) => expect(canonical(text)).toBe(block));

  it.each(["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4/33", "1.2.3.4/-1", "1.2.3.4/", "1.2.3.4/8/8", "::1/129", "1::2::3", "1:2:3:4:5:6:7:8:9", "g::1", "localhost", " 1.2.3.4"])(
    "rejects %j",
    (text) => expect(parseCidr(text)).toBeNull(),
  );
});

describe("cidrContains", () => {
  it.each([
    ["10.0.0.0/8", "10.255.255.255", true],
    ["10.0.0.0/8", "11.0.0.0", false],
    ["192.0.2.7/32", "192.0.2.7", true],
    ["192.0.2.7/32", "192.0.2.8", false],
    ["0.0.0.0/0", "203.0.113.9", true],
    ["0.0.0.0/0", "::1", false],
    ["::/0", "2001:db8::1", true],
    ["::/0", "127.0.0.1", false],
    ["2001:db8::/32", "2001:db8:ffff::1", true],
    ["2001:db8::1/128", "2001:db8::2", false],
    ["127.0.0.1/32", "::ffff:127.0.0.1", true],
    ["10.0.0.0/8", "::ffff:11.0.0.1", false],
    // An IPv6 block wider than the mapped range (/95) is matched as IPv6: it holds ::ffff:a.b.c.d.
    ["::ffff:0:0/95", "::ffff:192.0.2.1", true],
    ["::fffe:0:0/96", "::ffff:192.0.2.1", false],
    ["10.0.0.0/8", "garbage", false],
  ])("%s contains %s: %s", (block, address, expected) => {
    const parsed = parseCidr(block);
    expect(parsed).not.toBeNull();
    expect(cidrContains(parsed!, address)).toBe(expected);
  });
});

describe("addresses", () => {
  it("normalises IPv4-mapped IPv6 and IPv6 spelling", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:0DB8:0000::0001")).toBe("2001:db8::1");
    expect(normalizeAddress("not an address")).toBe("not an address");
  });
  it("tells IPv4 from IPv6", () => {
    expect(parseIp("192.0.2.1")?.version).toBe(4);
    expect(parseIp("fe80::1")?.version).toBe(6);
    expect(parseIp("x".repeat(60))).toBeNull();
  });
  it("reads the longest spelling of an address (45 characters)", () => {
    const longest = "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255";
    expect(longest).toHaveLength(45);
    expect(parseIp(longest)).toEqual({ version: 6, value: 2n ** 128n - 1n });
  });
});
