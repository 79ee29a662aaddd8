// POST /api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList: several
// entries in one request, all or nothing. The answer is the key's whole list,
// which replaces the cached one.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AccessListEntry, AccessListEntryRequest } from "../../../../contract/access-list.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { accessListPath, accessListQueryOptions, type AccessListScope } from "./access-list.ts";

export function useAddAccessListEntries(scope: AccessListScope) {
  const queryClient = useQueryClient();
  const { queryKey } = accessListQueryOptions(scope);
  return useMutation<Paginated<AccessListEntry>, Error, AccessListEntryRequest[]>({
    mutationFn: async (entries) =>
      apiRequest(accessListPath(scope), {
        method: "POST",
        body: entries,
        query: { itemsPerPage: queryKey[1].itemsPerPage },
        schema: import.meta.env.DEV ? (await import("../../../../contract/access-list.ts")).accessListPageSchema : undefined,
      }),
    onSuccess: (list) => queryClient.setQueryData(queryKey, list),
  });
}
