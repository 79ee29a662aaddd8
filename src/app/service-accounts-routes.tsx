// The Service Accounts routes of an organization's and a project's Access
// Manager: each gives the feature its scope (which organization or project,
// what the user may do there) and the way back. One lazy chunk: none of this
// is in the first load of the API Keys page.
import { useOutletContext, useParams } from "react-router";
import { OwnerRequiredNotice } from "../components/owner-required-notice.tsx";
import { ButtonLink } from "../components/ui/button.tsx";
import { WizardFrame } from "../components/wizard/wizard-frame.tsx";
import { useCurrentUser } from "../features/session/api/current-user.ts";
import type { ServiceAccountScope } from "../features/service-accounts/api/service-account-types.ts";
import { AssignServiceAccountDialog } from "../features/service-accounts/components/assign-service-account-dialog.tsx";
import { CreateServiceAccountWizard } from "../features/service-accounts/components/create-service-account-wizard.tsx";
import { EditServiceAccountPage } from "../features/service-accounts/components/edit-service-account-page.tsx";
import { ServiceAccountDetailsDialog } from "../features/service-accounts/components/service-account-details-dialog.tsx";
import { ServiceAccountsPage, type AssignedContext } from "../features/service-accounts/components/service-accounts-page.tsx";
import { isOrgOwner } from "../lib/org-owner.ts";
import { orgServiceAccountsPath, projectServiceAccountsPath } from "../lib/paths.ts";
import { useProjectScope } from "../lib/project-scope.ts";

const ORG_BACK = "Organization Service Accounts";
const PROJECT_BACK = "Project Service Accounts";

function useOrgScope(): { scope: ServiceAccountScope; canManage: boolean } {
  const { orgId = "" } = useParams();
  const user = useCurrentUser();
  return { scope: { kind: "org", orgId }, canManage: isOrgOwner(user.data, orgId) };
}

function useProjectAccountScope(): { scope: ServiceAccountScope; canManage: boolean; project: ReturnType<typeof useProjectScope> } {
  const project = useProjectScope();
  return { scope: { kind: "project", orgId: project.orgId, groupId: project.groupId }, canManage: project.canManage, project };
}

/** Create and Edit at their URL for someone who may not: the reason and the way back. */
function NotAllowed({ title, action, tablePath, project }: { title: string; action: string; tablePath: string; project: boolean }) {
  return (
    <WizardFrame title={title} tablePath={tablePath} backLabel={project ? PROJECT_BACK : ORG_BACK}>
      <OwnerRequiredNotice action={action} project={project} />
      <p>
        <ButtonLink to={tablePath}>Back to Service Accounts</ButtonLink>
      </p>
    </WizardFrame>
  );
}

export function OrgServiceAccountsRoute() {
  const { scope, canManage } = useOrgScope();
  return <ServiceAccountsPage scope={scope} canManage={canManage} />;
}

export function OrgServiceAccountDetailsRoute() {
  const { scope, canManage } = useOrgScope();
  return <ServiceAccountDetailsDialog scope={scope} canManage={canManage} />;
}

export function CreateOrgServiceAccountRoute() {
  const { scope, canManage } = useOrgScope();
  const tablePath = orgServiceAccountsPath(scope.orgId);
  if (!canManage) return <NotAllowed title="Create Service Account" action="create service accounts in this organization" tablePath={tablePath} project={false} />;
  return <CreateServiceAccountWizard scope={scope} tablePath={tablePath} backLabel={ORG_BACK} />;
}

export function EditOrgServiceAccountRoute() {
  const { scope, canManage } = useOrgScope();
  const tablePath = orgServiceAccountsPath(scope.orgId);
  if (!canManage) return <NotAllowed title="Edit Service Account" action="edit service accounts in this organization" tablePath={tablePath} project={false} />;
  return <EditServiceAccountPage scope={scope} tablePath={tablePath} backLabel={ORG_BACK} />;
}

export function ProjectServiceAccountsRoute() {
  const { scope, canManage, project } = useProjectAccountScope();
  return (
    <ServiceAccountsPage
      scope={scope}
      canManage={canManage}
      projectName={project.projectName}
      // :invite needs an Organization Owner (the contract's rule).
      extraActions={project.canManageOrg ? <ButtonLink to="invite">Assign Existing Service Account</ButtonLink> : null}
      outletContext={project}
    />
  );
}

export function ProjectServiceAccountDetailsRoute() {
  const { scope, canManage } = useProjectAccountScope();
  return <ServiceAccountDetailsDialog scope={scope} canManage={canManage} />;
}

export function AssignServiceAccountRoute() {
  const { project } = useProjectAccountScope();
  const { onAssigned } = useOutletContext<AssignedContext>();
  return <AssignServiceAccountDialog orgId={project.orgId} groupId={project.groupId} projectName={project.projectName} onAssigned={onAssigned} />;
}

export function CreateProjectServiceAccountRoute() {
  const { scope, canManage, project } = useProjectAccountScope();
  const tablePath = projectServiceAccountsPath(project.groupId);
  if (!canManage) return <NotAllowed title="Create Service Account" action={`create service accounts in ${project.projectName}`} tablePath={tablePath} project />;
  return <CreateServiceAccountWizard scope={scope} tablePath={tablePath} backLabel={PROJECT_BACK} />;
}

export function EditProjectServiceAccountRoute() {
  const { scope, canManage, project } = useProjectAccountScope();
  const tablePath = projectServiceAccountsPath(project.groupId);
  if (!canManage) return <NotAllowed title="Edit Permissions" action={`change permissions in ${project.projectName}`} tablePath={tablePath} project />;
  return <EditServiceAccountPage scope={scope} tablePath={tablePath} backLabel={PROJECT_BACK} />;
}
