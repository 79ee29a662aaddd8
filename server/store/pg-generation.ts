// The read caches' generation on PostgreSQL (docs/decisions/0005). SQLite can
// be asked "did anything change?" for a few microseconds at any moment
// (generation.ts); PostgreSQL costs a round trip, so it is asked once per
// request, before the request reads anything: `awaitCommits()` resolves once a
// read of the change counter (pg-changes.ts) that *began after the call* has
// answered. Everything committed before the request arrived, by any instance
// or the CLI, is then reflected in the generation the request's caches use.
//
// Concurrent requests share reads: up to READS_IN_FLIGHT run at once; past
// that, every new caller waits for the single read that starts when one of
// them lands. Under load one round trip serves all the requests that arrived
// while the others were in flight.
import type pg from "pg";
import { READ_COUNTER } from "./pg-changes.ts";

/**
 * Reads of the counter running at once. One would make a request wait for a
 * read already in flight and then its own (up to two round trips); a few let
 * it start its own at once while still sharing reads under load.
 */
const READS_IN_FLIGHT = 2;

export class PgGeneration {
  private counter = -1n;
  private localWrites = 0;
  private seen = { counter: -1n, localWrites: -1 };
  private generation = 0;
  private inFlight = 0;
  private next: { promise: Promise<void>; start: () => void } | undefined;

  constructor(private readonly pool: pg.Pool) {}

  /** A number equal twice only if neither the counter nor our own writes moved in between. */
  read = (): number => {
    if (this.counter !== this.seen.counter || this.localWrites !== this.seen.localWrites) {
      this.seen = { counter: this.counter, localWrites: this.localWrites };
      this.generation += 1;
    }
    return this.generation;
  };

  /**
   * Called once a write of this process settled (committed, failed or rolled
   * back). A request that writes and then reads (a route presenting what it
   * just changed) reads after its own commit without another round trip.
   */
  written = (): void => {
    this.localWrites += 1;
  };

  /** Resolves once the counter was read by a query that started after this call. */
  awaitCommits = (): Promise<void> => {
    if (this.next) return this.next.promise;
    if (this.inFlight < READS_IN_FLIGHT) return this.start();
    let start = () => {};
    const promise = new Promise<void>((ok, fail) => {
      start = () => void this.start().then(ok, fail);
    });
    this.next = { promise, start };
    return promise;
  };

  private start(): Promise<void> {
    this.inFlight += 1;
    return this.pool.query<{ n: string }>(READ_COUNTER).then(
      (result) => {
        const n = result.rows[0]?.n;
        if (n === undefined) throw new Error("am_changes has no row: the migrations did not run");
        // Reads on different connections may land out of order; the counter only grows.
        if (BigInt(n) > this.counter) this.counter = BigInt(n);
        this.landed();
      },
      (e: unknown) => {
        this.landed();
        throw e;
      },
    );
  }

  private landed(): void {
    this.inFlight -= 1;
    const waiting = this.next;
    this.next = undefined;
    waiting?.start();
  }
}
