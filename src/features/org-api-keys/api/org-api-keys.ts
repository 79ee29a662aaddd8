// GET /api/atlas/v2/orgs/{orgId}/apiKeys: the organization's API keys.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { LIMITS } from "../../../../contract/limits.ts";
import { apiRequest } from "../../../lib/api-client.ts";

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

export function useOrgApiKeys(orgId: string) {
  return useQuery(orgApiKeysQueryOptions(orgId));
}
