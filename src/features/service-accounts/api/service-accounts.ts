// GET .../serviceAccounts and .../serviceAccounts/{clientId}: an organization's
// or a project's service accounts, and one of them. Secrets come masked.
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../../lib/service-account-media-type.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { TABLE_POLL } from "../../../lib/table-poll.ts";
import {
  scopeParams,
  serviceAccountPath,
  serviceAccountsEndpoint,
  serviceAccountsPath,
  type ServiceAccount,
  type ServiceAccountScope,
} from "./service-account-types.ts";

export function serviceAccountsQueryOptions(scope: ServiceAccountScope) {
  // One page of the largest size holds them all, so the table filters and sorts locally.
  const params = { ...scopeParams(scope), itemsPerPage: LIMITS.itemsPerPageMax };
  return queryOptions({
    queryKey: [serviceAccountsEndpoint(scope), params] as const,
    queryFn: ({ signal }): Promise<Paginated<ServiceAccount>> =>
      apiRequest(serviceAccountsPath(scope), { query: { itemsPerPage: params.itemsPerPage }, accept: SERVICE_ACCOUNT_MEDIA_TYPE, signal }),
  });
}

export function useServiceAccounts(scope: ServiceAccountScope, options: { poll?: boolean } = {}) {
  return useQuery({ ...serviceAccountsQueryOptions(scope), ...(options.poll ? TABLE_POLL : {}) });
}

export function serviceAccountQueryOptions(scope: ServiceAccountScope, clientId: string) {
  const params = { ...scopeParams(scope), clientId };
  return queryOptions({
    queryKey: [`${serviceAccountsEndpoint(scope)}/{clientId}`, params] as const,
    queryFn: ({ signal }): Promise<ServiceAccount> => apiRequest(serviceAccountPath(scope, clientId), { accept: SERVICE_ACCOUNT_MEDIA_TYPE, signal }),
  });
}

export function useServiceAccount(scope: ServiceAccountScope, clientId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    ...serviceAccountQueryOptions(scope, clientId),
    // Opened from the table, the account is already in the list: show it at once.
    placeholderData: () =>
      queryClient.getQueryData(serviceAccountsQueryOptions(scope).queryKey)?.results.find((account) => account.clientId === clientId),
  });
}
