// PATCH /api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}: a new description,
// new organization roles (which replace the old ones), or both.
import { useMutation } from "@tanstack/react-query";
import type { ApiKey, UpdateOrgApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export function useUpdateOrgApiKey(orgId: string, apiUserId: string) {
  return useMutation<ApiKey, Error, UpdateOrgApiKey>({
    mutationFn: async (body) =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys/${encodeURIComponent(apiUserId)}`, {
        method: "PATCH",
        body,
        schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeySchema : undefined,
      }),
    // Every cached view of the key refreshes before mutateAsync resolves: the
    // key itself, and every list showing its description and roles.
    meta: { invalidatesKeys: true },
  });
}
