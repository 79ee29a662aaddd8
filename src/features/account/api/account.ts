// GET and PATCH /api/private/account: the signed-in user's name and whether
// two-factor sign-in is on (never the seed or codes: those are not readable).
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Account } from "../../../../contract/account.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export const accountQueryKey = ["/private/account", {}] as const;

export function accountQueryOptions() {
  return queryOptions({
    queryKey: accountQueryKey,
    queryFn: async ({ signal }): Promise<Account> =>
      apiRequest("/private/account", { signal, schema: (await import("../../../../contract/account.ts")).accountSchema }),
  });
}

export function useAccount() {
  return useQuery(accountQueryOptions());
}

export function useUpdateName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: { firstName: string; lastName: string }): Promise<Account> =>
      apiRequest("/private/account", { method: "PATCH", body: name, schema: (await import("../../../../contract/account.ts")).accountSchema }),
    onSuccess: (account) => queryClient.setQueryData(accountQueryKey, account),
  });
}
