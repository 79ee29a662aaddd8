// GET /api/private/me: who is signed in. `null` means signed out, which is a
// normal answer here, not an error.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CurrentUser } from "../../../../contract/session.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { ApiError } from "../../../lib/api-error.ts";

export function currentUserQueryOptions() {
  return queryOptions({
    queryKey: ["/private/me", {}] as const,
    queryFn: async ({ signal }): Promise<CurrentUser | null> => {
      try {
        return await apiRequest("/private/me", {
          // Validated in development and tests only (see apiRequest): every first load runs this.
          schema: import.meta.env.DEV ? (await import("../../../../contract/session.ts")).currentUserSchema : undefined,
          signal,
          sessionRequired: false,
        });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
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
