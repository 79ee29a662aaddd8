// GET /api/private/account/sessions and POST .../sign-out-others.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SessionInfo } from "../../../../contract/account.ts";
import { apiRequest } from "../../../lib/api-client.ts";

const sessionsQueryKey = ["/private/account/sessions", {}] as const;

export function useSessions() {
  return useQuery(
    queryOptions({
      queryKey: sessionsQueryKey,
      queryFn: async ({ signal }): Promise<SessionInfo[]> =>
        (await apiRequest("/private/account/sessions", { signal, schema: (await import("../../../../contract/account.ts")).sessionListSchema })).results,
    }),
  );
}

export function useSignOutOthers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ ended: number }>("/private/account/sessions/sign-out-others", { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
