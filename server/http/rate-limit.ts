// Atlas meters API credentials per resource family with token buckets and
// tells clients where they stand: RateLimit-Limit and RateLimit-Remaining on
// every 2xx, 429 RATE_LIMITED with Retry-After when a bucket is empty. Bucket
// sizes are the ones seen in recorded Atlas answers (contract notes): 300 for
// the org list, 500 under /orgs/{orgId}, 1200 under /groups/{groupId}, each
// refilled over a minute.
//
// API keys and service accounts only: console sessions are our own UI, not programmatic access.
// Counts live in this instance's memory (like the auth throttle); behind a
// load balancer each instance meters what it serves.
// Per request: one Map lookup and some arithmetic; the headers go into the
// answer's one header record (env.ts successHeaders, answer-cache.ts).
import type { MiddlewareHandler } from "hono";
import { API_BASE } from "../../contract/limits.ts";
import { ApiError } from "./api-error.ts";
import type { AppEnv } from "./env.ts";

const WINDOW_MS = 60_000;
const MAX_BUCKETS = 100_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** The bucket a path counts against: its family and scope ("groups/<id>"), and its size. */
export function bucketOf(path: string): { scope: string; capacity: number } {
  const rest = path.slice(API_BASE.length + 1);
  const slash = rest.indexOf("/");
  const family = slash < 0 ? rest : rest.slice(0, slash);
  if (slash < 0) return { scope: family, capacity: family === "orgs" ? 300 : 500 };
  const next = rest.indexOf("/", slash + 1);
  const scope = next < 0 ? rest : rest.slice(0, next);
  return { scope, capacity: family === "groups" ? 1200 : 500 };
}

export interface RateLimitOptions {
  /** Multiplies every bucket (the bench raises it to measure throughput, not the limit). */
  scale?: number;
  now?: () => number;
}

export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const scale = options.scale ?? 1;
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();

  return async (c, next) => {
    const p = c.get("principal");
    if (p.kind === "user") return next();
    const { scope, capacity: base } = bucketOf(c.req.path);
    const capacity = base * scale;
    const id = `${p.id} ${scope}`;
    const t = now();
    let b = buckets.get(id);
    if (!b) {
      if (buckets.size >= MAX_BUCKETS) prune(buckets, t, capacity);
      b = { tokens: capacity, at: t };
      buckets.set(id, b);
    } else {
      b.tokens = Math.min(capacity, b.tokens + ((t - b.at) * capacity) / WINDOW_MS);
      b.at = t;
    }
    if (b.tokens < 1) {
      const retrySeconds = Math.max(1, Math.ceil(((1 - b.tokens) * WINDOW_MS) / capacity / 1000));
      throw new ApiError(
        429,
        "RATE_LIMITED",
        `Too many requests to ${scope}: ${capacity} per minute. Retry in ${retrySeconds} s.`,
        [c.req.path, retrySeconds, capacity, capacity, WINDOW_MS / 1000],
        null,
        { "Retry-After": String(retrySeconds) },
      );
    }
    b.tokens -= 1;
    c.set("rateLimit", { limit: String(capacity), remaining: String(Math.floor(b.tokens)) });
    return next();
  };
}

/** Forgets buckets that have refilled: they hold nothing a new bucket would not. */
function prune(buckets: Map<string, Bucket>, t: number, capacity: number): void {
  for (const [id, b] of buckets) if (b.tokens + ((t - b.at) * capacity) / WINDOW_MS >= capacity) buckets.delete(id);
  if (buckets.size >= MAX_BUCKETS) buckets.clear();
}
