import type { Context } from "hono";
import type { Principal } from "../domain/principal.ts";

/** Hono typing for our app: what middleware leaves for the routes. */
export interface AppEnv {
  Variables: {
    principal: Principal;
    callerIp: string;
    /** Set by versioning.ts only when a version other than 2023-01-01 is served. */
    apiVersion?: string;
    /** Set by rate-limit.ts for API keys: what 2xx answers declare. */
    rateLimit?: RateLimitState;
  };
}

export type AppContext = Context<AppEnv>;

export interface RateLimitState {
  limit: string;
  remaining: string;
}

/**
 * A request header, for the per-request hot path. Under @hono/node-server it
 * is read from the headers Node has already parsed: c.req.header() first
 * copies every header into a fetch Headers object, which costs more than
 * answering a cached GET. Node keeps the first of duplicate Authorization
 * headers (a client must not send two). Elsewhere (the mock backend) the
 * standard way.
 */
export function requestHeader(c: Context, name: "authorization" | "accept" | "content-length"): string | undefined {
  const incoming = (c.env as { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The request target exactly as the client sent it (Node), before URL parsing
 * resolves dot segments: what a Digest client signed. Undefined elsewhere.
 */
export function rawRequestTarget(c: Context): string | undefined {
  return (c.env as { incoming?: { url?: string } } | undefined)?.incoming?.url;
}

export const ATLAS_CONTENT_TYPE = "application/vnd.atlas.2023-01-01+json;charset=utf-8";

/** The media type naming the version served (versioning.ts). */
export function contentTypeOf(version: string | undefined): string {
  return version ? `application/vnd.atlas.${version}+json;charset=utf-8` : ATLAS_CONTENT_TYPE;
}

/**
 * Headers of a success answer: the versioned media type, as Atlas answers,
 * and for API keys the rate-limit headers. Built as one record, so Hono
 * makes one Headers object and no more.
 */
export function successHeaders(c: Context<AppEnv>): Record<string, string> {
  const type = contentTypeOf(c.get("apiVersion"));
  const rate = c.get("rateLimit");
  if (!rate) return { "Content-Type": type };
  return { "Content-Type": type, "RateLimit-Limit": rate.limit, "RateLimit-Remaining": rate.remaining };
}

export function atlasJson(c: Context<AppEnv>, body: unknown, status: 200 | 201 = 200): Response {
  return c.body(JSON.stringify(body), status, successHeaders(c));
}

export function noContent(c: Context<AppEnv>): Response {
  return c.body(null, 204, successHeaders(c));
}
