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
import { AuthThrottle, throttleAddress } from "./auth-throttle.ts";
import { PerKeyLimit } from "./per-key-limit.ts";
import { startSession } from "./session.ts";
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

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function signIn(
  deps: Deps,
  throttles: SignInThrottles,
  c: Context<AppEnv>,
  credentials: { email: string; password: string },
): Promise<SessionRow> {
  const callerIp = c.get("callerIp");
  const email = credentials.email.toLowerCase();
  const address = throttleAddress(callerIp);
  const pair = `${address} ${email}`;
  const now = deps.now().getTime();
  const wait = Math.max(throttles.perAddress.blockedFor(address, now), throttles.perAccount.blockedFor(pair, now));
  if (wait > 0) throw tooManyAttempts(wait);

  const delay = Math.max(throttles.perAddress.fail(address, now), throttles.perAccount.fail(pair, now));
  dummyHash ??= deps.crypto.hashPassword("not-a-real-password");
  const user = await deps.store.getUserByEmail(email);
  const stored = user?.passwordHash ?? (await dummyHash);
  const ok = await throttles.checks.run(address, () => deps.crypto.verifyPassword(credentials.password, stored));
  if (!user || !ok) {
    if (user) {
      // Not awaited: a write only known emails make would time apart known and unknown ones.
      const lockedOut = throttles.perAccount.blockedFor(pair, now) > 0 || throttles.perAddress.blockedFor(address, now) > 0;
      recordFailedSignIn(deps, user, callerIp, lockedOut).catch((e: unknown) => console.error("recording a failed sign-in", e));
    }
    if (delay > 0) await sleep(delay);
    throw new ApiError(401, "INVALID_CREDENTIALS", "The email address or password is incorrect.");
  }
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
