// A service account's secrets: POST .../secrets (201) mints one, returned in
// full in that answer only (so never a cached mutation); DELETE
// .../secrets/{secretId} revokes one at once, with every token it minted.
import { useMutation } from "@tanstack/react-query";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../../lib/service-account-media-type.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { SERVICE_ACCOUNT_FAMILIES } from "../../../lib/invalidate-key-queries.ts";
import { useSecretRequest } from "../../../lib/use-secret-request.ts";
import { serviceAccountPath, type ServiceAccountScope, type ServiceAccountSecret } from "./service-account-types.ts";

export function useCreateSecret(scope: ServiceAccountScope, clientId: string): (hours: number) => Promise<ServiceAccountSecret> {
  return useSecretRequest<number, ServiceAccountSecret>(
    (hours) => ({ path: `${serviceAccountPath(scope, clientId)}/secrets`, body: { secretExpiresAfterHours: hours } }),
    SERVICE_ACCOUNT_FAMILIES,
    SERVICE_ACCOUNT_MEDIA_TYPE,
  );
}

export function useRevokeSecret(scope: ServiceAccountScope, clientId: string) {
  return useMutation<void, Error, string>({
    mutationFn: async (secretId) => {
      await apiRequest(`${serviceAccountPath(scope, clientId)}/secrets/${encodeURIComponent(secretId)}`, { method: "DELETE", accept: SERVICE_ACCOUNT_MEDIA_TYPE });
    },
    meta: { invalidates: SERVICE_ACCOUNT_FAMILIES },
  });
}
