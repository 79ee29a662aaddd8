// createApp builds the whole HTTP surface over a Store: no ports, no files,
// no process env. main.ts serves it in Node; the mock backend runs it in the
// browser through app.fetch.
import { Hono } from "hono";
import type { Context } from "hono";
import { API_BASE } from "../contract/limits.ts";
import { authenticate, type KeyAuthenticator } from "./auth/authenticate.ts";
import type { BearerAuthenticator } from "./auth/bearer.ts";
import type { Deps, ServerCrypto } from "./domain/deps.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { Principal } from "./domain/principal.ts";
import { answerCache } from "./http/answer-cache.ts";
import { ApiError } from "./http/api-error.ts";
import { declaredBodyLimit } from "./http/body.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { commitsSeen } from "./http/commits-seen.ts";
import { envelopeAndPretty } from "./http/envelope.ts";
import type { AppEnv } from "./http/env.ts";
import { rateLimit, type RateLimitOptions } from "./http/rate-limit.ts";
import { versioning } from "./http/versioning.ts";
import { eventRoutes } from "./routes/events.ts";
import { groupRoutes } from "./routes/groups.ts";
import { orgKeyRoutes } from "./routes/org-keys.ts";
import { orgUserRoutes } from "./routes/org-users.ts";
import { projectUserRoutes } from "./routes/project-users.ts";
import { userRoleActionRoutes } from "./routes/user-role-actions.ts";
import { oauthRoutes, type OAuthOptions } from "./routes/oauth.ts";
import { orgRoutes } from "./routes/orgs.ts";
import { healthRoutes } from "./routes/health.ts";
import { privateRoutes } from "./routes/private.ts";
import { projectKeyRoutes } from "./routes/project-keys.ts";
import { projectServiceAccountRoutes } from "./routes/project-service-accounts.ts";
import { serviceAccountRoutes } from "./routes/service-accounts.ts";
import { MissingReference, type Store } from "./store/types.ts";

export type LogLine = Record<string, string | number | boolean | undefined>;

export interface AppOptions {
  store: Store;
  crypto: ServerCrypto;
  now?: () => Date;
  /** The caller's address (socket, or a trusted proxy's X-Forwarded-For). */
  clientAddress: (c: Context) => string;
  /** HTTP Digest for API keys; absent in the mock backend. */
  keyAuth?: KeyAuthenticator;
  /** OAuth Bearer tokens of service accounts; absent in the mock backend. */
  bearerAuth?: BearerAuthenticator;
  /** The token endpoint's failure throttles (tests set their own). */
  oauth?: OAuthOptions;
  log?: (line: LogLine) => void;
  /** Sends invitation e-mails (SMTP_URL); none by default. */
  mailer?: Mailer;
  /** The console's public origin for one-time links (PUBLIC_URL); the request's origin by default. */
  publicUrl?: string;
  /** API-key rate limits (http/rate-limit.ts); on by default. */
  rateLimit?: RateLimitOptions;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const deps: Deps = {
    store: options.store, crypto: options.crypto, now: options.now ?? (() => new Date()), mailer: options.mailer, publicUrl: options.publicUrl,
  };
  const log = options.log ?? (() => {});
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    const started = performance.now();
    c.set("callerIp", options.clientAddress(c));
    await next();
    if (!options.log) return;
    // Only method, path and status: never headers, bodies or query strings.
    // c.get, not c.var: c.var copies every variable into a new object.
    log({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      caller: (c.get("principal") as Principal | undefined)?.kind,
    });
  });

  app.use("*", declaredBodyLimit());
  // The console's pages and its private API; the Atlas API's JSON is never rendered (security-headers.ts).
  const consoleHeaders = securityHeaders();
  app.use("*", (c, next) => (c.req.path.startsWith(API_BASE) ? next() : consoleHeaders(c, next)));
  app.route("/api/health", healthRoutes(options.store));
  // After health: liveness must not wait for the database.
  if (options.store.awaitCommits) app.use("/api/*", commitsSeen(options.store.awaitCommits.bind(options.store)));
  app.route("/api/private", privateRoutes(deps));
  // Not under the access list: a token may be minted from anywhere, and used only from the list.
  app.route("/api/oauth", oauthRoutes(deps, options.oauth));
  const api = new Hono<AppEnv>();
  api.use("*", envelopeAndPretty());
  api.use("*", versioning());
  api.use("*", authenticate(deps, options.keyAuth, options.bearerAuth));
  api.use("*", rateLimit(options.rateLimit));
  const readGeneration = options.store.readGeneration?.bind(options.store);
  if (readGeneration) api.use("*", answerCache(readGeneration));
  api.route("/", orgRoutes(deps));
  api.route("/", orgKeyRoutes(deps));
  api.route("/", projectKeyRoutes(deps));
  api.route("/", groupRoutes(deps));
  api.route("/", orgUserRoutes(deps));
  api.route("/", projectUserRoutes(deps));
  api.route("/", userRoleActionRoutes(deps));
  api.route("/", eventRoutes(deps));
  api.route("/", serviceAccountRoutes(deps));
  api.route("/", projectServiceAccountRoutes(deps));
  app.route(API_BASE, api);

  app.notFound((c) => {
    const error = new ApiError(404, "RESOURCE_NOT_FOUND", `No resource at ${c.req.method} ${c.req.path}.`);
    return c.json(error.toBody(), 404);
  });
  app.onError((err, c) => {
    if (err instanceof ApiError) {
      for (const [name, value] of Object.entries(err.headers)) {
        for (const v of [value].flat()) c.header(name, v, { append: true });
      }
      return c.json(err.toBody(), err.status);
    }
    if (err instanceof MissingReference) {
      // A row this request wrote against was deleted by another request meanwhile.
      const gone = new ApiError(404, "RESOURCE_NOT_FOUND", "A resource this request refers to no longer exists.");
      return c.json(gone.toBody(), 404);
    }
    log({ level: "error", method: c.req.method, path: c.req.path, error: err instanceof Error ? err.name : "unknown" });
    console.error(err);
    const error = new ApiError(500, "UNEXPECTED_ERROR", "An unexpected error occurred.");
    return c.json(error.toBody(), 500);
  });
  return app;
}
