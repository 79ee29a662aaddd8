// Organization API keys: create (the only time the private key exists in the
// clear), read, update, delete with cascade to every project.
import type { ApiKey, CreateOrgApiKey, UpdateOrgApiKey } from "../../contract/api-keys.ts";
import { LIMITS } from "../../contract/limits.ts";
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import { ApiError, notFound } from "../http/api-error.ts";
import { envelope, pageWindow } from "../http/paginate.ts";
import type { ApiKeyRow, Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent, sameRoles, type Actor } from "./events.ts";
import { newObjectId, newPrivateKey, newPublicKey } from "./ids.ts";
import { ownedOrg, readableOrg } from "./permissions.ts";
import { presentKey } from "./present.ts";
import type { Principal } from "./principal.ts";

export async function listOrgKeys(deps: Deps, p: Principal, orgId: string, url: URL, params: PageParams): Promise<Paginated<ApiKey>> {
  await readableOrg(deps.store, p, orgId);
  const [total, rows] = await Promise.all([deps.store.countKeys(orgId), deps.store.listKeys(orgId, pageWindow(params))]);
  const assignments = await deps.store.listKeyGroupsForKeys(rows.map((r) => r.id));
  const results = rows.map((k) => presentKey(url.origin, k, assignments.filter((a) => a.keyId === k.id)));
  return envelope(url, params, results, total);
}

/** The key, if it belongs to this org; 404 otherwise (also for keys of other orgs). */
export async function keyOfOrg(store: Store, orgId: string, keyId: string): Promise<ApiKeyRow> {
  const key = await store.getKey(keyId);
  if (!key || key.orgId !== orgId) throw notFound.key(keyId);
  return key;
}

export async function getOrgKey(deps: Deps, p: Principal, orgId: string, keyId: string, origin: string): Promise<ApiKey> {
  await readableOrg(deps.store, p, orgId);
  const key = await keyOfOrg(deps.store, orgId, keyId);
  return presentKey(origin, key, await deps.store.listKeyGroupsForKeys([key.id]));
}

/**
 * Creates a key with its org roles and, for a project-created key, its first
 * project assignment, atomically. Checks the per-org cap under the org lock.
 */
export async function insertNewKey(
  deps: Deps,
  actor: Actor,
  orgId: string,
  desc: string,
  orgRoles: string[],
  project?: { groupId: string; roles: string[] },
): Promise<{ key: ApiKeyRow; privateKey: string }> {
  const privateKey = newPrivateKey();
  const publicKey = await unusedPublicKey(deps.store);
  const now = deps.now();
  const key: ApiKeyRow = {
    id: newObjectId(now),
    orgId,
    publicKey,
    desc,
    privateKeyTail: privateKey.slice(-12),
    secretEnc: await deps.crypto.sealKeySecret(publicKey, privateKey),
    orgRoles,
    created: now,
    lastUsed: null,
  };
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(orgId);
    if ((await tx.countKeys(orgId)) >= LIMITS.keysPerOrg) {
      throw new ApiError(
        400,
        "MAX_API_KEYS_PER_ORG_EXCEEDED",
        `This organization already has the maximum of ${LIMITS.keysPerOrg} API keys. Delete unused keys first.`,
        [LIMITS.keysPerOrg],
      );
    }
    await tx.insertKey(key);
    const targetKey = { id: key.id, publicKey };
    await recordEvent(tx, now, actor, { type: "API_KEY_CREATED", orgId, targetKey, details: { newRoles: orgRoles } });
    if (project) {
      await tx.insertKeyGroup({ keyId: key.id, groupId: project.groupId, roles: project.roles });
      const details = { newRoles: project.roles };
      await recordEvent(tx, now, actor, { type: "API_KEY_ADDED_TO_GROUP", orgId, groupId: project.groupId, targetKey, details });
    }
  });
  return { key, privateKey };
}

async function unusedPublicKey(store: Store): Promise<string> {
  // 26^8 ≈ 2·10^11 keys: a clash is rare, and the unique index catches a race.
  for (;;) {
    const candidate = newPublicKey();
    if (!(await store.getKeyByPublicKey(candidate))) return candidate;
  }
}

export async function createOrgKey(deps: Deps, p: Principal, orgId: string, body: CreateOrgApiKey, origin: string): Promise<ApiKey> {
  await ownedOrg(deps.store, p, orgId);
  const { key, privateKey } = await insertNewKey(deps, await actorOf(deps.store, p), orgId, body.desc, unique(body.roles));
  return presentKey(origin, key, [], privateKey);
}

export async function updateOrgKey(
  deps: Deps,
  p: Principal,
  orgId: string,
  keyId: string,
  body: UpdateOrgApiKey,
  origin: string,
): Promise<ApiKey> {
  await ownedOrg(deps.store, p, orgId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock, so the old values an event names are the ones this change replaced.
    await tx.lockOrg(orgId);
    const key = await keyOfOrg(tx, orgId, keyId);
    const orgRoles = body.roles && unique(body.roles);
    await tx.updateKey(keyId, { desc: body.desc, orgRoles });
    await recordKeyChanges(tx, deps.now(), actor, { orgId, key, desc: body.desc, roles: orgRoles, oldRoles: key.orgRoles });
  });
  return getOrgKey(deps, p, orgId, keyId, origin);
}

export async function deleteOrgKey(deps: Deps, p: Principal, orgId: string, keyId: string): Promise<void> {
  await ownedOrg(deps.store, p, orgId);
  await removeKey(deps, await actorOf(deps.store, p), orgId, keyId);
}

/** Deletes a key with its event; also the operator CLI's delete. 404 when the key is not the org's. */
export async function removeKey(deps: Deps, actor: Actor, orgId: string, keyId: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    // Under the org lock: of two concurrent deletes one finds the key gone, so one event.
    await tx.lockOrg(orgId);
    const key = await keyOfOrg(tx, orgId, keyId);
    // The store removes the key's project assignments and access list with it.
    await tx.deleteKey(keyId);
    await recordEvent(tx, deps.now(), actor, { type: "API_KEY_DELETED", orgId, targetKey: { id: key.id, publicKey: key.publicKey } });
  });
}

/** DESCRIPTION_CHANGED and ROLES_CHANGED, each only when its value really changed (as Atlas records). */
export async function recordKeyChanges(
  tx: Store,
  now: Date,
  actor: Actor,
  change: { orgId: string; groupId?: string; key: ApiKeyRow; desc?: string; roles?: string[]; oldRoles: string[] },
): Promise<void> {
  const { orgId, groupId, key } = change;
  const targetKey = { id: key.id, publicKey: key.publicKey };
  if (change.desc !== undefined && change.desc !== key.desc) {
    const details = { oldDesc: key.desc, newDesc: change.desc };
    await recordEvent(tx, now, actor, { type: "API_KEY_DESCRIPTION_CHANGED", orgId, groupId, targetKey, details });
  }
  if (change.roles && !sameRoles(change.roles, change.oldRoles)) {
    const details = { oldRoles: change.oldRoles, newRoles: change.roles };
    await recordEvent(tx, now, actor, { type: "API_KEY_ROLES_CHANGED", orgId, groupId, targetKey, details });
  }
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
