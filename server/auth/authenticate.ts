// Who is calling /api/atlas/v2: a console session (with CSRF on writes), an
// API key over HTTP Digest, or a service account's Bearer token. Each ends as
// a Principal for the same checks.
import type { MiddlewareHandler } from "hono";
import type { Deps } from "../domain/deps.ts";
import { userPrincipal, type Principal } from "../domain/principal.ts";
import type { BearerAuthenticator } from "./bearer.ts";
import { ApiError } from "../http/api-error.ts";
import { requestHeader, type AppContext, type AppEnv } from "../http/env.ts";
import { checkCsrf, currentSession } from "./session.ts";

/** Verifies an `Authorization: Digest ...` request and returns the key's principal. */
export interface KeyAuthenticator {
  /** The principal itself when nothing had to be waited for. */
  authenticate(c: AppContext, authorization: string): Principal | Promise<Principal>;
  /** WWW-Authenticate header values for a 401 (fresh challenges, one per algorithm). */
  challenge(c: AppContext, stale: boolean): Promise<string[]>;
}

export async function unauthorized(keyAuth: KeyAuthenticator | undefined, c: AppContext, stale = false): Promise<ApiError> {
  // The console's own fetches (same-origin, per the browser) get no challenge:
  // with one, a browser whose session expired would pop up its own sign-in box.
  const fromConsole = c.req.header("sec-fetch-site") === "same-origin";
  const headers: Record<string, string[]> =
    keyAuth && !fromConsole ? { "WWW-Authenticate": await keyAuth.challenge(c, stale) } : {};
  return new ApiError(401, "UNAUTHORIZED", "You are not authorized for this resource.", [], null, headers);
}

export function authenticate(deps: Deps, keyAuth?: KeyAuthenticator, bearerAuth?: BearerAuthenticator): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = requestHeader(c, "authorization");
    if (authorization && bearerAuth && /^bearer\s/i.test(authorization)) {
      const principal = bearerAuth.authenticate(c, authorization);
      c.set("principal", principal instanceof Promise ? await principal : principal);
      return next();
    }
    if (authorization && /^digest\s/i.test(authorization) && keyAuth) {
      // A native promise when it had to wait (digest.ts returns no other thenable).
      const principal = keyAuth.authenticate(c, authorization);
      c.set("principal", principal instanceof Promise ? await principal : principal);
      return next();
    }
    const session = await currentSession(deps, c);
    if (!session) throw await unauthorized(keyAuth, c);
    checkCsrf(c, session);
    c.set("principal", await userPrincipal(deps.store, session.userId, c.get("callerIp")));
    return next();
  };
}
