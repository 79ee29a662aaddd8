// The rules every change of people obeys, whoever calls: nobody raises their
// own roles, and an org always keeps an Organization Owner (a person: keys and
// service accounts cannot sign in to the console to manage anything else).
import { ApiError } from "../http/api-error.ts";
import type { GroupRoleAssignment } from "../store/people-types.ts";
import type { Store } from "../store/types.ts";
import type { Principal } from "./principal.ts";

/** An invitee has an account without a password until they accept (org-invite.ts makes it so). */
export function hasPassword(user: { passwordHash: string }): boolean {
  return user.passwordHash !== "";
}

export interface RoleSet {
  orgRoles: readonly string[];
  groupRoles: readonly GroupRoleAssignment[];
}

/**
 * Whether `after` holds a role `before` did not. An owner's role covers the
 * other roles of its own scope (an Organization Owner stepping down to Member
 * gains nothing), but not another scope's: project roles are counted as held
 * explicitly, so an owner cannot hand themselves project roles that would
 * outlast their stepping down.
 */
function gained(before: RoleSet, after: RoleSet): boolean {
  const orgOwner = before.orgRoles.includes("ORG_OWNER");
  if (!orgOwner && after.orgRoles.some((r) => !before.orgRoles.includes(r))) return true;
  return after.groupRoles.some((a) => {
    const had = before.groupRoles.find((b) => b.groupId === a.groupId)?.groupRoles ?? [];
    return !had.includes("GROUP_OWNER") && a.groupRoles.some((r) => !had.includes(r));
  });
}

/** A change to the caller's own roles may only take roles away. */
export function refuseRaisingOwnRoles(p: Principal, userId: string, before: RoleSet, after: RoleSet): void {
  if (p.kind !== "user" || p.id !== userId || !gained(before, after)) return;
  throw new ApiError(403, "CANNOT_RAISE_OWN_ROLES", "You cannot give yourself roles you do not hold. Ask another owner.");
}

/**
 * Inside the change's transaction, after lockOrg: refuses when the user is
 * the org's only Organization Owner. Demoting answers Atlas's
 * CANNOT_DEMOTE_LAST_ORG_OWNER, removing its CANNOT_DELETE_LAST_ADMIN (both 403).
 */
export async function keepAnOwner(tx: Store, orgId: string, userId: string, change: "demote" | "remove"): Promise<void> {
  const owners = (await tx.listOrgMembers(orgId)).filter((m) => m.roles.includes("ORG_OWNER"));
  if (!owners.some((m) => m.user.id === userId) || owners.length > 1) return;
  if (change === "demote") {
    throw new ApiError(403, "CANNOT_DEMOTE_LAST_ORG_OWNER", "Cannot demote the last Organization Owner. Make another member an owner first.", [userId]);
  }
  throw new ApiError(403, "CANNOT_DELETE_LAST_ADMIN", "An organization needs at least one Organization Owner. Make another member an owner first.", [userId]);
}

/** Project roles only for projects of this org. */
export async function checkOrgProjects(store: Store, orgId: string, assignments: readonly GroupRoleAssignment[]): Promise<void> {
  for (const a of assignments) {
    const group = await store.getGroup(a.groupId);
    if (group?.orgId !== orgId) {
      throw new ApiError(404, "GROUP_NOT_FOUND", `No project with ID ${a.groupId} exists in this organization.`, [a.groupId]);
    }
  }
}
