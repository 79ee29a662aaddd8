// A service account's access-list answer in the shape of an API key's: the
// same entry under other field names (createdAt, lastUsedAt, requestCount), so
// one editor and one details section serve both credentials.
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import type { Paginated } from "../../../../contract/pagination.ts";

interface ServiceAccountEntry {
  cidrBlock?: string;
  ipAddress?: string;
  createdAt?: string;
  lastUsedAt?: string;
  lastUsedAddress?: string;
  requestCount?: number;
}

export function fromServiceAccountEntry(entry: ServiceAccountEntry): AccessListEntry {
  // An address is its own /32 (or /128) block, as the API-key list says.
  const cidrBlock = entry.cidrBlock ?? (entry.ipAddress?.includes(":") ? `${entry.ipAddress}/128` : `${entry.ipAddress ?? ""}/32`);
  return {
    cidrBlock,
    ...(entry.ipAddress !== undefined ? { ipAddress: entry.ipAddress } : {}),
    created: entry.createdAt ?? "",
    ...(entry.lastUsedAt !== undefined ? { lastUsed: entry.lastUsedAt } : {}),
    ...(entry.lastUsedAddress !== undefined ? { lastUsedAddress: entry.lastUsedAddress } : {}),
    count: entry.requestCount ?? 0,
    links: [],
  };
}

export function fromServiceAccountEntries(answer: unknown): Paginated<AccessListEntry> {
  const page = answer as { results?: ServiceAccountEntry[]; totalCount?: number };
  const results = (page.results ?? []).map(fromServiceAccountEntry);
  return { results, totalCount: page.totalCount ?? results.length, links: [] };
}
