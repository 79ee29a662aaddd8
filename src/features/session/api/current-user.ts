// GET /api/private/session: who is signed in. `null` means signed out, a
// normal answer (200), so a cold load logs no 401 in the browser console.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CurrentUser } from "../../../../contract/session.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export function currentUserQueryOptions() {
  return queryOptions({
    queryKey: ["/private/me", {}] as const,
    queryFn: async ({ signal }): Promise<CurrentUser | null> => {
      const state = await apiRequest<{ user: CurrentUser | null }>("/private/session", {
        // Validated in development and tests only (see apiRequest): every first load runs this.
        schema: import.meta.env.DEV ? (await import("../../../../contract/session.ts")).sessionStateSchema : undefined,
        signal,
        sessionRequired: false,
      });
      return state.user;
    },
    // The session changes only through sign-in, sign-out or a 401, each of
    // which writes this query directly.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Typed key: getQueryData/setQueryData on it know the data is CurrentUser | null. */
export const currentUserQueryKey = currentUserQueryOptions().queryKey;

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
