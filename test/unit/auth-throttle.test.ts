import { describe, expect, it } from "vitest";
import { AuthThrottle, throttleAddress } from "../../server/auth/auth-throttle.ts";

describe("AuthThrottle's table", () => {
  it("never holds more than its maximum: the oldest entry goes first", () => {
    const throttle = new AuthThrottle(60_000, 2, 4, 1_000);
    for (let i = 0; i < 5_000; i++) throttle.fail(`198.51.${i >> 8}.${i & 255}`, i);
    expect(throttle.size).toBe(1_000);
    throttle.fail("newest", 5_000);
    throttle.fail("newest", 5_000);
    throttle.fail("newest", 5_000);
    throttle.fail("newest", 5_000);
    expect(throttle.blockedFor("newest", 5_001)).toBeGreaterThan(0);
  });

  it("forgets expired entries a few per call, so a call never walks the table", () => {
    const throttle = new AuthThrottle(1_000, 2, 4, 100_000);
    for (let i = 0; i < 50_000; i++) throttle.fail(`a${i}`, 0);
    // One call after every entry expired removes a handful, not 50,000.
    throttle.blockedFor("someone", 5_000);
    expect(throttle.size).toBeGreaterThan(49_990);
    expect(throttle.size).toBeLessThan(50_000);
    for (let i = 0; i < 20_000; i++) throttle.blockedFor("someone", 5_000);
    expect(throttle.size).toBe(0);
  });

  it("takes back a failure recorded ahead of a check that succeeded, and forgets a key on clear", () => {
    const throttle = new AuthThrottle(60_000, 0, 2);
    throttle.fail("k", 0);
    throttle.fail("k", 0);
    expect(throttle.blockedFor("k", 1)).toBeGreaterThan(0);
    throttle.forgive("k");
    expect(throttle.blockedFor("k", 1)).toBe(0);
    throttle.fail("k", 0);
    throttle.clear("k");
    expect(throttle.blockedFor("k", 1)).toBe(0);
    expect(throttle.size).toBe(0);
  });
});

describe("throttleAddress", () => {
  it("keeps IPv4 addresses and counts IPv6 by the /64", () => {
    expect(throttleAddress("192.0.2.7")).toBe("192.0.2.7");
    expect(throttleAddress("2001:db8:1:2::5")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8:1:2:aa:bb:cc:dd")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("::1")).toBe("0:0:0:0::/64");
    expect(throttleAddress("fe80::")).toBe("fe80:0:0:0::/64");
  });
});
