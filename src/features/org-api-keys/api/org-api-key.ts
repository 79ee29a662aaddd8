// GET /api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}: one key of the organization.
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { orgApiKeysQueryOptions } from "./org-api-keys.ts";

const orgApiKeyEndpoint = "/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}";

export function orgApiKeyQueryOptions(orgId: string, apiUserId: string) {
  const params = { orgId, apiUserId };
  return queryOptions({
    queryKey: [orgApiKeyEndpoint, params] as const,
    queryFn: async ({ signal }): Promise<ApiKey> =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys/${encodeURIComponent(apiUserId)}`, {
        // Validated in development and tests only (see apiRequest).
        schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeySchema : undefined,
        signal,
      }),
  });
}

export function useOrgApiKey(orgId: string, apiUserId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    ...orgApiKeyQueryOptions(orgId, apiUserId),
    // Opened from the table, the key is already in the list: show it at once
    // while the fresh copy loads.
    placeholderData: () =>
      queryClient.getQueryData(orgApiKeysQueryOptions(orgId).queryKey)?.results.find((key) => key.id === apiUserId),
  });
}
