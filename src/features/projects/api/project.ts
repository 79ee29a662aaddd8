// GET /api/atlas/v2/groups/{groupId}: one project. The server answers 404
// GROUP_NOT_FOUND both for a project that does not exist and for one the
// user has no role in, so the console cannot tell them apart either.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Group } from "../../../../contract/orgs.ts";
import { apiRequest } from "../../../lib/api-client.ts";

const projectEndpoint = "/atlas/v2/groups/{groupId}";

export function projectQueryOptions(groupId: string) {
  const params = { groupId };
  return queryOptions({
    queryKey: [projectEndpoint, params] as const,
    queryFn: async ({ signal }): Promise<Group> =>
      apiRequest(`/atlas/v2/groups/${encodeURIComponent(groupId)}`, {
        // Validated in development and tests only (see apiRequest).
        schema: import.meta.env.DEV ? (await import("../../../../contract/orgs.ts")).groupSchema : undefined,
        signal,
      }),
    staleTime: 60_000,
  });
}

export function useProject(groupId: string | undefined) {
  return useQuery({ ...projectQueryOptions(groupId ?? ""), enabled: Boolean(groupId) });
}
