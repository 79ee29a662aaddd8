// Rows to API shapes: masking, role assignments, links, Atlas date format.
import type { AccessListEntry } from "../../contract/access-list.ts";
import { MASK_PREFIX, type ApiKey, type RoleAssignment } from "../../contract/api-keys.ts";
import { API_BASE } from "../../contract/limits.ts";
import type { Group, Org } from "../../contract/orgs.ts";
import type { AccessEntryRow, ApiKeyRow, GroupRow, KeyGroupRow, OrgRow } from "../store/types.ts";

/**
 * Atlas prints seconds, no milliseconds: 2026-08-10T03:02:57Z. Slicing, not a
 * regex: a key list formats two dates per key (years 0-9999 are 24 characters).
 */
export function atlasDate(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

export function keyPath(orgId: string, keyId: string): string {
  return `${API_BASE}/orgs/${orgId}/apiKeys/${keyId}`;
}

export function presentKey(
  origin: string,
  key: ApiKeyRow,
  assignments: readonly KeyGroupRow[],
  privateKey?: string,
): ApiKey {
  const roles: RoleAssignment[] = [
    ...key.orgRoles.map((roleName) => ({ orgId: key.orgId, roleName })),
    ...assignments.flatMap((a) => a.roles.map((roleName) => ({ groupId: a.groupId, roleName }))),
  ];
  return {
    id: key.id,
    desc: key.desc,
    publicKey: key.publicKey,
    privateKey: privateKey ?? MASK_PREFIX + key.privateKeyTail,
    roles,
    links: [{ href: origin + keyPath(key.orgId, key.id), rel: "self" }],
    created: atlasDate(key.created),
    lastUsed: key.lastUsed ? atlasDate(key.lastUsed) : null,
  };
}

export function presentEntry(origin: string, orgId: string, e: AccessEntryRow): AccessListEntry {
  return {
    cidrBlock: e.cidrBlock,
    ...(e.ipAddress ? { ipAddress: e.ipAddress } : {}),
    created: atlasDate(e.created),
    ...(e.lastUsed ? { lastUsed: atlasDate(e.lastUsed) } : {}),
    ...(e.lastUsedAddress ? { lastUsedAddress: e.lastUsedAddress } : {}),
    count: e.count,
    links: [
      {
        href: `${origin}${keyPath(orgId, e.keyId)}/accessList/${encodeURIComponent(e.ipAddress ?? e.cidrBlock)}`,
        rel: "self",
      },
    ],
  };
}

export function presentOrg(origin: string, org: OrgRow): Org {
  return { id: org.id, name: org.name, isDeleted: false, links: [{ href: `${origin}${API_BASE}/orgs/${org.id}`, rel: "self" }] };
}

export function presentGroup(origin: string, g: GroupRow): Group {
  return {
    id: g.id,
    name: g.name,
    orgId: g.orgId,
    created: atlasDate(g.created),
    // No clusters exist here; Atlas requires the field.
    clusterCount: 0,
    links: [{ href: `${origin}${API_BASE}/groups/${g.id}`, rel: "self" }],
  };
}
