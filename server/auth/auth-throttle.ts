// Counts failed authentications per key (an address, or an address and an
// account), slows the answers past the free failures, then refuses the key
// until its window ends. Counts live in this instance's memory.
//
// Keys also wait in a queue in the order they were opened, which is the order
// they expire in: each call forgets a few expired ones from its head, so a
// call costs the same whether ten or a million keys have failed, and the table
// never holds more than `maxEntries` (past it the oldest goes). A queue, not
// the Map's own order: V8 leaves deleted Map entries as holes that iteration
// from the front has to step over, which makes "delete the first" slow.
interface Failures {
  count: number;
  since: number;
  /** Tells this entry from an earlier one of the same key in the queue. */
  serial: number;
}

/** Expired entries forgotten per call: more than one, so the table shrinks faster than it grows. */
const PRUNE_PER_CALL = 4;

export class AuthThrottle {
  private readonly failures = new Map<string, Failures>();
  private queue: { key: string; serial: number }[] = [];
  private head = 0;
  private serials = 0;

  constructor(
    private readonly windowMs = 60_000,
    private readonly freeFailures = 5,
    private readonly blockAfter = 20,
    private readonly maxEntries = 100_000,
    private readonly delayStepMs = 100,
  ) {}

  /** Before authenticating: seconds until this key may try again, or 0. */
  blockedFor(key: string, now: number): number {
    this.prune(now);
    const f = this.current(key, now);
    return f && f.count >= this.blockAfter ? Math.max(1, Math.ceil((f.since + this.windowMs - now) / 1000)) : 0;
  }

  /** Records a failure; returns how long to delay its answer. */
  fail(key: string, now: number): number {
    this.prune(now);
    let f = this.current(key, now);
    if (!f) {
      f = { count: 0, since: now, serial: ++this.serials };
      this.failures.set(key, f);
      this.queue.push({ key, serial: f.serial });
      while (this.failures.size > this.maxEntries && this.head < this.queue.length) this.dropHead();
    }
    f.count += 1;
    return Math.min(2_000, Math.max(0, f.count - this.freeFailures) * this.delayStepMs);
  }

  /** Takes back one failure recorded ahead of a check that then succeeded. */
  forgive(key: string): void {
    const f = this.failures.get(key);
    if (f && f.count > 0) f.count -= 1;
  }

  /** Forgets the key's failures (a correct password from this address for this account). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  get size(): number {
    return this.failures.size;
  }

  /** Slots the queue's array holds, the forgotten head included: the memory the compaction below bounds. */
  get queueSlots(): number {
    return this.queue.length;
  }

  private current(key: string, now: number): Failures | undefined {
    const f = this.failures.get(key);
    if (f && now - f.since > this.windowMs) {
      this.failures.delete(key);
      return undefined;
    }
    return f;
  }

  private prune(now: number): void {
    for (let i = 0; i < PRUNE_PER_CALL && this.head < this.queue.length; i++) {
      const first = this.queue[this.head];
      const f = first && this.failures.get(first.key);
      // A queue slot whose entry was cleared or opened again is just skipped.
      if (f && f.serial === first.serial && now - f.since <= this.windowMs) return;
      this.dropHead();
    }
  }

  /** Removes the queue's head, and its entry if that is still the one the slot was made for. */
  private dropHead(): void {
    const first = this.queue[this.head++];
    if (first && this.failures.get(first.key)?.serial === first.serial) this.failures.delete(first.key);
    // Drop the used half of the queue now and then: amortised constant time.
    if (this.head > 1_024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}

/**
 * The part of an address a throttle counts by: an IPv4 address, or the /64 of
 * an IPv6 one (one host usually holds a whole /64 and could rotate through it).
 */
export function throttleAddress(address: string): string {
  if (!address.includes(":")) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

function expandIpv6(address: string): string[] | null {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // Not a valid IPv6 spelling (a forwarded hop is not checked): counted as the text it is.
  if (tail === undefined ? left.length !== 8 : left.length + right.length > 7) return null;
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
}
