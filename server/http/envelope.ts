// Atlas's two output switches, on every /api/atlas/v2 answer:
// - envelope=true: for clients that cannot read status codes or headers, the
//   answer comes with status 200 and says its status in the body: a list gets
//   a "status" field beside "results", anything else becomes {status, content}.
// - pretty=true: indented JSON.
// Both are rare, so the cost for everyone else is one look at the query string.
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.ts";
import type { AppEnv } from "./env.ts";

function flag(value: string | undefined, name: string): boolean {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  throw new ApiError(400, "INVALID_QUERY_PARAMETER", `Query parameter ${name} must be true or false.`, [name]);
}

function wrap(status: number, body: unknown): unknown {
  const isList = typeof body === "object" && body !== null && Array.isArray((body as { results?: unknown }).results);
  return isList ? { ...(body as object), status } : { status, content: body ?? null };
}

export function envelopeAndPretty(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = c.req.url;
    const q = url.indexOf("?");
    if (q < 0 || (url.indexOf("envelope=", q) < 0 && url.indexOf("pretty=", q) < 0)) return next();
    const envelope = flag(c.req.query("envelope"), "envelope");
    const pretty = flag(c.req.query("pretty"), "pretty");
    await next();
    if (!envelope && !pretty) return;

    const res = c.res;
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      return; // not JSON (nothing here answers otherwise): leave it as it was
    }
    const out = envelope ? wrap(res.status, body) : body;
    const headers = new Headers(res.headers);
    headers.delete("content-length");
    // Unset first: Hono's setter would copy the old headers over the new ones.
    c.res = undefined;
    c.res = new Response(out === null && !envelope ? null : JSON.stringify(out, null, pretty ? 2 : undefined), {
      status: envelope ? 200 : res.status,
      headers,
    });
  };
}
