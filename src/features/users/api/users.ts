// GET /orgs/{orgId}/users and /groups/{groupId}/users: everyone in an
// organization or a project, members and pending invitees, in one page of the
// largest size so the table filters and sorts locally.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { LIMITS } from "../../../../contract/limits.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { TABLE_POLL } from "../../../lib/table-poll.ts";
import {
  orgUsersEndpoint,
  orgUsersPath,
  projectUsersEndpoint,
  projectUsersPath,
  USERS_MEDIA_TYPE,
  type GroupUser,
  type OrgUser,
} from "./user-types.ts";

const itemsPerPage = LIMITS.itemsPerPageMax;

function orgUsersQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [orgUsersEndpoint, { orgId, itemsPerPage }] as const,
    queryFn: ({ signal }): Promise<Paginated<OrgUser>> =>
      apiRequest(orgUsersPath(orgId), { query: { itemsPerPage }, accept: USERS_MEDIA_TYPE, signal }),
  });
}

export function useOrgUsers(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...orgUsersQueryOptions(orgId), ...TABLE_POLL, enabled: options.enabled ?? true });
}

function projectUsersQueryOptions(groupId: string) {
  return queryOptions({
    queryKey: [projectUsersEndpoint, { groupId, itemsPerPage }] as const,
    queryFn: ({ signal }): Promise<Paginated<GroupUser>> =>
      apiRequest(projectUsersPath(groupId), { query: { itemsPerPage }, accept: USERS_MEDIA_TYPE, signal }),
  });
}

export function useProjectUsers(groupId: string) {
  return useQuery({ ...projectUsersQueryOptions(groupId), ...TABLE_POLL });
}
