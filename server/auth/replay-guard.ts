// Refuses a nonce-count that does not grow, per nonce and client nonce, within
// this instance. Bounded: the oldest nonces are forgotten first, and nonces
// expire anyway after NONCE_LIFETIME_MS.
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly capacity = 100_000) {}

  /** True when this (nonce, cnonce, nc) has not been seen and nc grew. */
  accept(nonce: string, cnonce: string, nc: number): boolean {
    const id = `${nonce} ${cnonce}`;
    const last = this.seen.get(id);
    if (last !== undefined && nc <= last) return false;
    this.seen.delete(id);
    this.seen.set(id, nc);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
