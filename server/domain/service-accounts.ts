// Organization service accounts: create (with the first secret, the only time
// it exists in the clear), read, update, delete with everything of the
// account: its projects, secrets, access list and live tokens.
import { LIMITS } from "../../contract/limits.ts";
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import type { CreateOrgServiceAccount, OrgServiceAccount, UpdateOrgServiceAccount } from "../../contract/service-accounts.ts";
import { ApiError } from "../http/api-error.ts";
import { envelope, pageWindow } from "../http/paginate.ts";
import type { ServiceAccountRow } from "../store/sa-types.ts";
import type { Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent, sameRoles, type Actor } from "./events.ts";
import { newObjectId } from "./ids.ts";
import { unique } from "./org-keys.ts";
import { ownedOrg, readableOrg } from "./permissions.ts";
import { presentAccount } from "./present-sa.ts";
import type { Principal } from "./principal.ts";
import { accountOfOrg, readableAccount, type SaTarget } from "./sa-access.ts";
import { checkSecretHours, insertSecret, newSecret } from "./sa-secrets.ts";

export async function listOrgAccounts(deps: Deps, p: Principal, orgId: string, url: URL, params: PageParams): Promise<Paginated<OrgServiceAccount>> {
  await readableOrg(deps.store, p, orgId);
  const [total, rows] = await Promise.all([deps.store.countServiceAccounts(orgId), deps.store.listServiceAccounts(orgId, pageWindow(params))]);
  const secrets = await deps.store.listSaSecretsFor(rows.map((a) => a.clientId));
  // Atlas's list takes no includeCount: totalCount is always there.
  return envelope(url, { ...params, includeCount: true }, rows.map((a) => presentAccount(a, a.orgRoles, secrets)), total);
}

/** The account as the scope shows it: org roles through the org, project roles through a project. */
export async function presentTarget(store: Store, t: SaTarget): Promise<OrgServiceAccount> {
  return presentAccount(t.account, t.roles, await store.listSaSecretsFor([t.account.clientId]));
}

export async function getOrgAccount(deps: Deps, p: Principal, orgId: string, clientId: string): Promise<OrgServiceAccount> {
  return presentTarget(deps.store, await readableAccount(deps.store, p, { kind: "org", orgId }, clientId));
}

export interface NewAccount {
  orgId: string;
  name: string;
  description: string;
  orgRoles: string[];
  hours: number;
  /** Created from a project: assigned there in the same transaction. */
  project?: { groupId: string; roles: string[] };
}

/** Creates the account, its first secret and its project assignment atomically; the secret's value comes back once. */
export async function insertNewAccount(deps: Deps, actor: Actor, n: NewAccount): Promise<OrgServiceAccount> {
  await checkSecretHours(deps.store, n.orgId, n.hours);
  const now = deps.now();
  const account: ServiceAccountRow = {
    clientId: `mdb_sa_id_${newObjectId(now)}`, orgId: n.orgId, name: n.name, description: n.description, orgRoles: n.orgRoles, created: now,
  };
  const { row, plain } = await newSecret(deps, account.clientId, n.hours, now);
  const details = { targetClientId: account.clientId };
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(n.orgId);
    if ((await tx.countServiceAccounts(n.orgId)) >= LIMITS.keysPerOrg) {
      throw new ApiError(400, "MAX_SERVICE_ACCOUNTS_PER_ORG_EXCEEDED", `This organization already has the maximum of ${LIMITS.keysPerOrg} service accounts.`, [LIMITS.keysPerOrg]);
    }
    await tx.insertServiceAccount(account);
    await insertSecret(tx, row, now);
    await recordEvent(tx, now, actor, { type: "SERVICE_ACCOUNT_CREATED", orgId: n.orgId, details: { ...details, newRoles: n.orgRoles } });
    if (n.project) {
      await tx.insertSaGroup({ clientId: account.clientId, groupId: n.project.groupId, roles: n.project.roles });
      const assigned = { ...details, newRoles: n.project.roles };
      await recordEvent(tx, now, actor, { type: "SERVICE_ACCOUNT_ADDED_TO_GROUP", orgId: n.orgId, groupId: n.project.groupId, details: assigned });
    }
  });
  return presentAccount(account, n.project?.roles ?? n.orgRoles, [row], { id: row.id, secret: plain });
}

export async function createOrgAccount(deps: Deps, p: Principal, orgId: string, body: CreateOrgServiceAccount): Promise<OrgServiceAccount> {
  await ownedOrg(deps.store, p, orgId);
  const actor = await actorOf(deps.store, p);
  const n = { orgId, name: body.name, description: body.description, orgRoles: unique(body.roles), hours: body.secretExpiresAfterHours };
  return insertNewAccount(deps, actor, n);
}

export async function updateOrgAccount(deps: Deps, p: Principal, orgId: string, clientId: string, body: UpdateOrgServiceAccount): Promise<OrgServiceAccount> {
  await ownedOrg(deps.store, p, orgId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock, so the old values an event names are the ones this change replaced.
    await tx.lockOrg(orgId);
    const account = await accountOfOrg(tx, orgId, clientId);
    const orgRoles = body.roles && unique(body.roles);
    await recordAccountChanges(tx, deps.now(), actor, { orgId, account, name: body.name, description: body.description, roles: orgRoles, oldRoles: account.orgRoles });
    await tx.updateServiceAccount(clientId, { name: body.name ?? undefined, description: body.description ?? undefined, orgRoles });
  });
  return getOrgAccount(deps, p, orgId, clientId);
}

export interface AccountChange {
  orgId: string;
  groupId?: string;
  account: ServiceAccountRow;
  name?: string | null;
  description?: string | null;
  roles?: string[];
  oldRoles: string[];
}

/** DETAILS_CHANGED and ROLES_CHANGED, each only when its value really changed. */
export async function recordAccountChanges(tx: Store, now: Date, actor: Actor, c: AccountChange): Promise<void> {
  const base = { orgId: c.orgId, groupId: c.groupId };
  const renamed = c.name != null && c.name !== c.account.name;
  const described = c.description != null && c.description !== c.account.description;
  if (renamed || described) {
    const details = { targetClientId: c.account.clientId, ...(described ? { oldDesc: c.account.description, newDesc: c.description ?? undefined } : {}) };
    await recordEvent(tx, now, actor, { type: "SERVICE_ACCOUNT_DETAILS_CHANGED", ...base, details });
  }
  if (c.roles && !sameRoles(c.roles, c.oldRoles)) {
    const details = { targetClientId: c.account.clientId, oldRoles: c.oldRoles, newRoles: c.roles };
    await recordEvent(tx, now, actor, { type: "SERVICE_ACCOUNT_ROLES_CHANGED", ...base, details });
  }
}

export async function deleteOrgAccount(deps: Deps, p: Principal, orgId: string, clientId: string): Promise<void> {
  await ownedOrg(deps.store, p, orgId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock: of two concurrent deletes one finds the account gone, so one event.
    await tx.lockOrg(orgId);
    await accountOfOrg(tx, orgId, clientId);
    // With its projects, secrets, access list and tokens: its tokens end at once, on every instance.
    await tx.deleteServiceAccount(clientId);
    await recordEvent(tx, deps.now(), actor, { type: "SERVICE_ACCOUNT_DELETED", orgId, details: { targetClientId: clientId } });
  });
}

/** GET /orgs/{orgId}/serviceAccounts/{clientId}/groups */
export async function listAccountGroups(deps: Deps, p: Principal, orgId: string, clientId: string, url: URL, params: PageParams) {
  await readableAccount(deps.store, p, { kind: "org", orgId }, clientId);
  const rows = await deps.store.listSaGroupsFor([clientId]);
  const { offset, limit } = pageWindow(params);
  const results = rows.slice(offset, offset + limit).map((g) => ({ groupId: g.groupId, roles: g.roles }));
  return envelope(url, { ...params, includeCount: true }, results, rows.length);
}
