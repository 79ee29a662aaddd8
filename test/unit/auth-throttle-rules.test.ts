// AuthThrottle's bookkeeping: delays, the block and its end, forgiving and
// clearing (what sign-in uses), and the bound on what it remembers. The Digest
// and sign-in suites assert the same rules through HTTP with real clocks;
// here the clock is a number, so window edges can be hit exactly.
import { describe, expect, it } from "vitest";
import { AuthThrottle, throttleAddress } from "../../server/auth/auth-throttle.ts";

const failTimes = (t: AuthThrottle, key: string, n: number, now = 0) => Array.from({ length: n }, () => t.fail(key, now));

describe("AuthThrottle", () => {
  it("lets the free failures through without delay, then delays by one step more each time, up to 2 s", () => {
    const t = new AuthThrottle(60_000, 2, 1_000, 100, 700);
    expect(failTimes(t, "a", 6)).toEqual([0, 0, 700, 1_400, 2_000, 2_000]);
  });

  it("blocks a key from its blockAfter-th failure until its window ends, rounding seconds up, and then forgets it", () => {
    const t = new AuthThrottle(10_000, 1, 3);
    failTimes(t, "a", 2);
    expect(t.blockedFor("a", 0)).toBe(0);
    t.fail("a", 0);
    expect(t.blockedFor("a", 0)).toBe(10);
    expect(t.blockedFor("a", 8_500)).toBe(2);
    expect(t.blockedFor("a", 10_000)).toBe(1);
    expect(t.blockedFor("b", 0)).toBe(0);
    expect(t.blockedFor("a", 10_001)).toBe(0);
    expect(t.fail("a", 10_001)).toBe(0);
  });

  it("counts failures from the first one of a window, not from the latest", () => {
    const t = new AuthThrottle(10_000, 0, 100, 100, 100);
    t.fail("a", 0);
    expect(t.fail("a", 9_000)).toBe(200);
    expect(t.fail("a", 10_001)).toBe(100);
  });

  it("takes back one failure on forgive, never below none, and forgets them all on clear", () => {
    const t = new AuthThrottle(60_000, 0, 3, 100, 100);
    failTimes(t, "a", 3);
    expect(t.blockedFor("a", 0)).toBeGreaterThan(0);
    t.forgive("a");
    expect(t.blockedFor("a", 0)).toBe(0);
    expect(t.fail("a", 0)).toBe(300);
    t.clear("a");
    expect(t.size).toBe(0);
    t.forgive("a");
    t.fail("b", 0);
    t.forgive("b");
    t.forgive("b");
    expect(t.fail("b", 0)).toBe(100);
  });

  it("holds at most maxEntries keys, dropping the oldest first", () => {
    const t = new AuthThrottle(60_000, 0, 1, 3);
    for (const key of ["a", "b", "c", "d"]) t.fail(key, 0);
    expect(t.size).toBe(3);
    expect(t.blockedFor("a", 0)).toBe(0);
    expect(t.blockedFor("b", 0)).toBeGreaterThan(0);
    expect(t.blockedFor("d", 0)).toBeGreaterThan(0);
  });

  it("forgets expired keys a few per call, oldest first, and keeps the unexpired", () => {
    const t = new AuthThrottle(1_000, 0, 100);
    for (let i = 0; i < 10; i++) t.fail(`old${i}`, 0);
    t.fail("new", 900);
    expect(t.size).toBe(11);
    t.blockedFor("x", 1_001);
    expect(t.size).toBe(7);
    t.fail("y", 1_001);
    expect(t.size).toBe(4);
    t.blockedFor("x", 1_001);
    expect(t.size).toBe(2);
    expect(t.fail("new", 1_001)).toBeGreaterThan(t.fail("z", 1_001));
  });
});

describe("throttleAddress", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["fe80::", "fe80:0:0:0::/64"],
    ["1:2:3:4:5::6:7:8:9", "1:2:3:4:5::6:7:8:9"],
    ["1:2:3", "1:2:3"],
  ])("counts %s as %s", (address, key) => expect(throttleAddress(address)).toBe(key));
});
