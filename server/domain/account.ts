// The signed-in user's own account: name, password, and their sessions.
// Changing the password ends every other session of the user (on every
// instance: sessions live in the database), as signing out of the others does.
import type { Account, ChangePassword, SessionInfo } from "../../contract/account.ts";
import { orgRequiresTwoFactor } from "../auth/sign-in-stage.ts";
import { ApiError } from "../http/api-error.ts";
import { recordInUserOrgs } from "../auth/sign-in-events.ts";
import type { SessionRow, UserRow } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import type { Actor } from "./events.ts";
import { sha256Hex } from "./ids.ts";
import { checkNewPassword } from "./password-rules.ts";
import { deviceName } from "./session-device.ts";

export async function accountView(deps: Deps, user: UserRow): Promise<Account> {
  const [account, codesLeft, required] = await Promise.all([
    deps.store.getAccount(user.id),
    deps.store.countRecoveryCodes(user.id),
    orgRequiresTwoFactor(deps.store, user.id),
  ]);
  return {
    id: user.id,
    email: user.email,
    firstName: account.firstName,
    lastName: account.lastName,
    twoFactorEnabled: account.totpSecretEnc !== null,
    recoveryCodesLeft: account.totpSecretEnc ? codesLeft : 0,
    twoFactorRequired: required,
  };
}

export async function setName(deps: Deps, user: UserRow, name: { firstName: string; lastName: string }): Promise<Account> {
  await deps.store.setAccountName(user.id, name);
  return accountView(deps, user);
}

/** The current password was checked already (auth/password-check.ts). */
export async function changePassword(deps: Deps, user: UserRow, session: SessionRow, change: ChangePassword, actor: Actor): Promise<void> {
  await checkNewPassword(change.newPassword, "newPassword", [user.email]);
  if (change.newPassword === change.currentPassword) {
    const description = "Choose a password different from your current one.";
    throw new ApiError(400, "PASSWORD_UNCHANGED", `newPassword: ${description}`, ["newPassword"], [{ field: "newPassword", description }]);
  }
  const hash = await deps.crypto.hashPassword(change.newPassword);
  await deps.store.transaction(async (tx) => {
    await tx.setUserPassword(user.id, hash);
    await tx.deleteOtherSessions(user.id, session.tokenHash);
    await recordInUserOrgs(tx, deps.now(), actor, user, "USER_PASSWORD_CHANGED");
  });
}

export async function listSessions(deps: Deps, session: SessionRow): Promise<SessionInfo[]> {
  const now = deps.now();
  const live = (await deps.store.listUserSessions(session.userId)).filter((s) => s.expires > now && (s.stage ?? "full") === "full");
  return Promise.all(
    live.map(async (s) => ({
      // Not the token hash (that is the session's key in the table): a hash of it, enough to tell rows apart.
      id: (await sha256Hex(`session-list:${s.tokenHash}`)).slice(0, 16),
      current: s.tokenHash === session.tokenHash,
      device: deviceName(s.userAgent),
      address: s.address ?? null,
      created: s.created.toISOString(),
      lastSeen: (s.lastSeen ?? s.created).toISOString(),
    })),
  );
}

/** Ends every session of the user but this one; returns how many ended. */
export async function endOtherSessions(deps: Deps, user: UserRow, session: SessionRow, actor: Actor): Promise<number> {
  return deps.store.transaction(async (tx) => {
    const ended = await tx.deleteOtherSessions(user.id, session.tokenHash);
    if (ended > 0) await recordInUserOrgs(tx, deps.now(), actor, user, "USER_OTHER_SESSIONS_ENDED");
    return ended;
  });
}
