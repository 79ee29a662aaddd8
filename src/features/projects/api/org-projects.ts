// GET /api/atlas/v2/orgs/{orgId}/groups: the organization's projects the user
// can see: the project picker and, by id, the key screens (org-groups.ts). One
// query key for every reader, so they share one request.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Group } from "../../../../contract/orgs.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";

const orgProjectsEndpoint = "/atlas/v2/orgs/{orgId}/groups";

export function orgProjectsQueryOptions(orgId: string) {
  const params = { orgId, itemsPerPage: LIMITS.itemsPerPageMax };
  return queryOptions({
    queryKey: [orgProjectsEndpoint, params] as const,
    queryFn: async ({ signal }): Promise<Paginated<Group>> =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/groups`, {
        query: { itemsPerPage: params.itemsPerPage },
        // Validated in development and tests only (see apiRequest): the top bar loads this.
        schema: import.meta.env.DEV ? (await import("../../../../contract/orgs.ts")).groupPageSchema : undefined,
        signal,
      }),
    staleTime: 60_000,
  });
}

export function useOrgProjects(orgId: string | undefined) {
  return useQuery({ ...orgProjectsQueryOptions(orgId ?? ""), enabled: Boolean(orgId) });
}
