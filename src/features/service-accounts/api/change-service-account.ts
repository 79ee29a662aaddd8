// PATCH .../serviceAccounts/{clientId}: name, description and roles (the
// roles replace the old set); DELETE: from an organization, the account and
// its secrets are gone; from a project, it only leaves the project.
import { useMutation } from "@tanstack/react-query";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../../lib/service-account-media-type.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { SERVICE_ACCOUNT_FAMILIES } from "../../../lib/invalidate-key-queries.ts";
import {
  serviceAccountPath,
  type ServiceAccount,
  type ServiceAccountInfo,
  type ServiceAccountScope,
} from "./service-account-types.ts";

export function useUpdateServiceAccount(scope: ServiceAccountScope, clientId: string) {
  return useMutation<ServiceAccount, Error, Partial<ServiceAccountInfo>>({
    mutationFn: (body) => apiRequest(serviceAccountPath(scope, clientId), { method: "PATCH", body, accept: SERVICE_ACCOUNT_MEDIA_TYPE }),
    meta: { invalidates: SERVICE_ACCOUNT_FAMILIES },
  });
}

export function useDeleteServiceAccount(scope: ServiceAccountScope) {
  return useMutation<void, Error, ServiceAccount>({
    mutationFn: async (account) => {
      await apiRequest(serviceAccountPath(scope, account.clientId), { method: "DELETE", accept: SERVICE_ACCOUNT_MEDIA_TYPE });
    },
    meta: { invalidates: SERVICE_ACCOUNT_FAMILIES },
  });
}

/** POST /groups/{groupId}/serviceAccounts/{clientId}:invite: an organization's account joins the project with these roles. */
export function useInviteServiceAccount(groupId: string) {
  return useMutation<ServiceAccount, Error, { clientId: string; roles: string[] }>({
    mutationFn: ({ clientId, roles }) =>
      apiRequest(`/atlas/v2/groups/${encodeURIComponent(groupId)}/serviceAccounts/${encodeURIComponent(clientId)}:invite`, {
        method: "POST",
        body: { roles },
        accept: SERVICE_ACCOUNT_MEDIA_TYPE,
      }),
    meta: { invalidates: SERVICE_ACCOUNT_FAMILIES },
  });
}
