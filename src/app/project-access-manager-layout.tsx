// A project's Access Manager: the same frame as the organization's (title,
// context line, section tabs), for one project. It resolves the project once:
// a project out of reach gets the "no access" page instead of the tabs, and
// the pages below get the project and the user's permissions as a ProjectScope.
import { Outlet, useParams } from "react-router";
import { LoadFailedBanner } from "../components/load-failed-banner.tsx";
import { LinkTabs } from "../components/ui/link-tabs.tsx";
import { useProject } from "../features/projects/api/project.ts";
import { isProjectOutOfReach } from "../features/projects/api/project-out-of-reach.ts";
import { ProjectNoAccess } from "../features/projects/components/project-no-access.tsx";
import { useCurrentUser } from "../features/session/api/current-user.ts";
import { projectAccessPath, projectActivityPath, projectServiceAccountsPath, projectUsersPath } from "../lib/paths.ts";
import { projectPermissions, type ProjectScope } from "../lib/project-scope.ts";
import styles from "./access-manager-layout.module.css";

export function ProjectAccessManagerLayout() {
  const { groupId = "" } = useParams();
  const project = useProject(groupId);
  const user = useCurrentUser();

  if (project.isPending) {
    return (
      <p role="status" className={styles.context}>
        Loading project…
      </p>
    );
  }
  // Only when nothing was loaded: a failed background refresh must not unmount
  // the pages below (the create wizard may be showing a private key).
  const failure = project.isError ? (
    <LoadFailedBanner title={project.data ? "Could not refresh this project" : "Could not load this project"} query={project} />
  ) : null;
  if (!project.data) {
    if (isProjectOutOfReach(project.error)) return <ProjectNoAccess orgPath="/" />;
    return failure;
  }

  const { id, orgId, name } = project.data;
  const scope: ProjectScope = { groupId: id, orgId, projectName: name, ...projectPermissions(user.data, orgId, id) };
  return (
    <div className={styles.layout}>
      <header>
        <p className={styles.context}>Project: {name}</p>
        <h1 className={styles.title}>Access Manager</h1>
      </header>
      <LinkTabs label="Access Manager sections" tabs={[
          { to: projectUsersPath(id), label: "Users" },
          { to: projectAccessPath(id), label: "API Keys" },
          { to: projectServiceAccountsPath(id), label: "Service Accounts" },
          { to: projectActivityPath(id), label: "Activity Feed" },
        ]} />
      {failure}
      <Outlet context={scope} />
    </div>
  );
}
