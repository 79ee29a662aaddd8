// GET /api/atlas/v2/orgs: the organizations the signed-in user belongs to.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { LIMITS } from "../../../../contract/limits.ts";
import { apiRequest } from "../../../lib/api-client.ts";

const endpoint = "/atlas/v2/orgs";

export function orgsQueryOptions() {
  // One page of the maximum size: a user in more organizations than that is
  // not a case this switcher needs to serve.
  const params = { itemsPerPage: LIMITS.itemsPerPageMax };
  return queryOptions({
    queryKey: [endpoint, params] as const,
    queryFn: async ({ signal }) =>
      apiRequest(endpoint, {
        query: params,
        // Validated in development and tests only (see apiRequest): the switcher is on every first load.
        schema: import.meta.env.DEV ? (await import("../../../../contract/orgs.ts")).orgPageSchema : undefined,
        signal,
      }),
    staleTime: 60_000,
  });
}

export function useOrgs() {
  return useQuery(orgsQueryOptions());
}
