// A key's IP access list: canonical CIDR entries, all-or-nothing batches,
// caps, and the rule that a key cannot remove the entry it is calling from.
import type { AccessListEntry, AccessListEntryRequest } from "../../contract/access-list.ts";
import { cidrContains, formatCidr, normalizeAddress, parseCidr } from "../../contract/ip.ts";
import { LIMITS } from "../../contract/limits.ts";
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import { ApiError, notFound } from "../http/api-error.ts";
import { envelopeOf } from "../http/paginate.ts";
import { MissingReference, UniqueViolation, type AccessEntryRow } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent } from "./events.ts";
import { keyOfOrg } from "./org-keys.ts";
import { ownedOrg, readableOrg } from "./permissions.ts";
import { presentEntry } from "./present.ts";
import type { Principal } from "./principal.ts";

function invalidAddress(text: string): ApiError {
  return new ApiError(
    400,
    "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
    `The address ${text} must be in valid IP address or CIDR notation.`,
    [text],
  );
}

/** "192.0.2.7" or "192.0.2.0/24" (from a path) to the stored canonical block. */
export function canonicalBlock(text: string): string {
  const parsed = parseCidr(text);
  if (!parsed) throw invalidAddress(text);
  return formatCidr(parsed);
}

function toRow(keyId: string, req: AccessListEntryRequest, now: Date): AccessEntryRow {
  const text = req.ipAddress ?? req.cidrBlock ?? "";
  return {
    keyId,
    cidrBlock: canonicalBlock(text),
    ipAddress: req.ipAddress ? normalizeAddress(req.ipAddress) : null,
    created: now,
    lastUsed: null,
    lastUsedAddress: null,
    count: 0,
  };
}

export async function listEntries(
  deps: Deps,
  p: Principal,
  orgId: string,
  keyId: string,
  url: URL,
  params: PageParams,
): Promise<Paginated<AccessListEntry>> {
  await readableOrg(deps.store, p, orgId);
  await keyOfOrg(deps.store, orgId, keyId);
  const rows = await deps.store.listAccessEntries(keyId);
  return envelopeOf(url, params, rows.map((e) => presentEntry(url.origin, orgId, e)));
}

export async function addEntries(
  deps: Deps,
  p: Principal,
  orgId: string,
  keyId: string,
  requests: AccessListEntryRequest[],
  url: URL,
  params: PageParams,
): Promise<Paginated<AccessListEntry>> {
  await ownedOrg(deps.store, p, orgId);
  const key = await keyOfOrg(deps.store, orgId, keyId);
  const actor = await actorOf(deps.store, p);
  const now = deps.now();
  const rows = requests.map((r) => toRow(keyId, r, now));
  const blocks = rows.map((r) => r.cidrBlock);
  const repeated = blocks.find((b, i) => blocks.indexOf(b) !== i);
  if (repeated) {
    throw new ApiError(400, "DUPLICATE_ADDRESSES_IN_INPUT", `The address ${repeated} appears more than once in the request.`, [repeated]);
  }
  await deps.store.transaction(async (tx) => {
    // Serialise writers so two batches cannot both squeeze under the cap.
    await tx.lockOrg(orgId);
    const existing = await tx.listAccessEntries(keyId);
    if (existing.length + rows.length > LIMITS.accessListEntriesPerKey) {
      throw new ApiError(
        400,
        "MAX_ACCESS_LIST_ENTRIES_EXCEEDED",
        `An API key can have at most ${LIMITS.accessListEntriesPerKey} access list entries; it has ${existing.length}.`,
        [LIMITS.accessListEntriesPerKey],
      );
    }
    const taken = rows.find((r) => existing.some((e) => e.cidrBlock === r.cidrBlock));
    if (taken) throw alreadyListed(taken.cidrBlock);
    for (const row of rows) {
      try {
        await tx.insertAccessEntry(row);
      } catch (e) {
        if (e instanceof UniqueViolation) throw alreadyListed(row.cidrBlock);
        // Deleted by a concurrent request since keyOfOrg found it.
        if (e instanceof MissingReference) throw notFound.key(keyId);
        throw e;
      }
      const targetKey = { id: key.id, publicKey: key.publicKey };
      await recordEvent(tx, now, actor, { type: "API_KEY_ACCESS_LIST_ENTRY_ADDED", orgId, targetKey, whitelistEntry: entryText(row) });
    }
  });
  return listEntries(deps, p, orgId, keyId, url, params);
}

/** The entry as Atlas names it in events: the address when one was given, else the block. */
function entryText(row: AccessEntryRow): string {
  return row.ipAddress ?? row.cidrBlock;
}

function alreadyListed(block: string): ApiError {
  return new ApiError(409, "ADDRESS_ALREADY_IN_ACCESS_LIST", `The address ${block} is already on the access list.`, [block]);
}

export async function getEntry(deps: Deps, p: Principal, orgId: string, keyId: string, entry: string, origin: string): Promise<AccessListEntry> {
  await readableOrg(deps.store, p, orgId);
  await keyOfOrg(deps.store, orgId, keyId);
  const row = await deps.store.getAccessEntry(keyId, canonicalBlock(entry));
  if (!row) throw notFound.entry(entry, keyId);
  return presentEntry(origin, orgId, row);
}

export async function deleteEntry(deps: Deps, p: Principal, orgId: string, keyId: string, entry: string): Promise<void> {
  await ownedOrg(deps.store, p, orgId);
  const key = await keyOfOrg(deps.store, orgId, keyId);
  const block = canonicalBlock(entry);
  const parsed = parseCidr(block);
  // A key must not lock itself out by removing the entry it is calling from.
  if (p.kind === "apiKey" && p.id === keyId && parsed && cidrContains(parsed, p.callerIp)) {
    if (await deps.store.getAccessEntry(keyId, block)) {
      throw new ApiError(
        400,
        "CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST",
        `Cannot remove caller's IP address ${p.callerIp} from access list.`,
        [p.callerIp],
      );
    }
  }
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    // Under the org lock: of two concurrent deletes one finds the entry gone, so one event.
    await tx.lockOrg(orgId);
    const row = await tx.getAccessEntry(keyId, block);
    if (!row) throw notFound.entry(entry, keyId);
    await tx.deleteAccessEntry(keyId, block);
    const targetKey = { id: key.id, publicKey: key.publicKey };
    await recordEvent(tx, deps.now(), actor, { type: "API_KEY_ACCESS_LIST_ENTRY_DELETED", orgId, targetKey, whitelistEntry: entryText(row) });
  });
}
