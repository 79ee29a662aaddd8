// The writes on people that carry no secret: an org member's roles (PATCH
// replaces the org roles and, when sent, every project assignment), removal
// from the organization (or cancelling an invitation), and a project's users:
// add an org member, replace their project roles, remove them from the project.
import { useMutation } from "@tanstack/react-query";
import type { OrgUserRolesRequest } from "../../../../contract/people.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { orgUserPath, projectUserPath, projectUsersPath, USER_FAMILIES, USERS_MEDIA_TYPE, type GroupUser, type OrgUser } from "./user-types.ts";

const accept = USERS_MEDIA_TYPE;
const meta = { invalidates: USER_FAMILIES };

export function useUpdateOrgUserRoles(orgId: string) {
  return useMutation<OrgUser, Error, { userId: string; roles: OrgUserRolesRequest }>({
    mutationFn: ({ userId, roles }) => apiRequest(orgUserPath(orgId, userId), { method: "PATCH", body: { roles }, accept }),
    meta,
  });
}

/** An active member leaves the organization and its projects; a pending one's invitation is cancelled. */
export function useRemoveOrgUser(orgId: string) {
  return useMutation<void, Error, OrgUser>({
    mutationFn: async (user) => {
      await apiRequest(orgUserPath(orgId, user.id), { method: "DELETE", accept });
    },
    meta,
  });
}

export function useAddProjectUser(groupId: string) {
  return useMutation<GroupUser, Error, { username: string; roles: string[] }>({
    mutationFn: (body) => apiRequest(projectUsersPath(groupId), { method: "POST", body, accept }),
    meta,
  });
}

export function useUpdateProjectRoles(groupId: string) {
  return useMutation<GroupUser, Error, { userId: string; groupRoles: string[] }>({
    mutationFn: ({ userId, groupRoles }) =>
      apiRequest(`${projectUserPath(groupId, userId)}/roles`, { method: "PUT", body: { groupRoles }, accept }),
    meta,
  });
}

export function useRemoveProjectUser(groupId: string) {
  return useMutation<void, Error, GroupUser>({
    mutationFn: async (user) => {
      await apiRequest(projectUserPath(groupId, user.id), { method: "DELETE", accept });
    },
    meta,
  });
}
