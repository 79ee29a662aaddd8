// POST .../accessList: several entries in one request, all or nothing. The
// answer is the credential's whole list, which replaces the cached one.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AccessListEntry, AccessListEntryRequest } from "../../../../contract/access-list.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { accessListQueryOptions, requestAccessList, type AccessListOwner } from "./access-list.ts";

export function useAddAccessListEntries(owner: AccessListOwner) {
  const queryClient = useQueryClient();
  const { queryKey } = accessListQueryOptions(owner);
  return useMutation<Paginated<AccessListEntry>, Error, AccessListEntryRequest[]>({
    mutationFn: (entries) =>
      requestAccessList(owner, { method: "POST", body: entries, query: { itemsPerPage: queryKey[1].itemsPerPage } }),
    onSuccess: (list) => queryClient.setQueryData(queryKey, list),
  });
}
