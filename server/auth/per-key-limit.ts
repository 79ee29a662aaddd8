// At most `limit` tasks running at once per key; the rest wait their turn in
// arrival order. Sign-in runs its password checks through one keyed by the
// caller's address: scrypt runs on libuv's four threads, and a flood of
// attempts from one address must not take them all and queue every other
// user's sign-in behind its hashes. The throttles bound how many can wait.
export class PerKeyLimit {
  private readonly slots = new Map<string, { running: number; waiting: (() => void)[] }>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { running: 0, waiting: [] };
      this.slots.set(key, slot);
    }
    if (slot.running >= this.limit) await new Promise<void>((turn) => slot.waiting.push(turn));
    else slot.running += 1;
    try {
      return await task();
    } finally {
      this.release(key, slot);
    }
  }

  /** Hands the slot to the next in line, or gives it up; a key with nothing running is forgotten. */
  private release(key: string, slot: { running: number; waiting: (() => void)[] }): void {
    const next = slot.waiting.shift();
    if (next) return next();
    slot.running -= 1;
    if (slot.running === 0) this.slots.delete(key);
  }

  /** Keys with a task running (for tests: nothing is kept once the work is done). */
  get size(): number {
    return this.slots.size;
  }
}
