// Slows, then refuses, addresses that keep failing authentication, without
// touching other callers. Counts live in this instance's memory.
export class AuthThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly freeFailures = 5,
    private readonly blockAfter = 20,
  ) {}

  /** Before authenticating: is this address blocked? */
  blockedFor(address: string, now: number): number {
    const f = this.current(address, now);
    return f && f.count >= this.blockAfter ? Math.ceil((f.since + this.windowMs - now) / 1000) : 0;
  }

  /** After a failed attempt: how long to delay this answer. */
  fail(address: string, now: number): number {
    const f = this.current(address, now) ?? { count: 0, since: now };
    f.count += 1;
    this.failures.set(address, f);
    if (this.failures.size > 50_000) this.prune(now);
    return Math.min(2_000, Math.max(0, f.count - this.freeFailures) * 100);
  }

  private current(address: string, now: number) {
    const f = this.failures.get(address);
    if (f && now - f.since > this.windowMs) {
      this.failures.delete(address);
      return undefined;
    }
    return f;
  }

  private prune(now: number): void {
    for (const [address, f] of this.failures) if (now - f.since > this.windowMs) this.failures.delete(address);
  }
}
