// Where the people endpoints live, in one place: an organization's users and a
// project's users, asked for in the 2025-02-19 shape (the only one that lists
// pending invitations; the default version answers active members only).
import type { GroupUser, OrgUser } from "../../../../contract/org-users.ts";

export type { GroupUser, OrgUser };

export const USERS_MEDIA_TYPE = "application/vnd.atlas.2025-02-19+json";

/** What a change to people makes stale: both user lists, and the activity feed that records it. */
export const USER_FAMILIES = ["/users", "/events"] as const;

export const orgUsersEndpoint = "/atlas/v2/orgs/{orgId}/users";
export const projectUsersEndpoint = "/atlas/v2/groups/{groupId}/users";

export function orgUsersPath(orgId: string): string {
  return `/atlas/v2/orgs/${encodeURIComponent(orgId)}/users`;
}

export function orgUserPath(orgId: string, userId: string): string {
  return `${orgUsersPath(orgId)}/${encodeURIComponent(userId)}`;
}

export function projectUsersPath(groupId: string): string {
  return `/atlas/v2/groups/${encodeURIComponent(groupId)}/users`;
}

export function projectUserPath(groupId: string, userId: string): string {
  return `${projectUsersPath(groupId)}/${encodeURIComponent(userId)}`;
}

/** "Ada Lovelace", or null for a pending invitee or a member who never gave a name. */
export function fullName(user: OrgUser | GroupUser): string | null {
  if (user.orgMembershipStatus !== "ACTIVE") return null;
  return `${user.firstName} ${user.lastName}`.trim() || null;
}
