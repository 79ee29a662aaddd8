// Org and project members in Atlas's 2025-02-19 shapes: active members from
// their roles, pending ones from their invitations (PENDING until it expires,
// then INVITATION_EXPIRED). Names come from the members' account rows.
import type { CloudAppUser, MembershipStatus, OrgUser, PendingOrgUser } from "../../contract/org-users.ts";
import { API_BASE } from "../../contract/limits.ts";
import type { GroupRoleAssignment, InvitationRow } from "../store/people-types.ts";
import type { MembershipRow, Store, UserRow } from "../store/types.ts";
import { atlasDate } from "./present.ts";

export interface ActivePerson {
  kind: "active";
  user: UserRow;
  orgRoles: string[];
  groupRoles: GroupRoleAssignment[];
  firstName: string;
  lastName: string;
  lastAuth: Date | null;
}

export interface PendingPerson {
  kind: "pending";
  user: UserRow;
  invitation: InvitationRow;
}

export type Person = ActivePerson | PendingPerson;

/** A person's org roles and project roles: a member's own, an invitee's to be granted. */
export const orgRolesOf = (p: Person): string[] => (p.kind === "active" ? p.orgRoles : p.invitation.orgRoles);
export const assignmentsOf = (p: Person) => (p.kind === "active" ? p.groupRoles : p.invitation.groupRoles);

export function statusOf(p: Person, now: Date): MembershipStatus {
  if (p.kind === "active") return "ACTIVE";
  return p.invitation.expires.getTime() > now.getTime() ? "PENDING" : "INVITATION_EXPIRED";
}

/** Everyone in the org, active members first (by email), then invitations (oldest first). */
export async function orgPeople(store: Store, orgId: string): Promise<Person[]> {
  const [members, groupRoles, invitations, groups] = await Promise.all([
    store.listOrgMembers(orgId), store.listOrgGroupRoles(orgId), store.listOrgInvitations(orgId), store.listGroups(orgId),
  ]);
  const byUser = new Map<string, MembershipRow[]>();
  for (const g of groupRoles) byUser.set(g.userId, [...(byUser.get(g.userId) ?? []), g]);
  // One query for every member's name, not one per member (an org may have hundreds).
  const names = await store.listAccountNames(members.map((m) => m.user.id));
  const active = members.map((m): Person => {
    const name = names.get(m.user.id) ?? { firstName: "", lastName: "", lastAuth: null };
    const groupRoleList = (byUser.get(m.user.id) ?? []).map((g) => ({ groupId: g.scopeId, groupRoles: g.roles }));
    return { kind: "active", user: m.user, orgRoles: m.roles, groupRoles: groupRoleList, ...name };
  });
  const live = new Set(groups.map((g) => g.id));
  const pending = await Promise.all(invitations.map(async (invitation): Promise<Person | undefined> => {
    const user = await store.getUser(invitation.userId);
    // Projects deleted since the invitation was sent are dropped from it.
    const kept = { ...invitation, groupRoles: invitation.groupRoles.filter((g) => live.has(g.groupId)) };
    return user && { kind: "pending", user, invitation: kept };
  }));
  return [...active, ...pending.filter((p): p is Person => p !== undefined)];
}

export async function findOrgPerson(store: Store, orgId: string, userId: string): Promise<Person | undefined> {
  return (await orgPeople(store, orgId)).find((p) => p.user.id === userId);
}

function pendingFields(p: PendingPerson, now: Date) {
  return {
    id: p.user.id,
    username: p.user.email,
    orgMembershipStatus: statusOf(p, now) as PendingOrgUser["orgMembershipStatus"],
    invitationCreatedAt: atlasDate(p.invitation.created),
    invitationExpiresAt: atlasDate(p.invitation.expires),
    inviterUsername: p.invitation.inviter,
  };
}

function activeFields(p: ActivePerson) {
  return {
    id: p.user.id, username: p.user.email, orgMembershipStatus: "ACTIVE" as const,
    createdAt: atlasDate(p.user.created), firstName: p.firstName, lastName: p.lastName, mobileNumber: null,
    ...(p.lastAuth ? { lastAuth: atlasDate(p.lastAuth) } : {}),
  };
}

export function presentOrgUser(p: Person, now: Date): OrgUser {
  if (p.kind === "pending") {
    return { ...pendingFields(p, now), roles: { orgRoles: p.invitation.orgRoles, groupRoleAssignments: p.invitation.groupRoles }, teamIds: [] };
  }
  return { ...activeFields(p), roles: { orgRoles: p.orgRoles, groupRoleAssignments: p.groupRoles }, teamIds: [] };
}

/** The person as a member of one project; undefined when they hold (or will get) no role there. */
export function presentGroupUser(p: Person, groupId: string, now: Date) {
  const assignments = p.kind === "active" ? p.groupRoles : p.invitation.groupRoles;
  const roles = assignments.find((g) => g.groupId === groupId)?.groupRoles;
  if (!roles) return undefined;
  return p.kind === "active" ? { ...activeFields(p), roles } : { ...pendingFields(p, now), roles };
}

/** The 2023-01-01 shape (active members only). */
export function cloudAppUser(origin: string, p: ActivePerson, roles: CloudAppUser["roles"]): CloudAppUser {
  return {
    id: p.user.id, username: p.user.email, emailAddress: p.user.email, firstName: p.firstName, lastName: p.lastName,
    mobileNumber: null, createdAt: atlasDate(p.user.created), roles, teamIds: [],
    links: [{ href: `${origin}${API_BASE}/users/${p.user.id}`, rel: "self" }],
  };
}
