// Refuses a nonce-count that does not grow, per nonce and client nonce, within
// this instance. Bounded: it remembers at least the last capacity/2 and at
// most the last `capacity` (nonce, cnonce) pairs, so a captured request can be
// replayed once it is that many requests old and its nonce still fresh
// (NONCE_LIFETIME_MS): at the default, after 100,000 requests within 5 minutes.
//
// Two generations of half the capacity each, not one Map trimmed from its
// oldest key: a Map that has the oldest key deleted on every request makes the
// next `keys().next()` walk the deleted slots, and took half of Digest's time.
export class ReplayGuard {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  constructor(private readonly capacity = 200_000) {}

  /** True when this (nonce, cnonce, nc) has not been seen and nc grew. */
  accept(nonce: string, cnonce: string, nc: number): boolean {
    const id = `${nonce} ${cnonce}`;
    const last = this.current.get(id) ?? this.previous.get(id);
    if (last !== undefined && nc <= last) return false;
    this.current.set(id, nc);
    if (this.current.size >= Math.max(1, this.capacity / 2)) {
      this.previous = this.current;
      this.current = new Map();
    }
    return true;
  }
}
