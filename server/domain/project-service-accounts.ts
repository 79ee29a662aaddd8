// Project service accounts: accounts of the project's org assigned to the
// project with project roles. Creating one from a project makes an org
// account with the Organization Member role; deleting one from a project only
// unassigns it (it stays in the org, its secrets keep working).
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import type { CreateGroupServiceAccount, OrgServiceAccount, UpdateGroupServiceAccount } from "../../contract/service-accounts.ts";
import { ApiError } from "../http/api-error.ts";
import { envelope, pageWindow } from "../http/paginate.ts";
import { MissingReference, UniqueViolation } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent } from "./events.ts";
import { unique } from "./org-keys.ts";
import { managedGroup, ownedOrg, readableGroup } from "./permissions.ts";
import { presentAccount } from "./present-sa.ts";
import type { Principal } from "./principal.ts";
import { accountOfOrg, managedAccount, readableAccount, saNotFound, saNotInGroup } from "./sa-access.ts";
import { insertNewAccount, presentTarget, recordAccountChanges } from "./service-accounts.ts";

export async function listGroupAccounts(deps: Deps, p: Principal, groupId: string, url: URL, params: PageParams): Promise<Paginated<OrgServiceAccount>> {
  await readableGroup(deps.store, p, groupId);
  const [total, rows] = await Promise.all([
    deps.store.countGroupServiceAccounts(groupId),
    deps.store.listGroupServiceAccounts(groupId, pageWindow(params)),
  ]);
  const secrets = await deps.store.listSaSecretsFor(rows.map((r) => r.account.clientId));
  const results = rows.map(({ account, roles }) => presentAccount(account, roles, secrets));
  return envelope(url, { ...params, includeCount: true }, results, total);
}

export async function getGroupAccount(deps: Deps, p: Principal, groupId: string, clientId: string): Promise<OrgServiceAccount> {
  return presentTarget(deps.store, await readableAccount(deps.store, p, { kind: "group", groupId }, clientId));
}

export async function createGroupAccount(deps: Deps, p: Principal, groupId: string, body: CreateGroupServiceAccount): Promise<OrgServiceAccount> {
  const group = await managedGroup(deps.store, p, groupId);
  const actor = await actorOf(deps.store, p);
  const project = { groupId, roles: unique(body.roles) };
  const n = { orgId: group.orgId, name: body.name, description: body.description, orgRoles: ["ORG_MEMBER"], hours: body.secretExpiresAfterHours, project };
  return insertNewAccount(deps, actor, n);
}

/** Roles replace the account's roles in the project; name and description change the account itself. */
export async function updateGroupAccount(deps: Deps, p: Principal, groupId: string, clientId: string, body: UpdateGroupServiceAccount): Promise<OrgServiceAccount> {
  const renaming = body.name != null || body.description != null;
  const scope = { kind: "group", groupId } as const;
  // Roles in the project: a Project Owner; the account's name: see managedAccount.
  if (!renaming) await managedGroup(deps.store, p, groupId);
  const target = renaming ? await managedAccount(deps.store, p, scope, clientId) : await readableAccount(deps.store, p, scope, clientId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(target.orgId);
    const account = await accountOfOrg(tx, target.orgId, clientId);
    const current = await tx.getSaGroup(clientId, groupId);
    if (!current) throw saNotInGroup(clientId, groupId);
    const roles = body.roles && unique(body.roles);
    const change = { orgId: target.orgId, groupId, account, name: body.name, description: body.description, roles, oldRoles: current.roles };
    await recordAccountChanges(tx, deps.now(), actor, change);
    if (roles) await tx.updateSaGroupRoles(clientId, groupId, roles);
    await tx.updateServiceAccount(clientId, { name: body.name ?? undefined, description: body.description ?? undefined });
  });
  return getGroupAccount(deps, p, groupId, clientId);
}

/** DELETE from a project: unassigns; the account and its credentials remain. */
export async function unassignGroupAccount(deps: Deps, p: Principal, groupId: string, clientId: string): Promise<void> {
  const group = await managedGroup(deps.store, p, groupId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock: of two concurrent removals one finds the assignment gone, so one event.
    await tx.lockOrg(group.orgId);
    await accountOfOrg(tx, group.orgId, clientId);
    const row = await tx.getSaGroup(clientId, groupId);
    if (!row) throw saNotInGroup(clientId, groupId);
    await tx.deleteSaGroup(clientId, groupId);
    const details = { targetClientId: clientId, oldRoles: row.roles };
    await recordEvent(tx, deps.now(), actor, { type: "SERVICE_ACCOUNT_REMOVED_FROM_GROUP", orgId: group.orgId, groupId, details });
  });
}

/** POST .../{clientId}:invite: an Organization Owner assigns an org account to the project. */
export async function inviteGroupAccount(deps: Deps, p: Principal, groupId: string, clientId: string, roles: string[]): Promise<OrgServiceAccount> {
  const group = await readableGroup(deps.store, p, groupId);
  await ownedOrg(deps.store, p, group.orgId);
  const actor = await actorOf(deps.store, p);
  const newRoles = unique(roles);
  try {
    await deps.store.transaction(async (tx) => {
      await tx.lockOrg(group.orgId);
      await accountOfOrg(tx, group.orgId, clientId);
      if (await tx.getSaGroup(clientId, groupId)) throw alreadyInGroup(clientId, groupId);
      await tx.insertSaGroup({ clientId, groupId, roles: newRoles });
      const details = { targetClientId: clientId, newRoles };
      await recordEvent(tx, deps.now(), actor, { type: "SERVICE_ACCOUNT_ADDED_TO_GROUP", orgId: group.orgId, groupId, details });
    });
  } catch (e) {
    // Two concurrent invitations: the unique constraint keeps one row.
    if (e instanceof UniqueViolation) throw alreadyInGroup(clientId, groupId);
    // Deleted by a concurrent request since it was found.
    if (e instanceof MissingReference) throw saNotFound(clientId);
    throw e;
  }
  return getGroupAccount(deps, p, groupId, clientId);
}

function alreadyInGroup(clientId: string, groupId: string): ApiError {
  return new ApiError(400, "SERVICE_ACCOUNT_ALREADY_IN_GROUP", "The service account is already in the project.", [clientId, groupId]);
}
