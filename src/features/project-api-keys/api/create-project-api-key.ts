// POST /api/atlas/v2/groups/{groupId}/apiKeys: a new organization key with the
// implicit Organization Member role, assigned to this project. The answer is
// the only place its private key is ever shown in full, so, like the
// organization's create, this is deliberately NOT a useMutation: a mutation's
// data stays in the MutationCache after the wizard ends. The caller keeps the
// answer in component state only.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { ApiKey, CreateProjectApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { invalidateKeyQueries } from "../../../lib/invalidate-key-queries.ts";
import { projectApiKeysPath } from "./project-api-keys.ts";

export async function createProjectApiKey(groupId: string, body: CreateProjectApiKey): Promise<ApiKey> {
  return apiRequest(projectApiKeysPath(groupId), {
    method: "POST",
    body,
    schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeySchema : undefined,
  });
}

/** Creates the key and marks every key list stale (this project's and the organization's); the answer is never cached. */
export function useCreateProjectApiKey(groupId: string): (body: CreateProjectApiKey) => Promise<ApiKey> {
  const queryClient = useQueryClient();
  return useCallback(
    async (body) => {
      const created = await createProjectApiKey(groupId, body);
      void invalidateKeyQueries(queryClient);
      return created;
    },
    [groupId, queryClient],
  );
}
