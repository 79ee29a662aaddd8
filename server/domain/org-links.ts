// Links an Organization Owner issues: a new invitation link for a pending
// member (the old link stops working and the invitation runs 30 days from
// now), and a one-time password-reset link for an active member. A reset link
// sets the password of the whole account, so it is refused for a member who
// also belongs to an org the caller does not own: owning one org must not
// open an account that holds roles in another.
import { ApiError } from "../http/api-error.ts";
import type { Deps } from "./deps.ts";
import { recordEvent } from "./events.ts";
import { alreadyInOrg } from "./org-invite.ts";
import { changeOrgPerson } from "./org-person-change.ts";
import { issueLink, type IssuedToken } from "./one-time-links.ts";
import type { Person } from "./people-view.ts";
import { isOrgOwner } from "./permissions.ts";
import type { Principal } from "./principal.ts";

export interface PersonLink {
  person: Person;
  link: IssuedToken;
}

export function renewInvitationLink(deps: Deps, p: Principal, orgId: string, userId: string): Promise<PersonLink> {
  return changeOrgPerson(deps, p, orgId, userId, async ({ tx, person, actor, now }) => {
    if (person.kind !== "pending") throw alreadyInOrg(person.user.email);
    const link = await issueLink(tx, deps.crypto, now, { userId, orgId, purpose: "invitation" });
    const invitation = { ...person.invitation, created: now, expires: link.expires };
    await tx.putInvitation(invitation);
    await recordEvent(tx, now, actor, { type: "INVITED_TO_ORG", orgId, targetUsername: person.user.email, details: { newRoles: invitation.orgRoles } });
    return { person: { ...person, invitation }, link };
  });
}

export function issueResetLink(deps: Deps, p: Principal, orgId: string, userId: string): Promise<PersonLink> {
  return changeOrgPerson(deps, p, orgId, userId, async ({ tx, person, actor, now }) => {
    if (person.kind !== "active") {
      throw new ApiError(409, "USER_NOT_ACTIVE", `${person.user.email} has not accepted the invitation yet: send a new invitation link instead.`, [userId]);
    }
    const others = (await tx.listUserOrgRoles(userId)).filter((m) => m.scopeId !== orgId && !isOrgOwner(p, m.scopeId));
    if (others.length > 0) {
      throw new ApiError(403, "USER_IN_OTHER_ORGANIZATION", `${person.user.email} also belongs to an organization you do not own; only they (Account page) or an operator (CLI) can reset the password.`, [userId]);
    }
    const link = await issueLink(tx, deps.crypto, now, { userId, orgId, purpose: "password-reset" });
    await recordEvent(tx, now, actor, { type: "USER_PASSWORD_RESET_LINK_CREATED", orgId, targetUsername: person.user.email });
    return { person, link };
  });
}
