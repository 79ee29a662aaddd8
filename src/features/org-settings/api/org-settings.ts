// PATCH /api/atlas/v2/orgs/{orgId}/settings (the read is shared: lib/org-settings-query.ts).
// The page changes one field at a time; the answer is the whole object, written straight into the cache.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { OrgSettings, OrgSettingsPatch } from "../../../../contract/org-settings.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { orgSettingsPath, orgSettingsQueryOptions } from "../../../lib/org-settings-query.ts";

export function useUpdateOrgSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation<OrgSettings, Error, OrgSettingsPatch>({
    mutationFn: (patch) => apiRequest(orgSettingsPath(orgId), { method: "PATCH", body: patch }),
    onSuccess: (settings) => queryClient.setQueryData(orgSettingsQueryOptions(orgId).queryKey, settings),
  });
}
