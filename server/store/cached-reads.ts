// Remembers read results until the data may have changed. Every API request
// reads the same few rows (the calling key, its access list, its org, its
// projects) and the same lists; with the cache each costs one generation
// check instead of a query. Correct across processes: the generation changes
// on any commit, here or elsewhere (generation.ts), and every read checks it.
// Transactions get the uncached store, so a read there always sees its own writes.
import { GenerationCache } from "./generation.ts";
import type { Store } from "./types.ts";

/** What the cache asks of its database (generation.ts for SQLite, pg-generation.ts for PostgreSQL). */
export interface Generation {
  read(): number;
  /** Told when a write of this process settled: the store counts them no other way (PostgreSQL). */
  written?(): void;
  /** Resolves once commits made before the call show in read(); the app awaits it per request (PostgreSQL). */
  awaitCommits?(): Promise<void>;
  /** Rethrows an error of the database, perhaps as another (PostgreSQL: connection loss as 503). */
  failed?(e: unknown): never;
}

type ReadMethod = {
  [K in keyof Store]-?: K extends `get${string}` | `list${string}` | `count${string}` ? K : never;
}[keyof Store];

/** Pure reads only: each answer depends on its arguments and the committed data. */
const READS: ReadonlySet<ReadMethod> = new Set<ReadMethod>([
  "getOrg", "listOrgs", "countOrgs", "getGroup", "listGroups",
  "getUserByEmail", "getUser", "listUserOrgRoles", "listUserGroupRoles", "getSession",
  "getKey", "getKeyByPublicKey", "countKeys", "listKeys",
  "getKeyGroup", "listKeyGroupsForKeys", "countGroupKeys", "listGroupKeys",
  "getAccessEntry", "listAccessEntries", "countAccessEntries",
  "getServiceAccount", "countServiceAccounts", "listServiceAccounts", "getSaGroup", "listSaGroupsFor",
  "countGroupServiceAccounts", "listGroupServiceAccounts", "listSaSecretsFor", "getSaAccessEntry", "listSaAccessEntries", "getSaToken",
]);

/** Rows kept (a list weighs its length): enough for every hot row of a busy org; past it the cache starts over. */
const MAX_ROWS = 20_000;
/** Arguments longer than this (a forged public key, say) are read, not kept. */
const MAX_ID = 1_024;

/** The Store hands out copies (a caller may change what it got); rows hold only arrays, plain objects, Dates and scalars. */
function copy<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copy(v);
  return out as T;
}

export function cachedReads(store: Store, generation: Generation): Store {
  const readGeneration = generation.read;
  const cache = new GenerationCache<string, Promise<unknown>>(readGeneration, MAX_ROWS);
  const { written, failed } = generation;
  const fresh = generation.awaitCommits;
  const awaitCommits = fresh && failed ? () => fresh().catch(failed) : fresh;

  function remember(method: ReadMethod, args: unknown[], readNow: () => Promise<unknown>): Promise<unknown> {
    const read = failed ? () => readNow().catch(failed) : readNow;
    const id = `${method}\u0000${JSON.stringify(args)}`;
    if (id.length > MAX_ID) return read();
    const answers = cache.current();
    const hit = answers.get(id);
    if (hit) return hit.then(copy);
    const answer = read().then(
      (value) => {
        // Misses are not kept: they come from creating ids and from failing callers.
        if (value === undefined) answers.delete(id);
        else if (Array.isArray(value)) cache.addWeight(answers, value.length);
        return value;
      },
      (e: unknown) => {
        answers.delete(id);
        throw e;
      },
    );
    cache.keep(answers, id, answer);
    return answer.then(copy);
  }

  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === "readGeneration") return readGeneration;
      if (property === "awaitCommits") return awaitCommits;
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (!READS.has(property as ReadMethod)) return written ? settledWrite(method.bind(target), written, failed) : method.bind(target);
      return (...args: unknown[]) => {
        try {
          return remember(property as ReadMethod, args, () => method.apply(target, args));
        } catch (e) {
          // A read rejects, never throws (readGeneration throws once the store is closed).
          return Promise.reject(e);
        }
      };
    },
  });
}

/**
 * A write (or transaction) that tells the generation once it settled: after
 * COMMIT, so a read that sees the new generation also sees the commit; and
 * after a failure too, as a rolled-back transaction may have left nothing or
 * its caller may not know what happened.
 */
function settledWrite(
  write: (...args: unknown[]) => Promise<unknown>,
  written: () => void,
  failed: ((e: unknown) => never) | undefined,
): (...args: unknown[]) => Promise<unknown> {
  return (...args) =>
    write(...args).then(
      (value) => {
        written();
        return value;
      },
      (e: unknown) => {
        written();
        return failed ? failed(e) : Promise.reject(e);
      },
    );
}
