// POST /api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId} with [{ roles }]:
// "Invite to Project" gives an existing organization key roles in this
// project in one request. 400 API_KEY_ALREADY_IN_GROUP if it is there already.
import { useMutation } from "@tanstack/react-query";
import type { ProjectRole } from "../../../../contract/role-catalog.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { projectApiKeysPath } from "./project-api-keys.ts";

export interface AssignProjectApiKey {
  keyId: string;
  roles: ProjectRole[];
}

export function useAssignProjectApiKey(groupId: string) {
  return useMutation<void, Error, AssignProjectApiKey>({
    mutationFn: async ({ keyId, roles }) => {
      // Atlas takes an array of one assignment (assignProjectApiKeySchema).
      await apiRequest(`${projectApiKeysPath(groupId)}/${encodeURIComponent(keyId)}`, {
        method: "POST",
        body: [{ roles }],
      });
    },
    // Also after a failure: "already in the project" means our list was stale.
    meta: { invalidatesKeys: true },
  });
}
