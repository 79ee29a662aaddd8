// On PostgreSQL the read caches learn of other instances' commits once per
// request (store.awaitCommits, docs/decisions/0005): before the request reads
// anything, its generation is brought up to the moment it arrived. A lost
// database shows here first, as 503 (store/pg-unavailable.ts).
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";

/** Reads nothing from the store, so it need not wait for the database (and stays the bench's trivial route). */
const READS_NOTHING = "/api/private/ip";

export function commitsSeen(awaitCommits: () => Promise<void>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path !== READS_NOTHING) await awaitCommits();
    return next();
  };
}
