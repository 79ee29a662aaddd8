// GET /orgs/{orgId}/serviceAccounts/{clientId}/groups: the projects an
// organization's service account is in, with its roles in each.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Paginated } from "../../../../contract/pagination.ts";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../../lib/service-account-media-type.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import type { ServiceAccountProject } from "./service-account-types.ts";

export function serviceAccountProjectsQueryOptions(orgId: string, clientId: string) {
  return queryOptions({
    queryKey: ["/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/groups", { orgId, clientId }] as const,
    queryFn: ({ signal }): Promise<Paginated<ServiceAccountProject>> =>
      apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/serviceAccounts/${encodeURIComponent(clientId)}/groups`, { accept: SERVICE_ACCOUNT_MEDIA_TYPE, signal }),
  });
}

export function useServiceAccountProjects(orgId: string, clientId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...serviceAccountProjectsQueryOptions(orgId, clientId), enabled: options.enabled ?? true });
}
