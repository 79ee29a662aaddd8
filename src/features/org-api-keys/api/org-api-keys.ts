// GET /api/atlas/v2/orgs/{orgId}/apiKeys: the organization's API keys.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { LIMITS } from "../../../../contract/limits.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { TABLE_POLL } from "../../../lib/table-poll.ts";

const orgApiKeysEndpoint = "/atlas/v2/orgs/{orgId}/apiKeys";

export function orgApiKeysQueryOptions(orgId: string) {
  // An organization holds at most keysPerOrg (500) keys, which is also the
  // largest page, so one request returns them all and the table can filter
  // and sort locally.
  const params = { orgId, itemsPerPage: LIMITS.itemsPerPageMax };
  return queryOptions({
    queryKey: [orgApiKeysEndpoint, params] as const,
    queryFn: async ({ signal }) =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys`, {
        query: { itemsPerPage: params.itemsPerPage },
        // Validated in development and tests only (see apiRequest): this is the first screen.
        schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeyPageSchema : undefined,
        signal,
      }),
  });
}

/** `poll`: the table on screen refreshes itself (see table-poll.ts). */
export function useOrgApiKeys(orgId: string, options: { poll?: boolean } = {}) {
  return useQuery({ ...orgApiKeysQueryOptions(orgId), ...(options.poll ? TABLE_POLL : {}) });
}
