// DELETE /api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}: takes the key out
// of this project only. It stays in the organization and in its other projects.
import { useMutation } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { projectApiKeysPath } from "./project-api-keys.ts";

export function useRemoveProjectApiKey(groupId: string) {
  return useMutation<void, Error, ApiKey>({
    mutationFn: async (apiKey) => {
      await apiRequest(`${projectApiKeysPath(groupId)}/${encodeURIComponent(apiKey.id)}`, { method: "DELETE" });
    },
    meta: { invalidatesKeys: true },
  });
}
