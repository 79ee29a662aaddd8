// The memory half of the org-administration part of the Store (see
// kysely-org-admin.ts): the same answers, order and cascades over plain maps.
import type { Member, MembershipRow, UserRow } from "./types.ts";

export interface OrgAdminState {
  orgs: Map<string, { name: string }>;
  orgSettings: Map<string, Record<string, unknown>>;
  groups: Map<string, { orgId: string; name: string }>;
  users: Map<string, UserRow>;
  userOrgRoles: Map<string, MembershipRow>;
  userGroupRoles: Map<string, MembershipRow>;
  keyGroups: Map<string, { groupId: string }>;
}

const clone = <T>(v: T): T => structuredClone(v);

/** Code-unit order, sorted in JS by every store: PostgreSQL would sort the email column by its locale. */
export function byEmail(members: Member[]): Member[] {
  return members.sort((a, b) => (a.user.email < b.user.email ? -1 : a.user.email > b.user.email ? 1 : 0));
}

export function updateOrgName(s: OrgAdminState, id: string, name: string): void {
  const org = s.orgs.get(id);
  if (org) org.name = name;
}

export function getOrgStoredSettings(s: OrgAdminState, id: string): Record<string, unknown> {
  return clone(s.orgSettings.get(id) ?? {});
}

export function setOrgStoredSettings(s: OrgAdminState, id: string, settings: Record<string, unknown>): void {
  if (s.orgs.has(id)) s.orgSettings.set(id, clone(settings));
}

export function updateGroupName(s: OrgAdminState, id: string, name: string): void {
  const group = s.groups.get(id);
  if (group) group.name = name;
}

export function deleteGroup(s: OrgAdminState, id: string): void {
  for (const [k, kg] of s.keyGroups) if (kg.groupId === id) s.keyGroups.delete(k);
  for (const [k, m] of s.userGroupRoles) if (m.scopeId === id) s.userGroupRoles.delete(k);
  s.groups.delete(id);
}

function members(s: OrgAdminState, map: Map<string, MembershipRow>, scopeId: string): Member[] {
  const out: Member[] = [];
  for (const m of map.values()) {
    const user = s.users.get(m.userId);
    if (m.scopeId === scopeId && user) out.push({ user: clone(user), roles: [...m.roles] });
  }
  return byEmail(out);
}

export const listOrgMembers = (s: OrgAdminState, orgId: string): Member[] => members(s, s.userOrgRoles, orgId);
export const listGroupMembers = (s: OrgAdminState, groupId: string): Member[] => members(s, s.userGroupRoles, groupId);

export function listOrgGroupRoles(s: OrgAdminState, orgId: string): (MembershipRow & { orgId: string })[] {
  return [...s.userGroupRoles.values()]
    .filter((m) => s.groups.get(m.scopeId)?.orgId === orgId)
    .sort((a, b) => (a.scopeId < b.scopeId ? -1 : a.scopeId > b.scopeId ? 1 : 0))
    .map((m) => ({ ...clone(m), orgId }));
}
