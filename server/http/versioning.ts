// Atlas versions each resource by date in the Accept header
// (application/vnd.atlas.2023-01-01+json). Each route answers the versions it
// has; a request naming only others (unknown, or from the future) gets Atlas's
// 406. No version named (application/json, */*, no header) means the oldest,
// 2023-01-01, as the README has always promised plain-JSON clients; on a
// route that has no 2023-01-01 (service accounts: 2024-08-05 only) it means
// the route's oldest version.
//
// Per request this is one header read and one string comparison in the common
// case; the route table is consulted only when a date other than the default
// is asked for.
import type { MiddlewareHandler } from "hono";
import { API_BASE, MEDIA_TYPE } from "../../contract/limits.ts";
import { SA_VERSION } from "../../contract/service-accounts.ts";
import { ApiError } from "./api-error.ts";
import { requestHeader, type AppEnv } from "./env.ts";

export const DEFAULT_VERSION = "2023-01-01";

/** Routes with versions besides the default (method, path under /api/atlas/v2). */
const ROUTE_VERSIONS: readonly { method: string; path: RegExp; versions: readonly string[] }[] = [
  { method: "GET", path: /^\/orgs\/[^/]+\/users\/?$/, versions: [DEFAULT_VERSION, "2025-02-19"] },
  { method: "GET", path: /^\/groups\/[^/]+\/users\/?$/, versions: [DEFAULT_VERSION, "2025-02-19"] },
  // Every call on org or project users (people management, and our batch invitations): Atlas's 2025-02-19, and the default for plain-JSON clients.
  { method: "*", path: /^\/(orgs|groups)\/[^/]+\/(users(\/[^/]+(\/[^/]+)?)?|invitations)\/?$/, versions: [DEFAULT_VERSION, "2025-02-19"] },
];

const ATLAS_VERSION = /application\/vnd\.atlas\.([^+;,\s]*)\+json/gi;

/** Every method under these paths: service accounts exist in one version. */
const SERVICE_ACCOUNTS = /^\/(orgs|groups)\/[^/]+\/serviceAccounts(\/|$)/;

export function versionsOf(method: string, path: string): readonly string[] {
  if (SERVICE_ACCOUNTS.test(path)) return [SA_VERSION];
  return ROUTE_VERSIONS.find((r) => (r.method === method || r.method === "*") && r.path.test(path))?.versions ?? [DEFAULT_VERSION];
}

/** The version to serve for this Accept header, or undefined when none it names is served here. */
export function negotiate(accept: string | undefined, supported: readonly string[]): string | undefined {
  const oldest = supported.includes(DEFAULT_VERSION) ? DEFAULT_VERSION : supported[0];
  if (!accept) return oldest;
  const asked = [...accept.matchAll(ATLAS_VERSION)].map((m) => m[1] ?? "");
  if (asked.length === 0) return oldest;
  return asked.find((v) => supported.includes(v));
}

export function notAcceptable(): ApiError {
  return new ApiError(406, "INVALID_VERSION_DATE", "Invalid accept header or version date.");
}

export function versioning(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const accept = requestHeader(c, "accept");
    // The raw URL, not c.req.path (which parses it): this is the hot path.
    if ((accept === MEDIA_TYPE || accept === undefined) && !c.req.url.includes("/serviceAccounts")) return next();
    const path = c.req.path.slice(API_BASE.length);
    const served = negotiate(accept, versionsOf(c.req.method, path));
    if (!served) throw notAcceptable();
    if (served !== DEFAULT_VERSION) c.set("apiVersion", served);
    return next();
  };
}
