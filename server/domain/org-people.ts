// Changing and removing org members (Organization Owners only). Roles sent
// replace those held; project roles change only when groupRoleAssignments is
// sent. Removing a member takes them out of every project of the org and ends
// their console sessions at once (sessions live in the store, and every
// instance reads them through the generation-checked cache). Removing a
// pending member cancels the invitation, and deletes the user when the
// invitation was all they had.
import type { OrgUser } from "../../contract/org-users.ts";
import type { OrgUserUpdate } from "../../contract/people.ts";
import type { GroupRoleAssignment } from "../store/people-types.ts";
import type { Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { recordEvent, sameRoles, type Actor } from "./events.ts";
import { changeOrgPerson } from "./org-person-change.ts";
import { userNotFound } from "./org-users.ts";
import { checkOrgProjects, hasPassword, keepAnOwner, refuseRaisingOwnRoles } from "./people-rules.ts";
import { findOrgPerson, presentOrgUser, type ActivePerson, type Person } from "./people-view.ts";
import { ownedOrg } from "./permissions.ts";
import type { Principal } from "./principal.ts";

async function personIn(store: Store, orgId: string, userId: string): Promise<Person> {
  const person = await findOrgPerson(store, orgId, userId);
  if (!person) throw userNotFound(userId);
  return person;
}

async function setProjectRoles(tx: Store, now: Date, actor: Actor, orgId: string, person: ActivePerson, wanted: GroupRoleAssignment[]): Promise<void> {
  const target = { orgId, targetUsername: person.user.email };
  for (const had of person.groupRoles) {
    if (wanted.some((w) => w.groupId === had.groupId)) continue;
    await tx.deleteUserGroupRoles(person.user.id, had.groupId);
    await recordEvent(tx, now, actor, { type: "REMOVED_FROM_GROUP", ...target, groupId: had.groupId, details: { oldRoles: had.groupRoles } });
  }
  for (const w of wanted) {
    const had = person.groupRoles.find((g) => g.groupId === w.groupId);
    if (had && sameRoles(had.groupRoles, w.groupRoles)) continue;
    await tx.setUserGroupRoles({ userId: person.user.id, scopeId: w.groupId, roles: w.groupRoles });
    const type = had ? "USER_ROLES_CHANGED_AUDIT" : "JOINED_GROUP";
    await recordEvent(tx, now, actor, { type, ...target, groupId: w.groupId, details: { oldRoles: had?.groupRoles, newRoles: w.groupRoles } });
  }
}

/**
 * PATCH of a member or invitee: `update`, or what `update` makes of the
 * person as the transaction reads them (one org role added or removed: two
 * at once must not lose either).
 */
export async function updateOrgUser(deps: Deps, p: Principal, orgId: string, userId: string, update: OrgUserUpdate | ((person: Person) => OrgUserUpdate)): Promise<OrgUser> {
  await ownedOrg(deps.store, p, orgId);
  const given = typeof update === "function" ? undefined : update.roles;
  if (given?.groupRoleAssignments) await checkOrgProjects(deps.store, orgId, given.groupRoleAssignments);
  await changeOrgPerson(deps, p, orgId, userId, async ({ tx, person, actor, now }) => {
    const roles = typeof update === "function" ? update(person).roles : given;
    if (!roles) return;
    if (person.kind === "pending") {
      const groupRoles = roles.groupRoleAssignments ?? person.invitation.groupRoles;
      await tx.putInvitation({ ...person.invitation, orgRoles: roles.orgRoles, groupRoles });
      const details = { oldRoles: person.invitation.orgRoles, newRoles: roles.orgRoles };
      await recordEvent(tx, now, actor, { type: "USER_ROLES_CHANGED_AUDIT", orgId, targetUsername: person.user.email, details });
      return;
    }
    const groupRoles = roles.groupRoleAssignments ?? person.groupRoles;
    refuseRaisingOwnRoles(p, userId, person, { orgRoles: roles.orgRoles, groupRoles });
    if (person.orgRoles.includes("ORG_OWNER") && !roles.orgRoles.includes("ORG_OWNER")) await keepAnOwner(tx, orgId, userId, "demote");
    if (!sameRoles(person.orgRoles, roles.orgRoles)) {
      await tx.setUserOrgRoles({ userId, scopeId: orgId, roles: roles.orgRoles });
      const details = { oldRoles: person.orgRoles, newRoles: roles.orgRoles };
      await recordEvent(tx, now, actor, { type: "USER_ROLES_CHANGED_AUDIT", orgId, targetUsername: person.user.email, details });
    }
    if (roles.groupRoleAssignments) await setProjectRoles(tx, now, actor, orgId, person, roles.groupRoleAssignments);
  });
  return presentOrgUser(await personIn(deps.store, orgId, userId), deps.now());
}

export async function removeOrgUser(deps: Deps, p: Principal, orgId: string, userId: string): Promise<void> {
  await changeOrgPerson(deps, p, orgId, userId, async ({ tx, person, actor, now }) => {
    const target = { orgId, targetUsername: person.user.email };
    await tx.deleteLinks(userId, orgId);
    if (person.kind === "pending") {
      await tx.deleteInvitation(orgId, userId);
      const elsewhere = (await tx.listUserOrgRoles(userId)).length + (await tx.countUserInvitations(userId));
      if (!hasPassword(person.user) && elsewhere === 0) await tx.deleteUser(userId);
      await recordEvent(tx, now, actor, { type: "ORG_INVITATION_DELETED", ...target, details: { oldRoles: person.invitation.orgRoles } });
      return;
    }
    await keepAnOwner(tx, orgId, userId, "remove");
    await tx.deleteOrgMembership(userId, orgId);
    await tx.deleteUserSessions(userId);
    await recordEvent(tx, now, actor, { type: "REMOVED_FROM_ORG", ...target, details: { oldRoles: person.orgRoles } });
  });
}
