// The unauthenticated end of one-time links: look at a link, accept an
// invitation, reset a password. Every byte here is a stranger's: the body is
// schema-checked first (strict objects, a 64-hex token), and every unusable
// link (unknown, used, expired, another purpose) counts as a failed sign-in
// on the sign-in throttles per address, answers alike, and waits alike. A
// link is used with one conditional delete in the change's transaction, so
// it works once even when two instances race. Success signs the person in
// through the same stages as a password sign-in (two-factor still applies).
import type { Context } from "hono";
import { changePasswordSchema } from "../../contract/account.ts";
import type { AcceptInvitation, AcceptReset, LinkInfo } from "../../contract/people.ts";
import type { Deps } from "../domain/deps.ts";
import { recordEvent, type Actor } from "../domain/events.ts";
import { linkHash, usableLink } from "../domain/one-time-links.ts";
import { checkNewPassword } from "../domain/password-rules.ts";
import { atlasDate } from "../domain/present.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/env.ts";
import type { LinkPurpose, LinkRow } from "../store/people-types.ts";
import type { SessionRow, UserRow } from "../store/types.ts";
import { checkPassword } from "./password-check.ts";
import { beginAttempt, forgiveAttempt, sleep } from "./sign-in-attempt.ts";
import { hasPassword } from "../domain/people-rules.ts";
import { signInStage } from "./sign-in-stage.ts";
import { startFullSession, type SignInThrottles } from "./sign-in.ts";
import { startSession } from "./session.ts";

function unusable(purpose: LinkPurpose): ApiError {
  const code = purpose === "invitation" ? "INVALID_INVITATION_ID" : "INVALID_PASSWORD_RESET_LINK";
  return new ApiError(404, code, "This link is not valid: it was used already, replaced by a newer one, cancelled, or it expired. Ask an Organization Owner for a new one.");
}

/** The link behind a token, under the throttles; throws (after the throttle's wait) when it cannot be used. */
async function liveLink(deps: Deps, throttles: SignInThrottles, c: Context<AppEnv>, purpose: LinkPurpose, token: string): Promise<{ link: LinkRow; user: UserRow }> {
  // Keyed by the link kind, not an email: the per-address limits are what hold a guesser back.
  const attempt = beginAttempt(throttles, c, `(${purpose} link)`, deps.now().getTime());
  const hash = await linkHash(deps.crypto, purpose, token);
  const link = await deps.store.peekLink(hash);
  const user = usableLink(link, purpose, deps.now()) ? await deps.store.getUser(link.userId) : undefined;
  if (link && user) {
    forgiveAttempt(throttles, attempt);
    return { link, user };
  }
  if (attempt.delay > 0) await sleep(attempt.delay);
  throw unusable(purpose);
}

/** A password to set: the Account page's rules (length from its schema, then the breached-password check). */
async function checkChosenPassword(password: string, email: string): Promise<void> {
  const length = changePasswordSchema.shape.newPassword.safeParse(password);
  if (!length.success) {
    const description = length.error.issues[0]?.message ?? "Choose another password.";
    throw new ApiError(400, "WEAK_PASSWORD", `password: ${description}`, ["password"], [{ field: "password", description }]);
  }
  await checkNewPassword(password, "password", [email]);
}

async function signInAfterLink(deps: Deps, c: Context<AppEnv>, user: UserRow): Promise<SessionRow> {
  const stage = await signInStage(deps, user.id);
  return stage === "full" ? startFullSession(deps, c, user, c.get("callerIp")) : startSession(deps, c, user.id, stage);
}

export async function inspectLink(deps: Deps, throttles: SignInThrottles, c: Context<AppEnv>, purpose: LinkPurpose, token: string): Promise<LinkInfo> {
  const { link, user } = await liveLink(deps, throttles, c, purpose, token);
  const org = await deps.store.getOrg(link.orgId);
  return { purpose, email: user.email, orgName: org?.name ?? "", expiresAt: atlasDate(link.expires), newAccount: !hasPassword(user) };
}

export async function acceptInvitation(deps: Deps, throttles: SignInThrottles, c: Context<AppEnv>, body: AcceptInvitation): Promise<SessionRow> {
  const { link, user } = await liveLink(deps, throttles, c, "invitation", body.token);
  const newAccount = !hasPassword(user);
  if (newAccount) await checkChosenPassword(body.password, user.email);
  // Someone with an account proves it is theirs: holding the link alone must not open an existing account.
  else await checkPassword(deps, throttles, c, user, body.password, "password");
  const hash = newAccount ? await deps.crypto.hashPassword(body.password) : undefined;
  const now = deps.now();
  const actor: Actor = { kind: "user", id: user.id, name: user.email, remoteAddress: c.get("callerIp") };
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(link.orgId);
    const invitation = await tx.getInvitation(link.orgId, user.id);
    if (!(await tx.takeLink(link.tokenHash)) || !invitation) throw unusable("invitation");
    await tx.setUserOrgRoles({ userId: user.id, scopeId: link.orgId, roles: invitation.orgRoles });
    const target = { orgId: link.orgId, targetUsername: user.email };
    await recordEvent(tx, now, actor, { type: "JOINED_ORG", ...target, details: { newRoles: invitation.orgRoles } });
    for (const g of invitation.groupRoles) {
      if ((await tx.getGroup(g.groupId))?.orgId !== link.orgId) continue;
      await tx.setUserGroupRoles({ userId: user.id, scopeId: g.groupId, roles: g.groupRoles });
      await recordEvent(tx, now, actor, { type: "JOINED_GROUP", ...target, groupId: g.groupId, details: { newRoles: g.groupRoles } });
    }
    await tx.deleteInvitation(link.orgId, user.id);
    if (hash) {
      await tx.setUserPassword(user.id, hash);
      await tx.setAccountName(user.id, { firstName: body.firstName ?? "", lastName: body.lastName ?? "" });
    }
  });
  return signInAfterLink(deps, c, user);
}

export async function acceptReset(deps: Deps, throttles: SignInThrottles, c: Context<AppEnv>, body: AcceptReset): Promise<SessionRow> {
  const { link, user } = await liveLink(deps, throttles, c, "password-reset", body.token);
  await checkChosenPassword(body.password, user.email);
  const hash = await deps.crypto.hashPassword(body.password);
  const actor: Actor = { kind: "user", id: user.id, name: user.email, remoteAddress: c.get("callerIp") };
  await deps.store.transaction(async (tx) => {
    if (!(await tx.takeLink(link.tokenHash))) throw unusable("password-reset");
    await tx.setUserPassword(user.id, hash);
    // As the CLI's reset: whoever was signed in with the old password is out.
    await tx.deleteUserSessions(user.id);
    await recordEvent(tx, deps.now(), actor, { type: "USER_PASSWORD_RESET", orgId: link.orgId, targetUsername: user.email });
  });
  return signInAfterLink(deps, c, user);
}
