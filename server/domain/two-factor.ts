// Enrolling in two-factor sign-in, resetting it and turning it off. A new
// seed is shown once and kept sealed as "pending" until a first code from the
// authenticator confirms it; confirming makes it the account's seed and hands
// out ten new recovery codes, shown once and stored as keyed hashes only.
import { RECOVERY_CODE_COUNT, type TwoFactorSetup } from "../../contract/account.ts";
import { RECOVERY_PURPOSE, TOTP_PURPOSE } from "../auth/second-factor.ts";
import { recordInUserOrgs } from "../auth/sign-in-events.ts";
import { orgRequiresTwoFactor } from "../auth/sign-in-stage.ts";
import { matchTotp, newRecoveryCode, newTotpSecret, normalRecoveryCode, otpauthUri } from "../auth/totp.ts";
import { ApiError } from "../http/api-error.ts";
import type { UserRow } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import type { Actor } from "./events.ts";

/** A new seed for the user to add to their authenticator app. */
export async function startEnrolment(deps: Deps, user: UserRow): Promise<TwoFactorSetup> {
  const secret = newTotpSecret();
  await deps.store.setPendingTotp(user.id, await deps.crypto.sealSecret(TOTP_PURPOSE, user.id, secret));
  return { secret, otpauthUri: otpauthUri(secret, user.email) };
}

/** The first code proves the app holds the pending seed; returns the recovery codes (plain, this once). */
export async function confirmEnrolment(deps: Deps, user: UserRow, code: string, actor: Actor): Promise<string[]> {
  const account = await deps.store.getAccount(user.id);
  if (!account.totpPendingEnc) {
    throw new ApiError(409, "TWO_FACTOR_SETUP_NOT_STARTED", "Start two-factor setup again: there is no new authenticator to confirm.");
  }
  const secret = await deps.crypto.openSecret(TOTP_PURPOSE, user.id, account.totpPendingEnc);
  const step = matchTotp(secret, code, deps.now());
  if (step === null) {
    const description = "That code does not match. Enter the 6-digit code your authenticator app shows now.";
    throw new ApiError(400, "INVALID_TWO_FACTOR_CODE", `code: ${description}`, ["code"], [{ field: "code", description }]);
  }
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((c) => deps.crypto.purposeHash(RECOVERY_PURPOSE, `${user.id}:${normalRecoveryCode(c)}`)));
  const sealed = account.totpPendingEnc;
  await deps.store.transaction(async (tx) => {
    await tx.confirmTotp(user.id, sealed, step);
    await tx.replaceRecoveryCodes(user.id, hashes);
    const type = account.totpSecretEnc ? "USER_TWO_FACTOR_RESET" : "USER_TWO_FACTOR_ENROLLED";
    await recordInUserOrgs(tx, deps.now(), actor, user, type);
  });
  return codes;
}

/** Turns two-factor sign-in off (the password was checked), unless an org of the user requires it. */
export async function disableTwoFactor(deps: Deps, user: UserRow, actor: Actor): Promise<void> {
  if (await orgRequiresTwoFactor(deps.store, user.id)) {
    throw new ApiError(403, "TWO_FACTOR_REQUIRED_BY_ORG", "An organization you belong to requires two-factor sign-in, so it cannot be turned off. You can reset it instead.");
  }
  if (!(await deps.store.getAccount(user.id)).totpSecretEnc) return;
  await deps.store.transaction(async (tx) => {
    await tx.disableTotp(user.id);
    await recordInUserOrgs(tx, deps.now(), actor, user, "USER_TWO_FACTOR_DISABLED");
  });
}
