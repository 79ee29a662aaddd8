// DELETE /api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}: removes the key from
// the organization and from every project. The row leaves the table at once
// (optimistic) and comes back where it was if the server refuses.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { orgApiKeysQueryOptions } from "./org-api-keys.ts";

interface Rollback {
  index: number;
}

export function useDeleteOrgApiKey(orgId: string) {
  const queryClient = useQueryClient();
  const listKey = orgApiKeysQueryOptions(orgId).queryKey;

  return useMutation<void, Error, ApiKey, Rollback>({
    mutationFn: async (apiKey) => {
      await apiRequest(`/atlas/v2/orgs/${encodeURIComponent(orgId)}/apiKeys/${encodeURIComponent(apiKey.id)}`, {
        method: "DELETE",
      });
    },
    onMutate: async (apiKey) => {
      // A refetch in flight would put the row back before the server has answered.
      await queryClient.cancelQueries({ queryKey: listKey });
      const list = queryClient.getQueryData(listKey);
      const index = list?.results.findIndex((candidate) => candidate.id === apiKey.id) ?? -1;
      if (list && index >= 0) {
        queryClient.setQueryData(listKey, {
          ...list,
          results: list.results.filter((candidate) => candidate.id !== apiKey.id),
          totalCount: list.totalCount === undefined ? undefined : list.totalCount - 1,
        });
      }
      return { index };
    },
    onError: (_error, apiKey, rollback) => {
      // Put back only this key, where it was: other deletes may be in flight,
      // so restoring a whole snapshot could resurrect their rows.
      queryClient.setQueryData(listKey, (list) => {
        if (!list || list.results.some((candidate) => candidate.id === apiKey.id)) return list;
        const results = [...list.results];
        results.splice(Math.min(Math.max(rollback?.index ?? 0, 0), results.length), 0, apiKey);
        return { ...list, results, totalCount: list.totalCount === undefined ? undefined : list.totalCount + 1 };
      });
    },
    onSuccess: (_data, apiKey) => {
      // The key's own queries (details, access list) answer 404 from now on.
      // Matched by the apiUserId param rather than by importing each endpoint,
      // which keeps them out of the table's first download.
      queryClient.removeQueries({
        predicate: (query) => (query.queryKey[1] as { apiUserId?: unknown } | undefined)?.apiUserId === apiKey.id,
      });
    },
    // Every view of keys (this org's list, its projects' lists) may have changed.
    meta: { invalidatesKeys: true },
  });
}
