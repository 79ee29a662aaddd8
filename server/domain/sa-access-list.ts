// A service account's IP access list: the same rules as an API key's
// (access-list.ts: canonical blocks, all-or-nothing batches, the cap, no
// removing the entry the caller came through), in Atlas's field names.
import type { AccessListEntryRequest } from "../../contract/access-list.ts";
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import { SA_LIMITS, type ServiceAccountAccessEntry } from "../../contract/service-accounts.ts";
import { ApiError } from "../http/api-error.ts";
import { envelopeOf } from "../http/paginate.ts";
import type { SaAccessEntryRow } from "../store/sa-types.ts";
import { MissingReference, UniqueViolation } from "../store/types.ts";
import { alreadyListed, callerCameThrough, cannotRemoveCaller, entryText, requestedBlocks } from "./access-entries.ts";
import { canonicalBlock } from "./access-list.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent } from "./events.ts";
import { presentSaEntry } from "./present-sa.ts";
import type { Principal } from "./principal.ts";
import { managedAccount, readableAccount, saNotFound, type SaScope, type SaTarget } from "./sa-access.ts";

export async function listSaEntries(deps: Deps, p: Principal, scope: SaScope, clientId: string, url: URL, params: PageParams): Promise<Paginated<ServiceAccountAccessEntry>> {
  await readableAccount(deps.store, p, scope, clientId);
  const rows = await deps.store.listSaAccessEntries(clientId);
  return envelopeOf(url, params, rows.map(presentSaEntry));
}

const eventOf = (t: SaTarget, row: SaAccessEntryRow) => ({
  orgId: t.orgId, groupId: t.groupId, whitelistEntry: entryText(row), details: { targetClientId: t.account.clientId },
});

export async function addSaEntries(
  deps: Deps, p: Principal, scope: SaScope, clientId: string, requests: AccessListEntryRequest[], url: URL, params: PageParams,
): Promise<Paginated<ServiceAccountAccessEntry>> {
  const target = await managedAccount(deps.store, p, scope, clientId);
  const actor = await actorOf(deps.store, p);
  const now = deps.now();
  const rows: SaAccessEntryRow[] = requestedBlocks(requests).map((e) => ({ clientId, ...e, created: now, lastUsed: null, lastUsedAddress: null, count: 0 }));
  await deps.store.transaction(async (tx) => {
    // Serialise writers so two batches cannot both squeeze under the cap.
    await tx.lockOrg(target.orgId);
    const existing = await tx.listSaAccessEntries(clientId);
    const cap = SA_LIMITS.accessListEntriesPerAccount;
    if (existing.length + rows.length > cap) {
      throw new ApiError(400, "MAX_ACCESS_LIST_ENTRIES_EXCEEDED", `A service account can have at most ${cap} access list entries; it has ${existing.length}.`, [cap]);
    }
    const taken = rows.find((r) => existing.some((e) => e.cidrBlock === r.cidrBlock));
    if (taken) throw alreadyListed(taken.cidrBlock);
    for (const row of rows) {
      try {
        await tx.insertSaAccessEntry(row);
      } catch (e) {
        if (e instanceof UniqueViolation) throw alreadyListed(row.cidrBlock);
        // Deleted by a concurrent request since it was found.
        if (e instanceof MissingReference) throw saNotFound(clientId);
        throw e;
      }
      await recordEvent(tx, now, actor, { type: "SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_ADDED", ...eventOf(target, row) });
    }
  });
  return listSaEntries(deps, p, scope, clientId, url, params);
}

export async function deleteSaEntry(deps: Deps, p: Principal, scope: SaScope, clientId: string, entry: string): Promise<void> {
  const target = await managedAccount(deps.store, p, scope, clientId);
  const block = canonicalBlock(entry);
  // An account must not lock itself out by removing the entry it is calling from.
  if (callerCameThrough(p, { kind: "serviceAccount", id: clientId }, block) && (await deps.store.getSaAccessEntry(clientId, block))) {
    throw cannotRemoveCaller(p);
  }
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock: of two concurrent deletes one finds the entry gone, so one event.
    await tx.lockOrg(target.orgId);
    const row = await tx.getSaAccessEntry(clientId, block);
    if (!row) {
      throw new ApiError(404, "SERVICE_ACCOUNT_ACCESS_LIST_NOT_FOUND", `IP address ${entry} is not on the access list of service account ${clientId}.`, [entry, clientId]);
    }
    await tx.deleteSaAccessEntry(clientId, block);
    await recordEvent(tx, deps.now(), actor, { type: "SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_DELETED", ...eventOf(target, row) });
  });
}
