// GET /orgs/{orgId}/users[/{userId}] and /groups/{groupId}/users[/{userId}]:
// who holds roles where, active and pending, in the shape of the version
// served (versioning.ts). The 2023-01-01 shape lists active members only.
import type { CloudAppUser, GroupUser, MembershipStatus, OrgUser, UserListParams } from "../../contract/org-users.ts";
import type { Paginated } from "../../contract/pagination.ts";
import { ApiError } from "../http/api-error.ts";
import { envelopeOf } from "../http/paginate.ts";
import type { Deps } from "./deps.ts";
import { cloudAppUser, orgPeople, presentGroupUser, presentOrgUser, statusOf, type ActivePerson, type Person } from "./people-view.ts";
import { readableGroup, readableOrg } from "./permissions.ts";
import type { Principal } from "./principal.ts";

export const NEW_SHAPE = "2025-02-19";

export function userNotFound(userId: string): ApiError {
  return new ApiError(404, "USER_NOT_FOUND", `No user with ID ${userId} exists here.`, [userId]);
}

function wantedStatuses(params: UserListParams, version: string): Set<MembershipStatus> {
  if (params.orgMembershipStatus && params.orgMembershipStatuses) {
    throw new ApiError(400, "MUTUALLY_EXCLUSIVE_QUERY_PARAMETERS", "Use orgMembershipStatus or orgMembershipStatuses, not both.", ["orgMembershipStatus", "orgMembershipStatuses"]);
  }
  if (version !== NEW_SHAPE) return new Set(["ACTIVE"]);
  const asked = params.orgMembershipStatuses ?? (params.orgMembershipStatus ? [params.orgMembershipStatus] : undefined);
  return new Set(asked ?? ["ACTIVE", "PENDING"]);
}

function filtered(people: Person[], params: UserListParams, version: string, now: Date): Person[] {
  const statuses = wantedStatuses(params, version);
  const username = params.username?.toLowerCase();
  return people.filter((p) => statuses.has(statusOf(p, now)) && (username === undefined || p.user.email === username));
}

function orgUserView(origin: string, orgId: string, p: Person, version: string, now: Date): OrgUser | CloudAppUser {
  if (version === NEW_SHAPE) return presentOrgUser(p, now);
  const active = p as ActivePerson;
  return cloudAppUser(origin, active, [
    ...active.orgRoles.map((roleName) => ({ orgId, roleName })),
    ...active.groupRoles.flatMap((g) => g.groupRoles.map((roleName) => ({ groupId: g.groupId, roleName }))),
  ]);
}

function groupUserView(origin: string, groupId: string, p: Person, version: string, now: Date): GroupUser | CloudAppUser | undefined {
  const view = presentGroupUser(p, groupId, now);
  if (!view || version === NEW_SHAPE) return view;
  return cloudAppUser(origin, p as ActivePerson, view.roles.map((roleName) => ({ groupId, roleName })));
}

export async function listOrgUsers(
  deps: Deps, p: Principal, orgId: string, version: string, url: URL, params: UserListParams,
): Promise<Paginated<OrgUser | CloudAppUser>> {
  await readableOrg(deps.store, p, orgId);
  const now = deps.now();
  const people = filtered(await orgPeople(deps.store, orgId), params, version, now);
  return envelopeOf(url, params, people.map((person) => orgUserView(url.origin, orgId, person, version, now)));
}

export async function getOrgUser(deps: Deps, p: Principal, orgId: string, userId: string, version: string, url: URL): Promise<OrgUser | CloudAppUser> {
  await readableOrg(deps.store, p, orgId);
  const now = deps.now();
  const person = (await orgPeople(deps.store, orgId)).find((x) => x.user.id === userId);
  if (!person || (version !== NEW_SHAPE && person.kind !== "active")) throw userNotFound(userId);
  return orgUserView(url.origin, orgId, person, version, now);
}

async function groupPeople(deps: Deps, p: Principal, groupId: string, version: string, origin: string) {
  const group = await readableGroup(deps.store, p, groupId);
  const now = deps.now();
  return (await orgPeople(deps.store, group.orgId)).flatMap((person) => {
    const view = groupUserView(origin, groupId, person, version, now);
    return view ? [{ person, view }] : [];
  });
}

export async function listGroupUsers(
  deps: Deps, p: Principal, groupId: string, version: string, url: URL, params: UserListParams,
): Promise<Paginated<GroupUser | CloudAppUser>> {
  const rows = await groupPeople(deps, p, groupId, version, url.origin);
  const keep = new Set(filtered(rows.map((r) => r.person), params, version, deps.now()));
  return envelopeOf(url, params, rows.filter((r) => keep.has(r.person)).map((r) => r.view));
}

export async function getGroupUser(deps: Deps, p: Principal, groupId: string, userId: string, version: string, url: URL): Promise<GroupUser | CloudAppUser> {
  const row = (await groupPeople(deps, p, groupId, version, url.origin)).find((r) => r.person.user.id === userId);
  if (!row || (version !== NEW_SHAPE && row.person.kind !== "active")) throw userNotFound(userId);
  return row.view;
}
