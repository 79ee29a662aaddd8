// Console sign-in: email and password checked under two throttles, one per
// (address, email) and one per address. Neither is per account, so a stranger
// failing from elsewhere never locks the owner out; and both are keyed by the
// email as typed, so an unknown email is answered exactly as a known one.
//
// Each attempt is counted as failed *before* its password check (and forgiven
// if the password was right): the check takes a while, and parallel attempts
// must not all pass the "blocked?" test before any failure is on record. So
// at most `blockAfter` passwords are ever checked per window.
import type { Context } from "hono";
import type { Deps } from "../domain/deps.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/env.ts";
import type { SessionRow, UserRow } from "../store/types.ts";
import { signInStage } from "./sign-in-stage.ts";
import { hasPassword } from "../domain/people-rules.ts";
import { AuthThrottle } from "./auth-throttle.ts";
import { PerKeyLimit } from "./per-key-limit.ts";
import { startSession } from "./session.ts";
import { beginAttempt, checkUnderLimit, lockedOut, sleep } from "./sign-in-attempt.ts";
import { recordFailedSignIn, recordSignIn } from "./sign-in-events.ts";

export interface SignInThrottles {
  /** Wrong passwords for one email from one address: 5 per 5 minutes. */
  perAccount: AuthThrottle;
  /** Failed sign-ins from one address, whatever the email: slowed after 10, refused after 50 per 15 minutes. */
  perAddress: AuthThrottle;
  /** Password checks per address: two at a time, so a flood from one address leaves the hashing threads to others. */
  checks: PerKeyLimit;
}

export function signInThrottles(): SignInThrottles {
  return {
    perAccount: new AuthThrottle(5 * 60_000, 5, 5, 100_000, 0),
    perAddress: new AuthThrottle(15 * 60_000, 10, 50, 100_000, 200),
    checks: new PerKeyLimit(2),
  };
}

/** Verified for unknown emails so a miss takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function signIn(
  deps: Deps,
  throttles: SignInThrottles,
  c: Context<AppEnv>,
  credentials: { email: string; password: string },
): Promise<SessionRow> {
  const callerIp = c.get("callerIp");
  const email = credentials.email.toLowerCase();
  const attempt = beginAttempt(throttles, c, email, deps.now().getTime());
  dummyHash ??= deps.crypto.hashPassword("not-a-real-password");
  // An invitee who has not accepted has no password yet: answered as an unknown email, after a hash as long.
  const found = await deps.store.getUserByEmail(email);
  const user = found && hasPassword(found) ? found : undefined;
  const ok = await checkUnderLimit(deps, throttles, attempt, credentials.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) {
    if (user) {
      // Not awaited: a write only known emails make would time apart known and unknown ones.
      recordFailedSignIn(deps, user, callerIp, lockedOut(throttles, attempt)).catch((e: unknown) => console.error("recording a failed sign-in", e));
    }
    if (attempt.delay > 0) await sleep(attempt.delay);
    throw new ApiError(401, "INVALID_CREDENTIALS", "The email address or password is incorrect.");
  }
  const { address, pair } = attempt;
  throttles.perAddress.forgive(address);
  const stage = await signInStage(deps, user.id);
  if (stage === "verify") {
    // Wrong codes of the next step count on this pair: a right password must
    // not wipe them, or password, four guesses, password... would never stop.
    throttles.perAccount.forgive(pair);
    return startSession(deps, c, user.id, stage);
  }
  throttles.perAccount.clear(pair);
  if (stage === "enrol") return startSession(deps, c, user.id, stage);
  return startFullSession(deps, c, user, callerIp);
}

/** Opens the full session; it and its sign-in events commit together. */
export function startFullSession(deps: Deps, c: Context, user: UserRow, callerIp: string): Promise<SessionRow> {
  return deps.store.transaction(async (tx) => {
    const session = await startSession({ ...deps, store: tx }, c, user.id);
    await tx.touchLastAuth(user.id, session.created);
    await recordSignIn(tx, session.created, user, callerIp);
    return session;
  });
}

export function tooManyAttempts(seconds: number): ApiError {
  return new ApiError(
    429,
    "TOO_MANY_LOGIN_ATTEMPTS",
    `Too many failed sign-in attempts. Try again in ${seconds} seconds.`,
    [seconds],
    null,
    { "Retry-After": String(seconds) },
  );
}
