// GET /api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList: the addresses
// a key may call from. The query key is the same the key details modal uses,
// so both views share one cache entry.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export const accessListEndpoint = "/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList";

/** Which key's list: an organization key (project pages edit it through its organization). */
export interface AccessListScope {
  orgId: string;
  apiUserId: string;
}

export function accessListPath({ orgId, apiUserId }: AccessListScope): string {
  return `/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys/${encodeURIComponent(apiUserId)}/accessList`;
}

export function accessListQueryOptions(scope: AccessListScope) {
  // A key has at most accessListEntriesPerKey (200) entries: one page holds them all.
  const params = { orgId: scope.orgId, apiUserId: scope.apiUserId, itemsPerPage: LIMITS.accessListEntriesPerKey };
  return queryOptions({
    queryKey: [accessListEndpoint, params] as const,
    queryFn: async ({ signal }): Promise<Paginated<AccessListEntry>> =>
      apiRequest(accessListPath(scope), {
        query: { itemsPerPage: params.itemsPerPage },
        // Validated in development and tests only (see apiRequest).
        schema: import.meta.env.DEV ? (await import("../../../../contract/access-list.ts")).accessListPageSchema : undefined,
        signal,
      }),
  });
}

export function useAccessList(scope: AccessListScope) {
  return useQuery(accessListQueryOptions(scope));
}
