// GET /api/private/ip: the caller's address as the server sees it, behind
// any proxy it trusts: what "Use Current IP Address" fills in.
import { queryOptions, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";

export function callerIpQueryOptions() {
  return queryOptions({
    queryKey: ["/private/ip", {}] as const,
    queryFn: async ({ signal }) => (await apiRequest<{ ipAddress: string }>("/private/ip", { signal })).ipAddress,
    // The address rarely changes within a visit; ask again after a minute.
    staleTime: 60_000,
  });
}

/** Fetches (or reuses) the caller's address on demand, e.g. on a button press. */
export function useFetchCallerIp(): () => Promise<string> {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery(callerIpQueryOptions());
}
