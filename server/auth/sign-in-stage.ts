// Where a right password leads: straight in; to a second step asking for a
// TOTP or recovery code (the user has two-factor sign-in); or, when an org of
// theirs sets multiFactorAuthRequired and they have none, to enrolment first.
// The limited sessions of the last two reach nothing but their own step
// (auth/session.ts: currentSession) and end after 15 minutes.
import type { Deps } from "../domain/deps.ts";
import type { SessionStage, Store } from "../store/types.ts";

export async function signInStage(deps: Deps, userId: string): Promise<SessionStage> {
  if ((await deps.store.getAccount(userId)).totpSecretEnc) return "verify";
  return (await orgRequiresTwoFactor(deps.store, userId)) ? "enrol" : "full";
}

/** Some org the user belongs to sets multiFactorAuthRequired. */
export async function orgRequiresTwoFactor(store: Store, userId: string): Promise<boolean> {
  for (const m of await store.listUserOrgRoles(userId)) {
    if ((await store.getOrgStoredSettings(m.scopeId)).multiFactorAuthRequired === true) return true;
  }
  return false;
}
