// The read caches' generation on PostgreSQL (docs/decisions/0005). SQLite can
// be asked "did anything change?" for a few microseconds at any moment
// (generation.ts); PostgreSQL costs a round trip, so it is asked once per
// request, before the request reads anything: `awaitCommits()` resolves once a
// read of the change counter (pg-changes.ts) that *began after the call* has
// answered. Everything committed before the request arrived, by any instance
// or the CLI, is then reflected in the generation the request's caches use.
//
// Concurrent requests share reads: while one read is in flight, every new
// caller waits for the single read that starts when it lands. Under load a
// round trip serves all the requests that arrived during the one before it.
import type pg from "pg";
import { READ_COUNTER } from "./pg-changes.ts";

export class PgGeneration {
  private counter: string | undefined;
  private localWrites = 0;
  private seen = { counter: undefined as string | undefined, localWrites: -1 };
  private generation = 0;
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;

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
    if (this.next) return this.next;
    if (!this.running) return this.start();
    // Settled either way, then a fresh read: a read already in flight may have
    // started before this caller's request arrived.
    this.next = this.running.then(settled, settled).then(() => {
      this.next = undefined;
      return this.start();
    });
    return this.next;
  };

  private start(): Promise<void> {
    const read = this.pool.query<{ n: string }>(READ_COUNTER).then((result) => {
      const n = result.rows[0]?.n;
      if (n === undefined) throw new Error("am_changes has no row: the migrations did not run");
      this.counter = n;
    });
    const running = read.finally(() => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
  }
}

function settled(): void {}
