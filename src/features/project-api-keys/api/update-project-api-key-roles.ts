// PATCH /api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId} with { roles }:
// the roles REPLACE the key's roles in this project (not added to them).
import { useMutation } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import type { ProjectRole } from "../../../../contract/role-catalog.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { projectApiKeysPath } from "./project-api-keys.ts";

export interface UpdateProjectApiKeyRoles {
  keyId: string;
  roles: ProjectRole[];
}

export function useUpdateProjectApiKeyRoles(groupId: string) {
  return useMutation<ApiKey, Error, UpdateProjectApiKeyRoles>({
    mutationFn: async ({ keyId, roles }) =>
      apiRequest(`${projectApiKeysPath(groupId)}/${encodeURIComponent(keyId)}`, {
        method: "PATCH",
        body: { roles },
        schema: import.meta.env.DEV ? (await import("../../../../contract/api-keys.ts")).apiKeySchema : undefined,
      }),
    meta: { invalidatesKeys: true },
  });
}
