// GET /orgs/{orgId}/users and /groups/{groupId}/users: who holds roles where,
// in the shape of the version served (versioning.ts). Read-only: users are
// created with the CLI. Every user here is ACTIVE (there are no invitations).
import { API_BASE } from "../../contract/limits.ts";
import type { CloudAppUser, GroupUser, OrgUser, UserListParams } from "../../contract/org-users.ts";
import type { Paginated } from "../../contract/pagination.ts";
import { envelopeOf } from "../http/paginate.ts";
import type { Member, MembershipRow } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { readableGroup, readableOrg } from "./permissions.ts";
import { atlasDate } from "./present.ts";
import type { Principal } from "./principal.ts";

const NEW_SHAPE = "2025-02-19";

function filtered(members: Member[], params: UserListParams): Member[] {
  if (params.orgMembershipStatus && params.orgMembershipStatus !== "ACTIVE") return [];
  const username = params.username?.toLowerCase();
  return username === undefined ? members : members.filter((m) => m.user.email === username);
}

function common(m: Member) {
  return { id: m.user.id, username: m.user.email, orgMembershipStatus: "ACTIVE" as const, createdAt: atlasDate(m.user.created), firstName: "", lastName: "", mobileNumber: null };
}

function cloudAppUser(origin: string, m: Member, roles: CloudAppUser["roles"]): CloudAppUser {
  return {
    id: m.user.id, username: m.user.email, emailAddress: m.user.email, firstName: "", lastName: "", mobileNumber: null,
    createdAt: atlasDate(m.user.created), roles, teamIds: [],
    links: [{ href: `${origin}${API_BASE}/users/${m.user.id}`, rel: "self" }],
  };
}

export async function listOrgUsers(
  deps: Deps, p: Principal, orgId: string, version: string, url: URL, params: UserListParams,
): Promise<Paginated<OrgUser | CloudAppUser>> {
  await readableOrg(deps.store, p, orgId);
  const [members, groupRoles] = await Promise.all([deps.store.listOrgMembers(orgId), deps.store.listOrgGroupRoles(orgId)]);
  const byUser = new Map<string, MembershipRow[]>();
  for (const g of groupRoles) byUser.set(g.userId, [...(byUser.get(g.userId) ?? []), g]);
  const rows = filtered(members, params).map((m): OrgUser | CloudAppUser => {
    const groups = byUser.get(m.user.id) ?? [];
    if (version === NEW_SHAPE) {
      return {
        ...common(m),
        roles: { orgRoles: m.roles, groupRoleAssignments: groups.map((g) => ({ groupId: g.scopeId, groupRoles: g.roles })) },
        teamIds: [],
      };
    }
    return cloudAppUser(url.origin, m, [
      ...m.roles.map((roleName) => ({ orgId, roleName })),
      ...groups.flatMap((g) => g.roles.map((roleName) => ({ groupId: g.scopeId, roleName }))),
    ]);
  });
  return envelopeOf(url, params, rows);
}

export async function listGroupUsers(
  deps: Deps, p: Principal, groupId: string, version: string, url: URL, params: UserListParams,
): Promise<Paginated<GroupUser | CloudAppUser>> {
  await readableGroup(deps.store, p, groupId);
  const members = filtered(await deps.store.listGroupMembers(groupId), params);
  const rows = members.map((m): GroupUser | CloudAppUser =>
    version === NEW_SHAPE
      ? { ...common(m), roles: m.roles }
      : cloudAppUser(url.origin, m, m.roles.map((roleName) => ({ groupId, roleName }))),
  );
  return envelopeOf(url, params, rows);
}
