// POST .../serviceAccounts (201): a new service account with its first
// secret, in full, in this answer only. Like every request that returns a
// secret, never a cached mutation (see use-secret-request.ts).
import type { CreateServiceAccount, ServiceAccount, ServiceAccountScope } from "./service-account-types.ts";
import { serviceAccountsPath } from "./service-account-types.ts";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../../lib/service-account-media-type.ts";
import { useSecretRequest } from "../../../lib/use-secret-request.ts";
import { SERVICE_ACCOUNT_FAMILIES } from "../../../lib/invalidate-key-queries.ts";

export function useCreateServiceAccount(scope: ServiceAccountScope): (body: CreateServiceAccount) => Promise<ServiceAccount> {
  return useSecretRequest<CreateServiceAccount, ServiceAccount>(
    (body) => ({ path: serviceAccountsPath(scope), body }),
    SERVICE_ACCOUNT_FAMILIES,
    SERVICE_ACCOUNT_MEDIA_TYPE,
  );
}
