// Inviting people to an org: a new email becomes a user without a password
// (nobody can sign in as them) with a PENDING invitation carrying the org and
// project roles they get on acceptance, and a one-time link, returned once.
// Someone who has an account already keeps it and confirms with their password.
import type { InvitationBatch, OrgUserRequest } from "../../contract/people.ts";
import { ApiError } from "../http/api-error.ts";
import type { GroupRoleAssignment } from "../store/people-types.ts";
import { UniqueViolation, type Store, type UserRow } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { recordEvent, type Actor } from "./events.ts";
import { newObjectId } from "./ids.ts";
import { issueLink, type IssuedToken } from "./one-time-links.ts";
import { checkOrgProjects } from "./people-rules.ts";
import type { PendingPerson } from "./people-view.ts";

export function alreadyInOrg(email: string): ApiError {
  return new ApiError(409, "USER_ALREADY_IN_ORG", `${email} is already a member of, or invited to, this organization.`, [email]);
}

export interface Invited {
  person: PendingPerson;
  link: IssuedToken;
}

/** No permission check: the route checked the caller owns the org; the CLI is the operator. */
export async function createInvitation(deps: Deps, actor: Actor, orgId: string, request: OrgUserRequest): Promise<Invited> {
  const [invited] = await createInvitations(deps, actor, orgId, { usernames: [request.username], roles: request.roles });
  if (!invited) throw new Error("an invitation was asked for and none was made");
  return invited;
}

/**
 * Several people with the same roles, all or none: one transaction, so a
 * conflict on the third email leaves the first two uninvited.
 */
export async function createInvitations(deps: Deps, actor: Actor, orgId: string, request: InvitationBatch): Promise<Invited[]> {
  const groupRoles = request.roles.groupRoleAssignments ?? [];
  await checkOrgProjects(deps.store, orgId, groupRoles);
  const now = deps.now();
  let current = "";
  try {
    return await deps.store.transaction(async (tx) => {
      await tx.lockOrg(orgId);
      const done: Invited[] = [];
      for (const username of request.usernames) {
        current = username;
        done.push(await inviteOne(tx, deps, actor, { orgId, username, orgRoles: request.roles.orgRoles, groupRoles, now }));
      }
      return done;
    });
  } catch (e) {
    // Two invitations of one new email at once: one inserts the user, the other finds it taken.
    if (e instanceof UniqueViolation) throw alreadyInOrg(current);
    throw e;
  }
}

interface One {
  orgId: string;
  username: string;
  orgRoles: string[];
  groupRoles: GroupRoleAssignment[];
  now: Date;
}

async function inviteOne(tx: Store, deps: Deps, actor: Actor, one: One): Promise<Invited> {
  const { orgId, now } = one;
  let user = await tx.getUserByEmail(one.username);
  if (user) {
    const member = (await tx.listUserOrgRoles(user.id)).some((m) => m.scopeId === orgId);
    const open = await tx.getInvitation(orgId, user.id);
    // An expired invitation is replaced, as Atlas does; a live one or a membership is a conflict.
    if (member || (open && open.expires > now)) throw alreadyInOrg(one.username);
  } else {
    user = { id: newObjectId(now), email: one.username, passwordHash: "", failedLogins: 0, lockedUntil: null, created: now } satisfies UserRow;
    await tx.insertUser(user);
  }
  const link = await issueLink(tx, deps.crypto, now, { userId: user.id, orgId, purpose: "invitation" });
  const invitation = { orgId, userId: user.id, orgRoles: one.orgRoles, groupRoles: one.groupRoles, inviter: actor.name ?? "unknown", created: now, expires: link.expires };
  await tx.putInvitation(invitation);
  await recordEvent(tx, now, actor, { type: "INVITED_TO_ORG", orgId, targetUsername: user.email, details: { newRoles: one.orgRoles } });
  for (const g of one.groupRoles) {
    await recordEvent(tx, now, actor, { type: "INVITED_TO_GROUP", orgId, groupId: g.groupId, targetUsername: user.email, details: { newRoles: g.groupRoles } });
  }
  return { person: { kind: "pending", user, invitation }, link };
}
