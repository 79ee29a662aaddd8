// Refuses a nonce-count that does not grow, per nonce and client nonce, within
// this instance. Bounded: it remembers at least the last capacity/2 and at
// most the last `capacity` (nonce, cnonce) pairs, so a captured request can be
// replayed once it is that many requests old and its nonce still fresh
// (NONCE_LIFETIME_MS): at the default, after 100,000 requests within 5 minutes.
//
// Pairs are kept as 64-bit fingerprints in typed arrays, two generations of
// half the capacity each. Strings in a Map cost a quarter of a signed request
// at load: each survived long enough to be promoted, and the garbage collector
// paid for it. The fingerprint is keyed with random seeds, so nobody can aim a
// collision; an accidental one (odds about capacity / 2^64 per request) could
// only refuse a request, never admit a replay: colliding pairs share one count.
// Known limit: anyone with a valid key can send 100,000 new pairs within a
// nonce's lifetime and so age other clients' pairs out.
import { randomBytes } from "node:crypto";

/** Open addressing with linear probing; holds up to `limit` pairs at half load. */
class Table {
  readonly hi: Int32Array;
  readonly lo: Int32Array;
  readonly nc: Uint32Array;
  readonly used: Uint8Array;
  private readonly mask: number;
  size = 0;

  constructor(readonly limit: number) {
    let slots = 1;
    while (slots < limit * 2) slots *= 2;
    this.mask = slots - 1;
    [this.hi, this.lo, this.nc, this.used] = [new Int32Array(slots), new Int32Array(slots), new Uint32Array(slots), new Uint8Array(slots)];
  }

  /** The slot holding (hi, lo), or the empty slot where it would go. */
  slot(hi: number, lo: number): number {
    let i = lo & this.mask;
    while (this.used[i] && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & this.mask;
    return i;
  }

  clear(): void {
    this.used.fill(0);
    this.size = 0;
  }
}

function seed(): number {
  return randomBytes(4).readInt32LE(0);
}

const M1 = 0x5bd1e995;
const M2 = 0x1b873593;
const finish = (h: number, m: number) => {
  h = Math.imul(h ^ (h >>> 13), m);
  return h ^ (h >>> 15);
};

export class ReplayGuard {
  private current: Table;
  private previous: Table;
  private readonly seeds = [seed(), seed()] as const;
  /** The last fingerprint, in fields rather than a returned pair: no allocation per request. */
  private hi = 0;
  private lo = 0;

  constructor(capacity = 200_000) {
    const half = Math.max(1, Math.floor(capacity / 2));
    this.current = new Table(half);
    this.previous = new Table(half);
  }

  /**
   * Two 32-bit hashes of `nonce cnonce` in one pass. Each step (multiply by an
   * odd constant, xor-shift) is one-to-one, so no two states merge on the way.
   */
  private fingerprint(nonce: string, cnonce: string): void {
    let [a, b] = this.seeds;
    for (let i = 0; i < nonce.length; i++) {
      const c = nonce.charCodeAt(i);
      a = Math.imul(a ^ c, M1);
      a ^= a >>> 15;
      b = Math.imul(b ^ c, M2);
      b ^= b >>> 13;
    }
    a = Math.imul(a ^ 0x20, M1);
    b = Math.imul(b ^ 0x20, M2);
    for (let i = 0; i < cnonce.length; i++) {
      const c = cnonce.charCodeAt(i);
      a = Math.imul(a ^ c, M1);
      a ^= a >>> 15;
      b = Math.imul(b ^ c, M2);
      b ^= b >>> 13;
    }
    this.hi = finish(a ^ nonce.length, M1);
    this.lo = finish(b ^ cnonce.length, M2);
  }

  /** True when this (nonce, cnonce, nc) has not been seen and nc grew. */
  accept(nonce: string, cnonce: string, nc: number): boolean {
    this.fingerprint(nonce, cnonce);
    const { hi, lo } = this;
    const now = this.current.slot(hi, lo);
    if (this.current.used[now]) {
      if (nc <= (this.current.nc[now] ?? 0)) return false;
      this.current.nc[now] = nc;
      return true;
    }
    const before = this.previous.slot(hi, lo);
    if (this.previous.used[before] && nc <= (this.previous.nc[before] ?? 0)) return false;
    this.current.hi[now] = hi;
    this.current.lo[now] = lo;
    this.current.nc[now] = nc;
    this.current.used[now] = 1;
    this.current.size += 1;
    if (this.current.size >= this.current.limit) {
      [this.previous, this.current] = [this.current, this.previous];
      this.current.clear();
    }
    return true;
  }
}
