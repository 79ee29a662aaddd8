// GET /api/atlas/v2/orgs/{orgId}/apiKeys, for "Invite to Project": the
// organization's keys to choose from. Same query key as the organization's
// table, so the two share one cache entry (and one invalidation).
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";

const endpoint = "/atlas/v2/orgs/{orgId}/apiKeys";

export function inviteCandidatesQueryOptions(orgId: string) {
  // At most keysPerOrg (500) keys, the largest page: one request has them all.
  const params = { orgId, itemsPerPage: LIMITS.itemsPerPageMax };
  return queryOptions({
    queryKey: [endpoint, params] as const,
    queryFn: async ({ signal }): Promise<Paginated<ApiKey>> =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys`, {
        query: { itemsPerPage: params.itemsPerPage },
        schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeyPageSchema : undefined,
        signal,
      }),
  });
}

export function useInviteCandidates(orgId: string) {
  return useQuery(inviteCandidatesQueryOptions(orgId));
}
