// GET /api/atlas/v2/orgs/{orgId}/settings: read by the settings page and by
// the service-account screens (the longest a client secret may live), so it
// lives here rather than in either feature. One cache entry per organization.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { OrgSettings } from "../../contract/org-settings.ts";
import { apiRequest } from "./api-client.ts";

const orgSettingsEndpoint = "/atlas/v2/orgs/{orgId}/settings";

export const orgSettingsPath = (orgId: string) => `/atlas/v2/orgs/${encodeURIComponent(orgId)}/settings`;

export function orgSettingsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [orgSettingsEndpoint, { orgId }] as const,
    queryFn: async ({ signal }): Promise<OrgSettings> =>
      apiRequest(orgSettingsPath(orgId), {
        schema: import.meta.env.DEV ? (await import("../../contract/org-settings.ts")).orgSettingsSchema : undefined,
        signal,
      }),
  });
}

export function useOrgSettings(orgId: string) {
  return useQuery(orgSettingsQueryOptions(orgId));
}
