// Console sessions: an opaque random cookie (only its hash is stored), a CSRF
// token bound to the session, and sign-in with a growing lockout after
// repeated failures.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { ApiError } from "../http/api-error.ts";
import type { Deps } from "../domain/deps.ts";
import { newToken, sha256Hex } from "../domain/ids.ts";
import type { SessionRow } from "../store/types.ts";

export const SESSION_COOKIE = "am_session";
const SESSION_HOURS = 12;
const FREE_FAILURES = 5;
const MAX_LOCK_SECONDS = 15 * 60;
/** Verified for unknown emails so a miss takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function signIn(deps: Deps, c: Context, email: string, password: string): Promise<SessionRow> {
  const now = deps.now();
  const user = await deps.store.getUserByEmail(email.toLowerCase());
  if (user?.lockedUntil && user.lockedUntil > now) throw lockedOut(user.lockedUntil, now);
  dummyHash ??= deps.crypto.hashPassword("not-a-real-password");
  const ok = await deps.crypto.verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) {
    if (user) {
      const failures = user.failedLogins + 1;
      const over = failures - FREE_FAILURES;
      const lockedUntil = over >= 0 ? new Date(now.getTime() + Math.min(MAX_LOCK_SECONDS, 30 * 2 ** over) * 1000) : null;
      await deps.store.updateUserLogin(user.id, { failedLogins: failures, lockedUntil });
    }
    throw new ApiError(401, "INVALID_CREDENTIALS", "The email address or password is incorrect.");
  }
  if (user.failedLogins > 0) await deps.store.updateUserLogin(user.id, { failedLogins: 0, lockedUntil: null });
  const token = newToken();
  const session: SessionRow = {
    tokenHash: await sha256Hex(token),
    userId: user.id,
    csrfToken: newToken(),
    created: now,
    expires: new Date(now.getTime() + SESSION_HOURS * 3600_000),
  };
  await deps.store.insertSession(session);
  const bag = tokenBag(c);
  if (bag) bag.sessionToken = token;
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: SESSION_HOURS * 3600,
  });
  return session;
}

function lockedOut(until: Date, now: Date): ApiError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new ApiError(
    429,
    "TOO_MANY_LOGIN_ATTEMPTS",
    `Too many failed sign-in attempts. Try again in ${seconds} seconds.`,
    [seconds],
    null,
    { "Retry-After": String(seconds) },
  );
}

/** The live session of this request, if any. */
export async function currentSession(deps: Deps, c: Context): Promise<SessionRow | undefined> {
  const token = readToken(c);
  if (!token || token.length > 128) return undefined;
  const session = await deps.store.getSession(await sha256Hex(token));
  if (!session || session.expires <= deps.now()) return undefined;
  return session;
}

export async function signOut(deps: Deps, c: Context): Promise<void> {
  const token = readToken(c);
  if (token) await deps.store.deleteSession(await sha256Hex(token));
  const bag = tokenBag(c);
  if (bag) bag.sessionToken = "";
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/**
 * The mock backend runs this app inside a browser, where fetch may neither
 * send a Cookie header nor read Set-Cookie. There the caller passes a bag as
 * app.fetch's env and the token travels in it. HTTP input cannot reach env,
 * and in Node env holds the socket objects, so this path is the mock's alone.
 */
interface TokenBag {
  sessionToken?: string;
}
function tokenBag(c: Context): TokenBag | undefined {
  const env: unknown = c.env;
  return typeof env === "object" && env !== null && "sessionToken" in env ? (env as TokenBag) : undefined;
}

function readToken(c: Context): string | undefined {
  return tokenBag(c)?.sessionToken || getCookie(c, SESSION_COOKIE);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A session-authenticated write must echo the session's CSRF token. */
export function checkCsrf(c: Context, session: SessionRow): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  if (c.req.header("x-csrf-token") !== session.csrfToken) {
    throw new ApiError(403, "INVALID_CSRF_TOKEN", "This request is missing the X-CSRF-Token of your session. Reload the page and try again.");
  }
}
