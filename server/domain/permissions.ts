// The one place that decides who may do what. A caller with no role in an org
// or project gets the same 404 as for one that does not exist, so ids of other
// organizations cannot be probed; a caller who can see it but lacks the role
// gets 403.
import { forbidden, notFound } from "../http/api-error.ts";
import type { GroupRow, OrgRow, Store } from "../store/types.ts";
import type { Principal } from "./principal.ts";

/** Org roles that can read every project of the org. */
const ORG_WIDE_READERS = new Set(["ORG_OWNER", "ORG_READ_ONLY", "ORG_STREAM_PROCESSING_ADMIN"]);

export async function readableOrg(store: Store, p: Principal, orgId: string): Promise<OrgRow> {
  const org = await store.getOrg(orgId);
  if (!org || !p.orgRoles.get(orgId)?.length) throw notFound.org(orgId);
  return org;
}

export async function ownedOrg(store: Store, p: Principal, orgId: string): Promise<OrgRow> {
  const org = await readableOrg(store, p, orgId);
  if (!isOrgOwner(p, orgId)) throw forbidden("Only an Organization Owner can do this.");
  return org;
}

export function isOrgOwner(p: Principal, orgId: string): boolean {
  return p.orgRoles.get(orgId)?.includes("ORG_OWNER") ?? false;
}

export function canReadGroup(p: Principal, group: GroupRow): boolean {
  const orgRoles = p.orgRoles.get(group.orgId) ?? [];
  return orgRoles.some((r) => ORG_WIDE_READERS.has(r)) || (p.groupRoles.get(group.id)?.length ?? 0) > 0;
}

export function canManageGroup(p: Principal, group: GroupRow): boolean {
  return isOrgOwner(p, group.orgId) || (p.groupRoles.get(group.id)?.includes("GROUP_OWNER") ?? false);
}

export async function readableGroup(store: Store, p: Principal, groupId: string): Promise<GroupRow> {
  const group = await store.getGroup(groupId);
  if (!group || !canReadGroup(p, group)) throw notFound.group(groupId);
  return group;
}

export async function managedGroup(store: Store, p: Principal, groupId: string): Promise<GroupRow> {
  const group = await readableGroup(store, p, groupId);
  if (!canManageGroup(p, group)) throw forbidden("Only a Project Owner or an Organization Owner can do this.");
  return group;
}

/** Whether the org feed shows this caller every project's events, or only those of projects it can read. */
export function readsEveryGroup(p: Principal, orgId: string): boolean {
  return (p.orgRoles.get(orgId) ?? []).some((r) => ORG_WIDE_READERS.has(r));
}
