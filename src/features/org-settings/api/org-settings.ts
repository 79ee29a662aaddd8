// GET and PATCH /api/atlas/v2/orgs/{orgId}/settings. The page changes one
// field at a time; the answer is the whole object, written straight into the cache.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OrgSettings, OrgSettingsPatch } from "../../../../contract/org-settings.ts";
import { apiRequest } from "../../../lib/api-client.ts";

const orgSettingsEndpoint = "/atlas/v2/orgs/{orgId}/settings";
const settingsPath = (orgId: string) => `/atlas/v2/orgs/${encodeURIComponent(orgId)}/settings`;

export function orgSettingsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [orgSettingsEndpoint, { orgId }] as const,
    queryFn: async ({ signal }): Promise<OrgSettings> =>
      apiRequest(settingsPath(orgId), {
        schema: import.meta.env.DEV ? (await import("../../../../contract/org-settings.ts")).orgSettingsSchema : undefined,
        signal,
      }),
  });
}

export function useOrgSettings(orgId: string) {
  return useQuery(orgSettingsQueryOptions(orgId));
}

export function useUpdateOrgSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation<OrgSettings, Error, OrgSettingsPatch>({
    mutationFn: (patch) => apiRequest(settingsPath(orgId), { method: "PATCH", body: patch }),
    onSuccess: (settings) => queryClient.setQueryData(orgSettingsQueryOptions(orgId).queryKey, settings),
  });
}
