// Projects (Atlas "groups"): list what the caller may see, create (org owners
// and project creators), rename and delete (project owners). Names are unique
// per organization: every write that could take a name runs under the org's
// lock, so two parallel creates of one name leave one project and one 409.
import type { CreateGroup } from "../../contract/groups.ts";
import type { Group } from "../../contract/orgs.ts";
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import { ApiError, notFound } from "../http/api-error.ts";
import { envelopeOf } from "../http/paginate.ts";
import type { GroupRow, Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent, type Actor } from "./events.ts";
import { newObjectId } from "./ids.ts";
import { canReadGroup, isOrgOwner, managedGroup, readableOrg } from "./permissions.ts";
import { presentGroup } from "./present.ts";
import type { Principal } from "./principal.ts";

const CREATORS = new Set(["ORG_OWNER", "ORG_GROUP_CREATOR"]);

const byName = (a: GroupRow, b: GroupRow) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function visibleGroups(store: Store, p: Principal): Promise<GroupRow[]> {
  const perOrg = await Promise.all([...p.orgRoles.keys()].map((orgId) => store.listGroups(orgId)));
  return perOrg.flat().filter((g) => canReadGroup(p, g)).sort(byName);
}

export async function listGroups(deps: Deps, p: Principal, url: URL, params: PageParams): Promise<Paginated<Group>> {
  return envelopeOf(url, params, (await visibleGroups(deps.store, p)).map((g) => presentGroup(url.origin, g)));
}

export async function getGroupByName(deps: Deps, p: Principal, name: string, origin: string): Promise<Group> {
  const group = (await visibleGroups(deps.store, p)).find((g) => g.name === name);
  if (!group) throw new ApiError(404, "GROUP_NAME_NOT_FOUND", `No project named ${JSON.stringify(name)} exists.`, [name]);
  return presentGroup(origin, group);
}

async function assertNameFree(tx: Store, orgId: string, name: string, except?: string): Promise<void> {
  if ((await tx.listGroups(orgId)).some((g) => g.name === name && g.id !== except)) {
    throw new ApiError(409, "GROUP_ALREADY_EXISTS", `A project named ${JSON.stringify(name)} already exists in this organization.`, [name]);
  }
}

export async function createGroup(deps: Deps, p: Principal, body: CreateGroup, ownerId: string | undefined, origin: string): Promise<Group> {
  await readableOrg(deps.store, p, body.orgId);
  if (!(p.orgRoles.get(body.orgId) ?? []).some((r) => CREATORS.has(r))) {
    throw new ApiError(403, "NOT_ORG_GROUP_CREATOR", "Only an Organization Owner or Project Creator can create a project.");
  }
  const group: GroupRow = { id: newObjectId(deps.now()), orgId: body.orgId, name: body.name, created: deps.now() };
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(body.orgId);
    await assertNameFree(tx, body.orgId, body.name);
    await tx.insertGroup(group);
    const at = { orgId: body.orgId, groupId: group.id };
    await recordEvent(tx, deps.now(), actor, { type: "GROUP_CREATED", ...at, details: { newName: group.name } });
    // Atlas makes someone Project Owner of a new project: the user named by
    // projectOwnerId, else the creator. An org owner already owns every
    // project; a Project Creator (user or key) gets the role, or it could not
    // even see what it made.
    if (ownerId) await grantOwner(tx, deps.now(), actor, at, ownerId);
    else if (isOrgOwner(p, body.orgId)) return;
    else if (p.kind === "user") await grantOwner(tx, deps.now(), actor, at, p.id);
    else if (p.kind === "serviceAccount") {
      await tx.insertSaGroup({ clientId: p.id, groupId: group.id, roles: ["GROUP_OWNER"] });
      const details = { targetClientId: p.id, newRoles: ["GROUP_OWNER"] };
      await recordEvent(tx, deps.now(), actor, { type: "SERVICE_ACCOUNT_ADDED_TO_GROUP", ...at, details });
    } else {
      await tx.insertKeyGroup({ keyId: p.id, groupId: group.id, roles: ["GROUP_OWNER"] });
      const targetKey = { id: p.id, publicKey: actor.name ?? "" };
      await recordEvent(tx, deps.now(), actor, { type: "API_KEY_ADDED_TO_GROUP", ...at, targetKey, details: { newRoles: ["GROUP_OWNER"] } });
    }
  });
  return presentGroup(origin, group);
}

async function grantOwner(tx: Store, now: Date, actor: Actor, at: { orgId: string; groupId: string }, userId: string): Promise<void> {
  const memberOfOrg = (await tx.listUserOrgRoles(userId)).some((m) => m.scopeId === at.orgId);
  const user = memberOfOrg ? await tx.getUser(userId) : undefined;
  if (!user) {
    throw new ApiError(400, "INVALID_PROJECT_OWNER", `User ${userId} is not a member of this organization.`, [userId]);
  }
  await tx.setUserGroupRoles({ userId, scopeId: at.groupId, roles: ["GROUP_OWNER"] });
  await recordEvent(tx, now, actor, { type: "JOINED_GROUP", ...at, targetUsername: user.email, details: { newRoles: ["GROUP_OWNER"] } });
}

export async function renameGroup(deps: Deps, p: Principal, groupId: string, name: string, origin: string): Promise<Group> {
  const group = await managedGroup(deps.store, p, groupId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(group.orgId);
    // Under the lock: the event names the name this change replaced.
    const current = await tx.getGroup(groupId);
    if (!current) throw notFound.group(groupId);
    await assertNameFree(tx, group.orgId, name, groupId);
    await tx.updateGroupName(groupId, name);
    if (current.name === name) return;
    const details = { oldName: current.name, newName: name };
    await recordEvent(tx, deps.now(), actor, { type: "GROUP_NAME_CHANGED", orgId: group.orgId, groupId, details });
  });
  return presentGroup(origin, { ...group, name });
}

/**
 * Removes the project, its key assignments and its user roles; keys and users
 * stay in the org. One GROUP_DELETED event, as Atlas records, not one per key.
 */
export async function deleteGroup(deps: Deps, p: Principal, groupId: string): Promise<void> {
  const group = await managedGroup(deps.store, p, groupId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(group.orgId);
    // Under the lock: of two concurrent deletes one finds the project gone, so one event.
    const current = await tx.getGroup(groupId);
    if (!current) throw notFound.group(groupId);
    await tx.deleteGroup(groupId);
    // The name stays in the event: the feed can no longer look the project up.
    await recordEvent(tx, deps.now(), actor, { type: "GROUP_DELETED", orgId: group.orgId, groupId, details: { oldName: current.name } });
  });
}

