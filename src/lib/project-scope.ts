// What the project's Access Manager layout resolves once (the project, its
// organization, what the user may do there) and hands to the pages below it
// through the route outlet, so pages neither refetch nor re-decide it.
import { useOutletContext } from "react-router";

export interface ProjectScope {
  groupId: string;
  orgId: string;
  projectName: string;
  /** Project Owner here or Organization Owner: create, invite, edit permissions, remove. */
  canManage: boolean;
  /** Organization Owner: may open the organization-level key pages (edit the access list). */
  canManageOrg: boolean;
}

export function useProjectScope(): ProjectScope {
  return useOutletContext<ProjectScope>();
}

interface Membership {
  orgRoles: { orgId: string; roles: string[] }[];
  groupRoles: { groupId: string; roles: string[] }[];
}

/** The console only hides controls; the server decides either way (server/domain/permissions.ts). */
export function projectPermissions(user: Membership | null | undefined, orgId: string, groupId: string) {
  const canManageOrg = user?.orgRoles.some((m) => m.orgId === orgId && m.roles.includes("ORG_OWNER")) ?? false;
  const ownsProject = user?.groupRoles.some((m) => m.groupId === groupId && m.roles.includes("GROUP_OWNER")) ?? false;
  return { canManage: canManageOrg || ownsProject, canManageOrg };
}
