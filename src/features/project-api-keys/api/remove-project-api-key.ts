// DELETE /api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}: takes the key out
// of this project only. It stays in the organization and in its other projects.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { invalidateKeyQueries } from "./invalidate-key-queries.ts";
import { projectApiKeysPath } from "./project-api-keys.ts";

export function useRemoveProjectApiKey(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation<void, Error, ApiKey>({
    mutationFn: async (apiKey) => {
      await apiRequest(`${projectApiKeysPath(groupId)}/${encodeURIComponent(apiKey.id)}`, { method: "DELETE" });
    },
    onSettled: () => invalidateKeyQueries(queryClient),
  });
}
