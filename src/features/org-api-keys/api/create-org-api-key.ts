// POST /api/atlas/v2/orgs/{orgId}/apiKeys: a new key. Its answer is the only
// place the private key ever exists in full, so this is deliberately NOT a
// useMutation: a mutation's data stays in the MutationCache (and in devtools)
// after the wizard ends. The caller keeps the answer in component state only
// and drops the private key as soon as the user has confirmed copying it.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { ApiKey, CreateOrgApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { invalidateKeyQueries } from "../../../lib/invalidate-key-queries.ts";

export async function createOrgApiKey(orgId: string, body: CreateOrgApiKey): Promise<ApiKey> {
  return apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys`, {
    method: "POST",
    body,
    schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeySchema : undefined,
  });
}

/** Creates the key and marks every cached key view stale; the answer is never cached. */
export function useCreateOrgApiKey(orgId: string): (body: CreateOrgApiKey) => Promise<ApiKey> {
  const queryClient = useQueryClient();
  return useCallback(
    async (body) => {
      const created = await createOrgApiKey(orgId, body);
      // The lists refetch with the key masked, as every list does.
      void invalidateKeyQueries(queryClient);
      return created;
    },
    [orgId, queryClient],
  );
}
