// GET /api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList: the addresses a key may call from.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export const orgApiKeyAccessListEndpoint = "/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList";

export function orgApiKeyAccessListQueryOptions(orgId: string, apiUserId: string) {
  // A key has at most accessListEntriesPerKey (200) entries: one page holds them all.
  const params = { orgId, apiUserId, itemsPerPage: LIMITS.accessListEntriesPerKey };
  return queryOptions({
    queryKey: [orgApiKeyAccessListEndpoint, params] as const,
    queryFn: async ({ signal }): Promise<Paginated<AccessListEntry>> =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys/${encodeURIComponent(apiUserId)}/accessList`, {
        query: { itemsPerPage: params.itemsPerPage },
        // Validated in development and tests only (see apiRequest).
        schema: import.meta.env.DEV ? (await import("../../../../contract/access-list.ts")).accessListPageSchema : undefined,
        signal,
      }),
  });
}

export function useOrgApiKeyAccessList(orgId: string, apiUserId: string) {
  return useQuery(orgApiKeyAccessListQueryOptions(orgId, apiUserId));
}
