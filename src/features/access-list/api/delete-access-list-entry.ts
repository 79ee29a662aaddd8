// DELETE .../accessList/{entry} of a credential (see access-list.ts):
// one entry, named by its address or block (the slash of a block encoded).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { accessListAccept, accessListPath, accessListQueryOptions, type AccessListOwner } from "./access-list.ts";

/** How an entry is named in its URL: the address it was added as, else its block. */
export function entryName(entry: Pick<AccessListEntry, "cidrBlock" | "ipAddress">): string {
  return entry.ipAddress ?? entry.cidrBlock;
}

export function useDeleteAccessListEntry(owner: AccessListOwner) {
  const queryClient = useQueryClient();
  const { queryKey } = accessListQueryOptions(owner);
  return useMutation<void, Error, AccessListEntry>({
    mutationFn: async (entry) => {
      await apiRequest(`${accessListPath(owner)}/${encodeURIComponent(entryName(entry))}`, { method: "DELETE", accept: accessListAccept(owner) });
    },
    onSuccess: (_data, entry) =>
      // Gone at once; the refetch after the whole save confirms the rest.
      queryClient.setQueryData(queryKey, (list) =>
        list ? { ...list, results: list.results.filter((candidate) => candidate.cidrBlock !== entry.cidrBlock) } : list,
      ),
  });
}
