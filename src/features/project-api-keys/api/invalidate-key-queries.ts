// After any change to a key's project assignment, every cached view of keys
// may be stale: this project's list, the organization's list (its Projects
// column), the key itself and other projects' lists. Query keys start with
// the endpoint template (DESIGN.md), so one predicate finds them all without
// importing another feature's modules.
import type { QueryClient } from "@tanstack/react-query";

function isKeyQuery(queryKey: readonly unknown[]): boolean {
  const endpoint = queryKey[0];
  return typeof endpoint === "string" && endpoint.startsWith("/atlas/v2/") && endpoint.includes("/apiKeys");
}

export function invalidateKeyQueries(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => isKeyQuery(query.queryKey) });
}
