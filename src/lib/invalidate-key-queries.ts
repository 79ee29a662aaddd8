// After a key is created, deleted, or given or stripped of a project, every
// cached view of keys may be stale: the organization's list (its Projects
// column), each project's list, the key itself and its access list. Query
// keys start with the endpoint template (DESIGN.md), and only the API key
// endpoints have "/apiKeys" in theirs, so one predicate finds them all
// without importing any feature's query modules.
//
// A mutation asks for it with `meta: { invalidatesKeys: true }`; the query
// client (src/app/providers.tsx) runs it once the mutation settles, success
// or failure (a refusal such as "already in the project" means our copy was
// stale too), before mutateAsync resolves.
import type { QueryClient } from "@tanstack/react-query";

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: {
      invalidatesKeys?: boolean;
      /** Endpoint families ("/serviceAccounts", "/events") whose every cached view is stale after this change. */
      invalidates?: readonly string[];
    };
  }
}

export function invalidateKeyQueries(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).includes("/apiKeys") });
}

/** Refreshes every cached view whose endpoint contains one of `families` ("/serviceAccounts"). */
export function invalidateFamilies(queryClient: QueryClient, families: readonly string[]): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => families.some((family) => String(query.queryKey[0]).includes(family)) });
}

/** What a service-account change makes stale: its lists and views, and the activity feed that records it. */
export const SERVICE_ACCOUNT_FAMILIES = ["/serviceAccounts", "/events"] as const;
