// GET .../accessList of a credential: the addresses it may call from. An API
// key's list lives under its organization (project pages edit it there); a
// service account's under its organization or, from a project page, under
// that project. The query key is the same the details modals use, so every
// view of one credential's list shares one cache entry.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest, type RequestOptions } from "../../../lib/api-client.ts";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../../lib/service-account-media-type.ts";
import { fromServiceAccountEntries } from "./service-account-entries.ts";

/** Whose list: an API key (always through its organization) or a service account. */
export type AccessListOwner =
  | { kind: "apiKey"; orgId: string; id: string }
  | { kind: "serviceAccount"; orgId: string; id: string; /** Set on a project's page. */ groupId?: string };

/** The endpoint template, the start of every query key of this owner's list. */
export function accessListEndpoint(owner: AccessListOwner): string {
  if (owner.kind === "apiKey") return "/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList";
  return owner.groupId === undefined
    ? "/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/accessList"
    : "/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}/accessList";
}

/** The params that fill the template: the key's prefix that names one owner. */
export function accessListParams(owner: AccessListOwner): Record<string, string> {
  if (owner.kind === "apiKey") return { orgId: owner.orgId, apiUserId: owner.id };
  return owner.groupId === undefined ? { orgId: owner.orgId, clientId: owner.id } : { groupId: owner.groupId, clientId: owner.id };
}

export function accessListPath(owner: AccessListOwner): string {
  const id = encodeURIComponent(owner.id);
  if (owner.kind === "apiKey") return `/atlas/v2/orgs/${encodeURIComponent(owner.orgId)}/apiKeys/${id}/accessList`;
  return owner.groupId === undefined
    ? `/atlas/v2/orgs/${encodeURIComponent(owner.orgId)}/serviceAccounts/${id}/accessList`
    : `/atlas/v2/groups/${encodeURIComponent(owner.groupId)}/serviceAccounts/${id}/accessList`;
}

/**
 * Sends a request whose answer is the owner's whole list (GET, and POST of new
 * entries), in the API-key shape the editor and details read: a service
 * account's entries name their fields differently (createdAt, lastUsedAt,
 * requestCount), so they are renamed here, once.
 */
export async function requestAccessList(owner: AccessListOwner, options: RequestOptions): Promise<Paginated<AccessListEntry>> {
  const path = accessListPath(owner);
  if (owner.kind === "serviceAccount") {
    return fromServiceAccountEntries(await apiRequest<unknown>(path, { ...options, accept: SERVICE_ACCOUNT_MEDIA_TYPE }));
  }
  return apiRequest(path, {
    ...options,
    // Validated in development and tests only (see apiRequest).
    schema: import.meta.env.DEV ? (await import("../../../../contract/access-list.ts")).accessListPageSchema : undefined,
  });
}

export function accessListQueryOptions(owner: AccessListOwner) {
  // A credential has at most accessListEntriesPerKey (200) entries: one page holds them all.
  const params = { ...accessListParams(owner), itemsPerPage: LIMITS.accessListEntriesPerKey };
  return queryOptions({
    queryKey: [accessListEndpoint(owner), params] as const,
    queryFn: ({ signal }) => requestAccessList(owner, { query: { itemsPerPage: params.itemsPerPage }, signal }),
  });
}

export function useAccessList(owner: AccessListOwner) {
  return useQuery(accessListQueryOptions(owner));
}

/** The resource version the owner's endpoints answer in, for requests that send no list (DELETE). */
export function accessListAccept(owner: AccessListOwner): string | undefined {
  return owner.kind === "serviceAccount" ? SERVICE_ACCOUNT_MEDIA_TYPE : undefined;
}
