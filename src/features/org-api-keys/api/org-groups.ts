// GET /api/atlas/v2/orgs/{orgId}/groups: the organization's projects the user
// can see, to name the projects a key belongs to (keys carry only group ids).
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Group } from "../../../../contract/orgs.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export const orgGroupsEndpoint = "/atlas/v2/orgs/{orgId}/groups";

export function orgGroupsQueryOptions(orgId: string) {
  const params = { orgId, itemsPerPage: LIMITS.itemsPerPageMax };
  return queryOptions({
    queryKey: [orgGroupsEndpoint, params] as const,
    queryFn: async ({ signal }): Promise<Paginated<Group>> =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/groups`, {
        query: { itemsPerPage: params.itemsPerPage },
        // Validated in development and tests only (see apiRequest): the table needs this on first load.
        schema: import.meta.env.DEV ? (await import("../../../../contract/orgs.ts")).groupPageSchema : undefined,
        signal,
      }),
    staleTime: 60_000,
    // id -> name, which is all the key screens need.
    select: (page) => new Map(page.results.map((group) => [group.id, group.name])),
  });
}

export function useOrgGroupNames(orgId: string) {
  return useQuery(orgGroupsQueryOptions(orgId));
}
