// POST /api/atlas/v2/groups, PATCH and DELETE /api/atlas/v2/groups/{groupId}:
// create, rename and delete a project. Each refreshes every cached view of
// projects (the org's list, the project itself) and of keys (a deleted
// project's key assignments are gone with it).
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Group } from "../../../../contract/orgs.ts";
import { apiRequest } from "../../../lib/api-client.ts";

const projectPath = (groupId: string) => `/atlas/v2/groups/${encodeURIComponent(groupId)}`;

function refreshProjects(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const endpoint = String(query.queryKey[0]);
      return endpoint.includes("/groups") || endpoint.includes("/apiKeys");
    },
  });
}

export function useCreateProject(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation<Group, Error, string>({
    mutationFn: (name) => apiRequest("/atlas/v2/groups", { method: "POST", body: { name, orgId } }),
    onSettled: () => refreshProjects(queryClient),
  });
}

export function useRenameProject() {
  const queryClient = useQueryClient();
  return useMutation<Group, Error, { groupId: string; name: string }>({
    mutationFn: ({ groupId, name }) => apiRequest(projectPath(groupId), { method: "PATCH", body: { name } }),
    onSettled: () => refreshProjects(queryClient),
  });
}

export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, Group>({
    mutationFn: async (project) => {
      await apiRequest(projectPath(project.id), { method: "DELETE" });
    },
    onSettled: () => refreshProjects(queryClient),
  });
}
