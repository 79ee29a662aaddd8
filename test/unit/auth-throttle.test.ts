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

  it("cuts the used head off its queue once past 1,024 slots and half the queue, not before and not on every call", () => {
    /** `keys` entries failed at 0, then `calls` calls after all expired (each forgets four from the head). */
    const after = (keys: number, calls: number) => {
      const throttle = new AuthThrottle(1_000, 2, 4, 100_000);
      for (let i = 0; i < keys; i++) throttle.fail(`k${i}`, 0);
      for (let i = 0; i < calls; i++) throttle.blockedFor("someone", 2_000);
      return { slots: throttle.queueSlots, size: throttle.size };
    };
    // 1,024 forgotten of 2,000: kept as they are (cutting the array each time would cost a copy per call).
    expect(after(2_000, 256)).toEqual({ slots: 2_000, size: 976 });
    // The 1,025th forgotten is past 1,024 and more than half of 2,000: the array is cut to the 975
    // slots after it (and that call forgets three more from the new head).
    expect(after(2_000, 257)).toEqual({ slots: 975, size: 972 });
    // 1,028 forgotten, exactly half of 2,056, is not yet more than half; the 1,029th is.
    expect(after(2_056, 257)).toEqual({ slots: 2_056, size: 1_028 });
    expect(after(2_056, 258)).toEqual({ slots: 1_027, size: 1_024 });
  });

  it("never lets a stale queue slot of a key remove that key's newer entry", () => {
    // Room for three. "a" is cleared and fails again, so its old slot waits in the queue
    // between "x" and "z", ahead of its new one: queue x, a (old), z, a (new).
    const throttle = new AuthThrottle(60_000, 0, 3, 3);
    throttle.fail("x", 0);
    throttle.fail("a", 1);
    throttle.fail("z", 2);
    throttle.clear("a");
    for (let i = 0; i < 3; i++) throttle.fail("a", 3);
    // "y" pushes out the oldest, "x"; then "c" pushes out the oldest still live, "z", not "a".
    throttle.fail("y", 4);
    throttle.fail("c", 5);
    expect(throttle.size).toBe(3);
    expect(throttle.blockedFor("a", 6)).toBeGreaterThan(0);
    expect(throttle.blockedFor("z", 6)).toBe(0);
  });

  it("lets a blocked key in once its window has passed, though its entry has not reached the queue's head", () => {
    const throttle = new AuthThrottle(60_000, 0, 3);
    // Eight older entries: the call below forgets only four of them, not the blocked key's.
    for (let i = 0; i < 8; i++) throttle.fail(`older-${i}`, 0);
    for (let i = 0; i < 3; i++) throttle.fail("blocked", 0);
    expect(throttle.blockedFor("blocked", 60_000)).toBe(1);
    expect(throttle.blockedFor("blocked", 60_001)).toBe(0);
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
    expect(throttleAddress("::")).toBe("0:0:0:0::/64");
    expect(throttleAddress("1:2:3:4:5:6:7::")).toBe("1:2:3:4::/64");
    expect(throttleAddress("1::2:3:4:5:6:7")).toBe("1:0:2:3::/64");
  });

  it("counts a spelling that is no IPv6 address as the text it is", () => {
    for (const text of ["1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7::8", "1::2:3:4:5:6:7:8"]) {
      expect(throttleAddress(text)).toBe(text);
    }
  });
});
