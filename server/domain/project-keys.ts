// Project API keys: keys of the project's org assigned to the project with
// project roles. Creating one from a project makes an org key with the
// implicit ORG_MEMBER role, as Atlas does.
import type { ApiKey, CreateProjectApiKey, UpdateProjectApiKey } from "../../contract/api-keys.ts";
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import { ApiError, notFound } from "../http/api-error.ts";
import { envelope, pageWindow } from "../http/paginate.ts";
import { MissingReference, UniqueViolation, type Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent } from "./events.ts";
import { insertNewKey, keyOfOrg, recordKeyChanges, unique } from "./org-keys.ts";
import { managedGroup, readableGroup } from "./permissions.ts";
import { presentKey } from "./present.ts";
import type { Principal } from "./principal.ts";

export async function listProjectKeys(
  deps: Deps,
  p: Principal,
  groupId: string,
  url: URL,
  params: PageParams,
): Promise<Paginated<ApiKey>> {
  await readableGroup(deps.store, p, groupId);
  const [total, rows] = await Promise.all([
    deps.store.countGroupKeys(groupId),
    deps.store.listGroupKeys(groupId, pageWindow(params)),
  ]);
  // A project's list shows each key's org roles and its roles in this project only.
  const results = rows.map(({ key, roles }) => presentKey(url.origin, key, [{ keyId: key.id, groupId, roles }]));
  return envelope(url, params, results, total);
}

export async function createProjectKey(
  deps: Deps,
  p: Principal,
  groupId: string,
  body: CreateProjectApiKey,
  origin: string,
): Promise<ApiKey> {
  const group = await managedGroup(deps.store, p, groupId);
  const roles = unique(body.roles);
  const actor = await actorOf(deps.store, p);
  const { key, privateKey } = await insertNewKey(deps, actor, group.orgId, body.desc, ["ORG_MEMBER"], { groupId, roles });
  return presentKey(origin, key, [{ keyId: key.id, groupId, roles }], privateKey);
}

function alreadyInGroup(keyId: string, groupId: string): ApiError {
  return new ApiError(400, "API_KEY_ALREADY_IN_GROUP", "API key is already in the project.", [keyId, groupId]);
}

export async function assignProjectKey(deps: Deps, p: Principal, groupId: string, keyId: string, roles: string[]): Promise<void> {
  const group = await managedGroup(deps.store, p, groupId);
  const actor = await actorOf(deps.store, p);
  const newRoles = unique(roles);
  try {
    await deps.store.transaction(async (tx) => {
      await tx.lockOrg(group.orgId);
      const key = await keyOfOrg(tx, group.orgId, keyId);
      if (await tx.getKeyGroup(keyId, groupId)) throw alreadyInGroup(keyId, groupId);
      await tx.insertKeyGroup({ keyId, groupId, roles: newRoles });
      const targetKey = { id: key.id, publicKey: key.publicKey };
      const details = { newRoles };
      await recordEvent(tx, deps.now(), actor, { type: "API_KEY_ADDED_TO_GROUP", orgId: group.orgId, groupId, targetKey, details });
    });
  } catch (e) {
    // Two concurrent assignments: the unique constraint keeps one row.
    if (e instanceof UniqueViolation) throw alreadyInGroup(keyId, groupId);
    // The project was deleted by a concurrent request since managedGroup found it (the key
    // cannot vanish: keyOfOrg read it under the org lock, which a key's deletion takes too).
    if (e instanceof MissingReference) throw notFound.group(groupId);
    throw e;
  }
}

async function assignment(store: Store, groupId: string, orgId: string, keyId: string) {
  const key = await keyOfOrg(store, orgId, keyId);
  const row = await store.getKeyGroup(keyId, groupId);
  if (!row) throw notFound.keyInGroup(keyId, groupId);
  return { key, row };
}

export async function updateProjectKey(
  deps: Deps,
  p: Principal,
  groupId: string,
  keyId: string,
  body: UpdateProjectApiKey,
  origin: string,
): Promise<ApiKey> {
  const group = await managedGroup(deps.store, p, groupId);
  const actor = await actorOf(deps.store, p);
  const roles = await deps.store.transaction(async (tx) => {
    await tx.lockOrg(group.orgId);
    const current = await assignment(tx, groupId, group.orgId, keyId);
    const newRoles = body.roles ? unique(body.roles) : current.row.roles;
    if (body.roles) await tx.updateKeyGroupRoles(keyId, groupId, newRoles);
    if (body.desc !== undefined) await tx.updateKey(keyId, { desc: body.desc });
    const change = { orgId: group.orgId, groupId, key: current.key, desc: body.desc, roles: body.roles && newRoles, oldRoles: current.row.roles };
    await recordKeyChanges(tx, deps.now(), actor, change);
    return newRoles;
  });
  const key = await keyOfOrg(deps.store, group.orgId, keyId);
  return presentKey(origin, key, [{ keyId, groupId, roles }]);
}

export async function removeProjectKey(deps: Deps, p: Principal, groupId: string, keyId: string): Promise<void> {
  const group = await managedGroup(deps.store, p, groupId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock: of two concurrent removals one finds the assignment gone, so one event.
    await tx.lockOrg(group.orgId);
    const { key, row } = await assignment(tx, groupId, group.orgId, keyId);
    await tx.deleteKeyGroup(keyId, groupId);
    const targetKey = { id: key.id, publicKey: key.publicKey };
    const details = { oldRoles: row.roles };
    await recordEvent(tx, deps.now(), actor, { type: "API_KEY_REMOVED_FROM_GROUP", orgId: group.orgId, groupId, targetKey, details });
  });
}
