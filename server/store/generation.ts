// A cheap answer to "may the committed data have changed since I last
// looked?", for the read caches (cached-reads.ts, answer-cache.ts).
//
// SQLite gives half of it: PRAGMA data_version changes when another
// connection (the CLI, another process on the same file) commits. Writes on
// our own connection do not change it, so a Kysely plugin counts them.
import type Database from "better-sqlite3";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryId, QueryResult, RootOperationNode, UnknownRow } from "kysely";

/**
 * Counts every statement that is not a SELECT, once it has run. After, not
 * before: a reader that looked at the count between the two would otherwise
 * cache what it read before the write under the count that includes it.
 * A statement that fails, or a transaction rolled back, only costs a refill.
 *
 * Inside a transaction the count moves before COMMIT. That is safe only
 * because Kysely's SQLite driver has one connection behind a mutex held for
 * the whole transaction: a reader that sees the new count waits for COMMIT or
 * ROLLBACK before its query runs. A second, reading connection would break it.
 */
export class WriteCounter implements KyselyPlugin {
  count = 0;
  private readonly writes = new WeakSet<QueryId>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind !== "SelectQueryNode") this.writes.add(args.queryId);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.writes.has(args.queryId)) this.count += 1;
    return args.result;
  }
}

/** How long a read of PRAGMA data_version is trusted. */
export const DATA_VERSION_TRUSTED_MS = 1;

/**
 * A number that grows whenever PRAGMA data_version or our write count changes:
 * equal twice only if nothing was committed in between.
 * Our own writes count at once. Another process's commit is seen within
 * DATA_VERSION_TRUSTED_MS: data_version is read at most once per millisecond,
 * because each read locks the WAL index with system calls (measured: ~5 µs of
 * system time per request when read on every check, a third of a cached
 * answer). A bound in time, not "once per event-loop turn": a turn can include
 * a wait for I/O of any length.
 */
export function sqliteGeneration(database: Database.Database, writes: WriteCounter): () => number {
  const dataVersion = database.prepare("PRAGMA data_version").pluck();
  let version: unknown;
  let readAt = -Infinity;
  let seen = { version: undefined as unknown, writes: -1 };
  let generation = 0;
  return () => {
    const now = performance.now();
    if (now - readAt >= DATA_VERSION_TRUSTED_MS) {
      version = dataVersion.get();
      readAt = now;
    }
    if (version !== seen.version || writes.count !== seen.writes) {
      seen = { version, writes: writes.count };
      generation += 1;
    }
    return generation;
  };
}

/**
 * Entries valid for one generation, for the read caches. `current()` returns
 * the entries, or a new empty Map once the generation moved or the entries
 * outweigh `maxWeight` (the last value kept may overshoot it). Call it before reading the data a value is made of,
 * and `keep` the value in what it returned: the value was then read after its
 * generation began, so it is never older than its generation claims. One read
 * across a commit lands under the generation before it, which the next
 * `current()` drops.
 */
export class GenerationCache<K, V> {
  private generation = 0;
  private entries = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly readGeneration: () => number,
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  current(): Map<K, V> {
    const now = this.readGeneration();
    if (now !== this.generation || this.weight >= this.maxWeight) {
      this.generation = now;
      this.entries = new Map();
      this.weight = 0;
    }
    return this.entries;
  }

  /** Keeps the value unless `entries` were already replaced (a commit landed meanwhile). */
  keep(entries: Map<K, V>, key: K, value: V): void {
    if (entries !== this.entries) return;
    entries.set(key, value);
    this.weight += this.weigh(value);
  }

  /** Adds weight learnt later (a pending read resolved to many rows). */
  addWeight(entries: Map<K, V>, weight: number): void {
    if (entries === this.entries) this.weight += weight;
  }
}
