// PATCH /api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}: a new description,
// new organization roles (which replace the old ones), or both.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiKey, UpdateOrgApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { orgApiKeyQueryOptions } from "./org-api-key.ts";

export function useUpdateOrgApiKey(orgId: string, apiUserId: string) {
  const queryClient = useQueryClient();
  return useMutation<ApiKey, Error, UpdateOrgApiKey>({
    mutationFn: async (body) =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys/${encodeURIComponent(apiUserId)}`, {
        method: "PATCH",
        body,
        schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeySchema : undefined,
      }),
    onSuccess: (apiKey) => {
      queryClient.setQueryData(orgApiKeyQueryOptions(orgId, apiUserId).queryKey, apiKey);
    },
    // The description and roles also show in every project's list of the key.
    meta: { invalidatesKeys: true },
  });
}
