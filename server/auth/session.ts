// Console sessions: an opaque random cookie (only its hash is stored) and a
// CSRF token bound to the session. Checking credentials is sign-in.ts's.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { ApiError } from "../http/api-error.ts";
import type { Deps } from "../domain/deps.ts";
import { newToken, sha256Hex } from "../domain/ids.ts";
import type { SessionRow, SessionStage } from "../store/types.ts";

export const SESSION_COOKIE = "am_session";
const SESSION_HOURS = 12;
/** A session still finishing its sign-in (a second factor, an enrolment) lasts this long. */
const LIMITED_MINUTES = 15;
/** How stale a session's "last seen" may get before a request stores a new one (each store is a write). */
const LAST_SEEN_EVERY_MS = 5 * 60_000;

/** Opens a session for a user whose credentials were checked; sets its cookie. */
export async function startSession(deps: Deps, c: Context, userId: string, stage: SessionStage = "full"): Promise<SessionRow> {
  const now = deps.now();
  // Sessions that ended are deleted as new ones begin: the table holds live ones only.
  await deps.store.deleteExpiredSessions(now);
  const token = newToken();
  const lifetime = stage === "full" ? SESSION_HOURS * 3600_000 : LIMITED_MINUTES * 60_000;
  const session: SessionRow = {
    tokenHash: await sha256Hex(token),
    userId,
    csrfToken: newToken(),
    created: now,
    expires: new Date(now.getTime() + lifetime),
    stage,
    userAgent: (c.req.header("user-agent") ?? "").slice(0, 256) || null,
    address: (c.get("callerIp") as string | undefined) ?? null,
    lastSeen: now,
  };
  await deps.store.insertSession(session);
  const bag = tokenBag(c);
  if (bag) bag.sessionToken = token;
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: lifetime / 1000,
  });
  return session;
}

/**
 * The live, fully signed-in session of this request, if any. A session still
 * waiting for its second factor counts as none; one that must enrol in
 * two-factor sign-in first is refused outright (403), so the console and
 * API clients learn why nothing answers.
 */
export async function currentSession(deps: Deps, c: Context): Promise<SessionRow | undefined> {
  const session = await sessionInAnyStage(deps, c);
  if (!session || (session.stage ?? "full") === "verify") return undefined;
  if (session.stage === "enrol") {
    throw new ApiError(403, "TWO_FACTOR_ENROLMENT_REQUIRED", "An organization you belong to requires two-factor sign-in. Set it up to continue.");
  }
  const now = deps.now();
  const address = (c.get("callerIp") as string | undefined) ?? null;
  if (address && (!session.lastSeen || now.getTime() - session.lastSeen.getTime() > LAST_SEEN_EVERY_MS)) {
    await deps.store.touchSession(session.tokenHash, now, address);
  }
  return session;
}

/** The live session of this request whatever its stage (the sign-in steps and sign-out use it). */
export async function sessionInAnyStage(deps: Deps, c: Context): Promise<SessionRow | undefined> {
  const token = readToken(c);
  if (!token || token.length > 128) return undefined;
  const session = await deps.store.getSession(await sha256Hex(token));
  if (!session || session.expires <= deps.now()) return undefined;
  return session;
}

/** Ends this request's session. A live session must echo its CSRF token, so no other site can sign the user out. */
export async function signOut(deps: Deps, c: Context): Promise<void> {
  const session = await sessionInAnyStage(deps, c);
  if (session) {
    checkCsrf(c, session);
    await deps.store.deleteSession(session.tokenHash);
  }
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
