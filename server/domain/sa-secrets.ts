// Service-account secrets: made here (the only time one exists in the clear),
// stored as a keyed hash with its last four characters, at most two live ones
// per account, each living secretExpiresAfterHours from 8 up to the org's
// maxServiceAccountSecretValidityInHours.
import { OBJECT_ID } from "../../contract/ids.ts";
import { SA_LIMITS, SECRET_PREFIX, type ServiceAccountSecret } from "../../contract/service-accounts.ts";
import { ApiError } from "../http/api-error.ts";
import type { SaSecretRow } from "../store/sa-types.ts";
import type { Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent, type Actor } from "./events.ts";
import { newObjectId } from "./ids.ts";
import { presentSecret } from "./present-sa.ts";
import type { Principal } from "./principal.ts";
import { managedAccount, type SaScope, type SaTarget } from "./sa-access.ts";

/** mdb_sa_sk_ + 32 random bytes in base64url (43 characters). Web Crypto: the mock backend runs this too. */
export function newSecretValue(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return SECRET_PREFIX + base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The org's ceiling for a secret's life, in hours (org settings, default 8760). */
export async function maxSecretHours(store: Store, orgId: string): Promise<number> {
  const stored = (await store.getOrgStoredSettings(orgId)).maxServiceAccountSecretValidityInHours;
  return typeof stored === "number" ? stored : SA_LIMITS.secretHoursDefaultMax;
}

export async function checkSecretHours(store: Store, orgId: string, hours: number): Promise<void> {
  const max = await maxSecretHours(store, orgId);
  if (hours < SA_LIMITS.secretHoursMin || hours > max) {
    throw new ApiError(
      400,
      "INVALID_ATTRIBUTE",
      `secretExpiresAfterHours must be from ${SA_LIMITS.secretHoursMin} to ${max} hours (this organization's limit); got ${hours}.`,
      ["secretExpiresAfterHours"],
      [{ field: "secretExpiresAfterHours", description: `From ${SA_LIMITS.secretHoursMin} to ${max} hours.` }],
    );
  }
}

/** A new secret: its row (hash only) and the one copy of its value, for the create answer. */
export async function newSecret(deps: Deps, clientId: string, hours: number, now: Date): Promise<{ row: SaSecretRow; plain: string }> {
  const plain = newSecretValue();
  const expires = new Date(now.getTime() + hours * 3_600_000);
  const row: SaSecretRow = { id: newObjectId(now), clientId, hash: await deps.crypto.keyedHash(plain), tail: plain.slice(-4), created: now, expires, lastUsed: null };
  return { row, plain };
}

/** Inside the change's transaction, under the org lock: refuses a third live secret. */
export async function insertSecret(tx: Store, row: SaSecretRow, now: Date): Promise<void> {
  const live = (await tx.listSaSecretsFor([row.clientId])).filter((s) => s.expires.getTime() > now.getTime());
  if (live.length >= SA_LIMITS.secretsPerAccount) {
    throw new ApiError(
      400,
      "MAX_SERVICE_ACCOUNT_SECRETS_EXCEEDED",
      `A service account can have at most ${SA_LIMITS.secretsPerAccount} unexpired secrets. Delete one before creating another.`,
      [SA_LIMITS.secretsPerAccount],
    );
  }
  await tx.insertSaSecret(row);
}

function eventScope(t: SaTarget): { orgId: string; groupId?: string; details: { targetClientId: string } } {
  return { orgId: t.orgId, groupId: t.groupId, details: { targetClientId: t.account.clientId } };
}

export async function createSecret(deps: Deps, p: Principal, scope: SaScope, clientId: string, hours: number): Promise<ServiceAccountSecret> {
  const target = await managedAccount(deps.store, p, scope, clientId);
  await checkSecretHours(deps.store, target.orgId, hours);
  const actor = await actorOf(deps.store, p);
  const now = deps.now();
  const { row, plain } = await newSecret(deps, clientId, hours, now);
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(target.orgId);
    await insertSecret(tx, row, now);
    await recordEvent(tx, now, actor, { type: "SERVICE_ACCOUNT_SECRET_ADDED", ...eventScope(target) });
  });
  return presentSecret(row, plain);
}

export async function deleteSecret(deps: Deps, p: Principal, scope: SaScope, clientId: string, secretId: string): Promise<void> {
  const target = await managedAccount(deps.store, p, scope, clientId);
  const actor: Actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock: of two concurrent deletes one finds the secret gone, so one event.
    await tx.lockOrg(target.orgId);
    const secrets = await tx.listSaSecretsFor([clientId]);
    if (!OBJECT_ID.test(secretId) || !secrets.some((s) => s.id === secretId)) {
      throw new ApiError(404, "SERVICE_ACCOUNT_SECRET_NOT_FOUND", `Service account ${clientId} has no secret ${secretId.slice(0, 64)}.`, [clientId, secretId.slice(0, 64)]);
    }
    // The store deletes the tokens it minted with it: they stop working at once, on every instance.
    await tx.deleteSaSecret(clientId, secretId);
    await recordEvent(tx, deps.now(), actor, { type: "SERVICE_ACCOUNT_SECRET_DELETED", ...eventScope(target) });
  });
}
