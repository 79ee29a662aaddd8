// Which keys an event may link to: those that still exist in this scope (the
// org's keys, or the project's), read with the keys tables' own queries, so a
// visit to the keys tab and the feed share one request. A deleted key, or one
// that has left the project, gets no link: its details would only say it is gone.
import { useQuery } from "@tanstack/react-query";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { orgApiKeysQueryOptions } from "../../org-api-keys/api/org-api-keys.ts";
import { projectApiKeysQueryOptions } from "../../project-api-keys/api/project-api-keys.ts";
import type { FeedScope } from "./events.ts";

// Defined once, so React Query keeps the selected Set while the data is the same.
function idsOf(page: Paginated<ApiKey>): ReadonlySet<string> {
  return new Set(page.results.map((key) => key.id));
}

export function useExistingKeyIds(scope: FeedScope): ReadonlySet<string> | undefined {
  const org = useQuery({ ...orgApiKeysQueryOptions(scope.id), select: idsOf, enabled: scope.kind === "org" });
  const project = useQuery({ ...projectApiKeysQueryOptions(scope.id), select: idsOf, enabled: scope.kind === "project" });
  return scope.kind === "org" ? org.data : project.data;
}
