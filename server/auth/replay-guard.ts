// Refuses a nonce-count that does not grow, per nonce and client nonce, within
// this instance. Bounded: it remembers at least the last capacity/2 and at
// most the last `capacity` (nonce, cnonce) pairs, 100,000 to 200,000 by
// default. It also keeps the latest issue time of any nonce whose pairs it
// has forgotten (or, for nonces issued before the guard was made, never saw).
// A pair it does not know, of a nonce issued no later than that, may be a
// forgotten one replayed: the request is answered stale, so the client signs
// again with a new nonce, and is never let in. So a captured request cannot be
// replayed on this instance, not even by a caller who floods it with new
// pairs to push the captured one out, and across a restart. Issue times are
// only compared with issue times, so no clocks need to agree for that. The
// cost: under sustained load, a client that keeps one nonce is asked for a
// new one each time ~100,000 to 200,000 newer pairs have passed; and a nonce
// from an instance whose clock is ahead can, once forgotten, make fresh
// nonces count as old for as long as that clock is ahead (MAX_CLOCK_SKEW_MS
// at most).
//
// Pairs are kept as 64-bit fingerprints in typed arrays, two generations of
// half the capacity each. Strings in a Map cost a quarter of a signed request
// at load: each survived long enough to be promoted, and the garbage collector
// paid for it. The fingerprint is keyed with random seeds, so nobody can aim a
// collision; an accidental one (odds about capacity / 2^64 per request) could
// only refuse a request, never admit a replay: colliding pairs share one count.
import { randomBytes } from "node:crypto";

/** "forgotten": the pair is unknown and its nonce may have pairs the guard forgot; answer stale. */
export type PairCheck = "accepted" | "replayed" | "forgotten";

/** Open addressing with linear probing; holds up to `limit` pairs at half load. */
class Table {
  readonly hi: Int32Array;
  readonly lo: Int32Array;
  readonly nc: Uint32Array;
  readonly used: Uint8Array;
  private readonly mask: number;
  size = 0;
  /** The latest issue time of a nonce with a pair here. */
  maxIssued = -Infinity;

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
    this.maxIssued = -Infinity;
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
  /** Nonces issued up to this time (ms) may have pairs that are not remembered. */
  private forgottenUpTo: number;
  private readonly seeds = [seed(), seed()] as const;
  /** The last fingerprint, in fields rather than a returned pair: no allocation per request. */
  private hi = 0;
  private lo = 0;

  /** `startedAt`: when the guard was made (ms); it has seen no pair of nonces issued before. */
  constructor(capacity = 200_000, startedAt = Date.now()) {
    this.forgottenUpTo = startedAt - 1;
    const half = Math.max(1, Math.floor(capacity / 2));
    this.current = new Table(half);
    this.previous = new Table(half);
  }

  /**
   * Two 32-bit hashes of `nonce cnonce` in one pass. Each step (multiply by an
   * odd constant, xor-shift) is one-to-one, so no two states merge on the way.
   */
  private fingerprint(nonce: string, cnonce: string): void {
    [this.hi, this.lo] = this.seeds;
    this.absorb(nonce);
    this.absorb(" ");
    this.absorb(cnonce);
    this.hi = finish(this.hi ^ nonce.length, M1);
    this.lo = finish(this.lo ^ cnonce.length, M2);
  }

  private absorb(text: string): void {
    let { hi: a, lo: b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, M1);
      a ^= a >>> 15;
      b = Math.imul(b ^ c, M2);
      b ^= b >>> 13;
    }
    this.hi = a;
    this.lo = b;
  }

  /**
   * "accepted" when nc grew for this (nonce, cnonce) or the pair is new;
   * "replayed" when nc did not grow; "forgotten" when the pair is unknown and
   * its nonce, issued at `issuedAt` (ms), may have pairs no longer remembered.
   */
  accept(nonce: string, cnonce: string, nc: number, issuedAt: number): PairCheck {
    this.fingerprint(nonce, cnonce);
    const { hi, lo } = this;
    const here = this.current.slot(hi, lo);
    if (this.current.used[here]) {
      if (nc <= (this.current.nc[here] ?? 0)) return "replayed";
      this.current.nc[here] = nc;
      return "accepted";
    }
    const before = this.previous.slot(hi, lo);
    if (this.previous.used[before]) {
      if (nc <= (this.previous.nc[before] ?? 0)) return "replayed";
    } else if (!(issuedAt > this.forgottenUpTo)) {
      // (Written so that an unknown issue time, NaN, counts as forgotten.)
      return "forgotten";
    }
    const table = this.current;
    table.hi[here] = hi;
    table.lo[here] = lo;
    table.nc[here] = nc;
    table.used[here] = 1;
    table.size += 1;
    if (issuedAt > table.maxIssued) table.maxIssued = issuedAt;
    if (table.size >= table.limit) this.rotate();
    return "accepted";
  }

  /** The full table becomes `previous`; the older one is emptied, and its pairs are forgotten. */
  private rotate(): void {
    this.forgottenUpTo = Math.max(this.forgottenUpTo, this.previous.maxIssued);
    [this.previous, this.current] = [this.current, this.previous];
    this.current.clear();
  }
}
