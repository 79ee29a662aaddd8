// The organization's project names by id, for the key screens (keys carry
// only group ids): the project picker's query (one request for both),
// selected down to id -> name.
import { useQuery } from "@tanstack/react-query";
import { orgProjectsQueryOptions } from "../../projects/api/org-projects.ts";

export function useOrgGroupNames(orgId: string) {
  return useQuery({
    ...orgProjectsQueryOptions(orgId),
    select: (page) => new Map(page.results.map((group) => [group.id, group.name])),
  });
}
