// Atlas versions each resource by date in the Accept header
// (application/vnd.atlas.2023-01-01+json). Each route answers the versions it
// has; a request naming only others (unknown, or from the future) gets Atlas's
// 406. No version named (application/json, */*, no header) means the oldest,
// 2023-01-01, as the README has always promised plain-JSON clients.
//
// Per request this is one header read and one string comparison in the common
// case; the route table is consulted only when a date other than the default
// is asked for.
import type { MiddlewareHandler } from "hono";
import { API_BASE, MEDIA_TYPE } from "../../contract/limits.ts";
import { ApiError } from "./api-error.ts";
import { requestHeader, type AppEnv } from "./env.ts";

export const DEFAULT_VERSION = "2023-01-01";

/** Routes with versions besides the default (method, path under /api/atlas/v2). */
const ROUTE_VERSIONS: readonly { method: string; path: RegExp; versions: readonly string[] }[] = [
  { method: "GET", path: /^\/orgs\/[^/]+\/users\/?$/, versions: [DEFAULT_VERSION, "2025-02-19"] },
  { method: "GET", path: /^\/groups\/[^/]+\/users\/?$/, versions: [DEFAULT_VERSION, "2025-02-19"] },
];

const ATLAS_VERSION = /application\/vnd\.atlas\.([^+;,\s]*)\+json/gi;

export function versionsOf(method: string, path: string): readonly string[] {
  return ROUTE_VERSIONS.find((r) => r.method === method && r.path.test(path))?.versions ?? [DEFAULT_VERSION];
}

/** The version to serve for this Accept header, or undefined when none it names is served here. */
export function negotiate(accept: string | undefined, supported: readonly string[]): string | undefined {
  if (!accept) return DEFAULT_VERSION;
  const asked = [...accept.matchAll(ATLAS_VERSION)].map((m) => m[1] ?? "");
  if (asked.length === 0) return DEFAULT_VERSION;
  return asked.find((v) => supported.includes(v));
}

export function notAcceptable(): ApiError {
  return new ApiError(406, "INVALID_VERSION_DATE", "Invalid accept header or version date.");
}

export function versioning(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const accept = requestHeader(c, "accept");
    if (accept === MEDIA_TYPE || accept === undefined) return next();
    const path = c.req.path.slice(API_BASE.length);
    const served = negotiate(accept, versionsOf(c.req.method, path));
    if (!served) throw notAcceptable();
    if (served !== DEFAULT_VERSION) c.set("apiVersion", served);
    return next();
  };
}
