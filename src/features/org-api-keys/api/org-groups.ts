// The organization's project names by id, for the key screens (keys carry
// only group ids): the project picker's query (one request for both),
// selected down to id -> name.
import { useQuery } from "@tanstack/react-query";
import type { Group } from "../../../../contract/orgs.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { orgProjectsQueryOptions } from "../../projects/api/org-projects.ts";

// Defined once: React Query keeps the selected Map while the data is the same
// only if `select` is the same function, and the table memoises its rows on it.
function namesById(page: Paginated<Group>): ReadonlyMap<string, string> {
  return new Map(page.results.map((group) => [group.id, group.name]));
}

/** Without an org id (a project's activity feed, which needs no names), nothing is asked. */
export function useOrgGroupNames(orgId: string | undefined) {
  return useQuery({ ...orgProjectsQueryOptions(orgId ?? ""), select: namesById, enabled: Boolean(orgId) });
}
