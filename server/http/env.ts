import type { Context } from "hono";
import type { Principal } from "../domain/principal.ts";

/** Hono typing for our app: what middleware leaves for the routes. */
export interface AppEnv {
  Variables: {
    principal: Principal;
    callerIp: string;
  };
}

export type AppContext = Context<AppEnv>;

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

/** Success bodies carry the versioned media type, as Atlas answers. */
export function atlasJson(c: Context, body: unknown, status: 200 | 201 = 200): Response {
  return c.body(JSON.stringify(body), status, { "Content-Type": ATLAS_CONTENT_TYPE });
}

export function noContent(c: Context): Response {
  return c.body(null, 204, { "Content-Type": ATLAS_CONTENT_TYPE });
}
