// GET /api/atlas/v2/groups/{groupId}/apiKeys: the keys assigned to a project.
// Each key carries its organization roles and its roles in THIS project only.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { TABLE_POLL } from "../../../lib/table-poll.ts";

const projectApiKeysEndpoint = "/atlas/v2/groups/{groupId}/apiKeys";

export function projectApiKeysPath(groupId: string): string {
  return `/atlas/v2/groups/${encodeURIComponent(groupId)}/apiKeys`;
}

export function projectApiKeysQueryOptions(groupId: string) {
  // A project holds at most the org's 500 keys, which is also the largest
  // page: one request returns them all and the table filters and sorts locally.
  const params = { groupId, itemsPerPage: LIMITS.itemsPerPageMax };
  return queryOptions({
    queryKey: [projectApiKeysEndpoint, params] as const,
    queryFn: async ({ signal }): Promise<Paginated<ApiKey>> =>
      apiRequest(projectApiKeysPath(groupId), {
        query: { itemsPerPage: params.itemsPerPage },
        // Validated in development and tests only (see apiRequest).
        schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeyPageSchema : undefined,
        signal,
      }),
  });
}

/** `poll`: the table on screen refreshes itself (see table-poll.ts). */
export function useProjectApiKeys(groupId: string, options: { poll?: boolean } = {}) {
  return useQuery({ ...projectApiKeysQueryOptions(groupId), ...(options.poll ? TABLE_POLL : {}) });
}
