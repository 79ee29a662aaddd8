// Project members, managed by the project's owners (and the org's owners):
// an active org member gets project roles at once; a pending invitee's
// invitation gains the project; nobody raises their own roles. Removing
// someone from a project leaves their org membership alone.
import type { GroupUser } from "../../contract/org-users.ts";
import { ApiError } from "../http/api-error.ts";
import type { GroupRow, Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent, type Actor } from "./events.ts";
import { userNotFound } from "./org-users.ts";
import { refuseRaisingOwnRoles } from "./people-rules.ts";
import { assignmentsOf, orgPeople, orgRolesOf, presentGroupUser, type Person } from "./people-view.ts";
import { managedGroup } from "./permissions.ts";
import type { Principal } from "./principal.ts";

async function present(deps: Deps, group: GroupRow, userId: string): Promise<GroupUser> {
  const person = (await orgPeople(deps.store, group.orgId)).find((x) => x.user.id === userId);
  const view = person && presentGroupUser(person, group.id, deps.now());
  if (!view) throw userNotFound(userId);
  return view;
}

/** Sets (roles) or withdraws (null) the person's roles in the project, with its event. */
async function changeProjectRoles(tx: Store, w: Who, group: GroupRow, person: Person, roles: string[] | null): Promise<void> {
  const { p, actor, now } = w;
  const before = assignmentsOf(person);
  const had = before.find((g) => g.groupId === group.id)?.groupRoles;
  const after = [...before.filter((g) => g.groupId !== group.id), ...(roles ? [{ groupId: group.id, groupRoles: roles }] : [])];
  refuseRaisingOwnRoles(p, person.user.id, { orgRoles: orgRolesOf(person), groupRoles: before }, { orgRoles: orgRolesOf(person), groupRoles: after });
  const target = { orgId: group.orgId, groupId: group.id, targetUsername: person.user.email };
  const details = { oldRoles: had, newRoles: roles ?? undefined };
  if (person.kind === "pending") {
    await tx.putInvitation({ ...person.invitation, groupRoles: after });
    const type = roles === null ? "GROUP_INVITATION_DELETED" : had ? "USER_ROLES_CHANGED_AUDIT" : "INVITED_TO_GROUP";
    await recordEvent(tx, now, actor, { type, ...target, details });
    return;
  }
  if (roles === null) await tx.deleteUserGroupRoles(person.user.id, group.id);
  else await tx.setUserGroupRoles({ userId: person.user.id, scopeId: group.id, roles });
  const type = roles === null ? "REMOVED_FROM_GROUP" : had ? "USER_ROLES_CHANGED_AUDIT" : "JOINED_GROUP";
  await recordEvent(tx, now, actor, { type, ...target, details });
}

type Find = (people: Person[]) => Person | undefined;
/** Who acts, and when. */
interface Who {
  p: Principal;
  actor: Actor;
  now: Date;
}

async function inTransaction(
  deps: Deps, p: Principal, groupId: string, find: Find, missing: () => ApiError,
  run: (tx: Store, w: Who, group: GroupRow, person: Person) => Promise<void>,
): Promise<{ group: GroupRow; person: Person }> {
  const group = await managedGroup(deps.store, p, groupId);
  const who: Who = { p, actor: await actorOf(deps.store, p), now: deps.now() };
  const person = await deps.store.transaction(async (tx) => {
    await tx.lockOrg(group.orgId);
    const found = find(await orgPeople(tx, group.orgId));
    if (!found) throw missing();
    await run(tx, who, group, found);
    return found;
  });
  return { group, person };
}

export async function addGroupUser(deps: Deps, p: Principal, groupId: string, request: { username: string; roles: string[] }): Promise<GroupUser> {
  const notInOrg = () => new ApiError(404, "USER_NOT_IN_ORG", `${request.username} is not a member of this project's organization. Invite them to the organization first.`, [request.username]);
  const { group, person } = await inTransaction(deps, p, groupId, (people) => people.find((x) => x.user.email === request.username), notInOrg, async (tx, w, g, found) => {
    if (assignmentsOf(found).some((a) => a.groupId === g.id)) {
      throw new ApiError(409, "USER_ALREADY_IN_GROUP", `${request.username} already has roles in this project.`, [request.username]);
    }
    await changeProjectRoles(tx, w, g, found, request.roles);
  });
  return present(deps, group, person.user.id);
}

/**
 * Replaces a member's roles in the project: with `roles`, or with what
 * `roles` makes of the roles they hold, read in the same transaction (one
 * role added or removed: two at once must not lose either).
 */
export async function setGroupUserRoles(deps: Deps, p: Principal, groupId: string, userId: string, roles: string[] | ((held: string[]) => string[])): Promise<GroupUser> {
  const inGroup: Find = (people) => people.find((x) => x.user.id === userId && assignmentsOf(x).some((a) => a.groupId === groupId));
  const { group } = await inTransaction(deps, p, groupId, inGroup, () => userNotFound(userId), (tx, w, g, person) => {
    const held = assignmentsOf(person).find((a) => a.groupId === g.id)?.groupRoles ?? [];
    return changeProjectRoles(tx, w, g, person, typeof roles === "function" ? roles(held) : roles);
  });
  return present(deps, group, userId);
}

export async function removeGroupUser(deps: Deps, p: Principal, groupId: string, userId: string): Promise<void> {
  const inGroup: Find = (people) => people.find((x) => x.user.id === userId && assignmentsOf(x).some((a) => a.groupId === groupId));
  await inTransaction(deps, p, groupId, inGroup, () => userNotFound(userId), (tx, w, g, person) => changeProjectRoles(tx, w, g, person, null));
}
