// The Users routes of an organization's and a project's Access Manager: each
// gives the feature its scope and what the signed-in user may do there. One
// lazy chunk, outside the first load of the API Keys page.
import { useParams } from "react-router";
import { useCurrentUser } from "../features/session/api/current-user.ts";
import { OrgUsersPage } from "../features/users/components/org-users-page.tsx";
import { ProjectUsersPage } from "../features/users/components/project-users-page.tsx";
import { isOrgOwner } from "../lib/org-owner.ts";
import { useProjectScope } from "../lib/project-scope.ts";

export function OrgUsersRoute() {
  const { orgId = "" } = useParams();
  const user = useCurrentUser();
  return <OrgUsersPage orgId={orgId} canManage={isOrgOwner(user.data, orgId)} selfId={user.data?.id} />;
}

export function ProjectUsersRoute() {
  const project = useProjectScope();
  return <ProjectUsersPage scope={project} />;
}
