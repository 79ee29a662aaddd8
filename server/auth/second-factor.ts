// The second sign-in step: a limited "verify" session (sign-in.ts) sends a
// TOTP code or a recovery code. Each attempt counts on the same throttles as
// a password (counted before the check, forgiven when right), a TOTP code is
// accepted once per account (its time step is recorded), a recovery code is
// deleted as it is used. A right code replaces the limited session with a
// full one under a new cookie.
import type { Context } from "hono";
import type { Deps } from "../domain/deps.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/env.ts";
import type { SessionRow, UserRow } from "../store/types.ts";
import { checkCsrf, sessionInAnyStage } from "./session.ts";
import { recordFailedSignIn } from "./sign-in-events.ts";
import { beginAttempt, lockedOut, sleep } from "./sign-in-attempt.ts";
import { startFullSession, type SignInThrottles } from "./sign-in.ts";
import { matchTotp, normalRecoveryCode } from "./totp.ts";

export const TOTP_PURPOSE = "totp";
export const RECOVERY_PURPOSE = "recovery-code";

export async function verifySecondFactor(deps: Deps, throttles: SignInThrottles, c: Context<AppEnv>, code: string): Promise<SessionRow> {
  const pending = await sessionInAnyStage(deps, c);
  if (!pending || pending.stage !== "verify") {
    throw new ApiError(401, "UNAUTHORIZED", "Sign in with your email address and password first.");
  }
  checkCsrf(c, pending);
  const user = await deps.store.getUser(pending.userId);
  if (!user) throw new ApiError(401, "UNAUTHORIZED", "Sign in with your email address and password first.");
  const callerIp = c.get("callerIp");
  const attempt = beginAttempt(throttles, c, user.email, deps.now().getTime());
  if (!(await codeIsGood(deps, user, code))) {
    await recordFailedSignIn(deps, user, callerIp, lockedOut(throttles, attempt));
    if (attempt.delay > 0) await sleep(attempt.delay);
    throw new ApiError(401, "INVALID_TWO_FACTOR_CODE", "That code is not valid. Enter the current code from your authenticator app, or an unused recovery code.");
  }
  throttles.perAccount.clear(attempt.pair);
  throttles.perAddress.forgive(attempt.address);
  await deps.store.deleteSession(pending.tokenHash);
  return startFullSession(deps, c, user, callerIp);
}

/** A TOTP code of a step not used before, or a recovery code the user still has (used up by this call). */
async function codeIsGood(deps: Deps, user: UserRow, code: string): Promise<boolean> {
  const account = await deps.store.getAccount(user.id);
  if (!account.totpSecretEnc) return false;
  if (/^\s*\d{3}\s*\d{3}\s*$/.test(code)) {
    // Unreadable after AM_SECRET changed: no code can match (docs/operations.md: users reset-two-factor).
    const secret = await deps.crypto.openSecret(TOTP_PURPOSE, user.id, account.totpSecretEnc).catch(() => null);
    if (secret === null) return false;
    const step = matchTotp(secret, code, deps.now());
    return step !== null && (await deps.store.useTotpStep(user.id, step));
  }
  const recovery = normalRecoveryCode(code);
  return recovery !== null && deps.store.useRecoveryCode(user.id, await deps.crypto.purposeHash(RECOVERY_PURPOSE, `${user.id}:${recovery}`));
}
