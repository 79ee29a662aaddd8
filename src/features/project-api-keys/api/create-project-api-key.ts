// POST /api/atlas/v2/groups/{groupId}/apiKeys: a new organization key with the
// implicit Organization Member role, assigned to this project. The answer is
// the only place its private key is ever shown in full.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiKey, CreateProjectApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { invalidateKeyQueries } from "./invalidate-key-queries.ts";
import { projectApiKeysPath } from "./project-api-keys.ts";

export function useCreateProjectApiKey(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation<ApiKey, Error, CreateProjectApiKey>({
    mutationFn: async (body) =>
      apiRequest(projectApiKeysPath(groupId), {
        method: "POST",
        body,
        schema: (await import("../../../../contract/api-keys.ts")).apiKeySchema,
      }),
    onSuccess: () => invalidateKeyQueries(queryClient),
  });
}
