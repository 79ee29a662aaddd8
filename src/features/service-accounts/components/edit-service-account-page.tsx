// .../serviceAccounts/:clientId/edit: loads the account, its access list and,
// in an organization, the projects it is in, then hands them to the wizard
// (which reads them once as its starting values). Gone, failed and loading
// are said in the wizard's frame. The way back keeps the table's query string.
import { useParams, useSearchParams } from "react-router";
import { combinedQuery, LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { Notice } from "../../../components/ui/notice.tsx";
import { tableSearchOf } from "../../../components/wizard/use-step-param.ts";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";
import { ApiError } from "../../../lib/api-error.ts";
import { useAccessList } from "../../access-list/api/access-list.ts";
import { useServiceAccountProjects } from "../api/service-account-projects.ts";
import { useServiceAccount } from "../api/service-accounts.ts";
import { accessListOwnerOf, type ServiceAccountScope } from "../api/service-account-types.ts";
import { EditServiceAccountWizard } from "./edit-service-account-wizard.tsx";

export interface EditServiceAccountPageProps {
  scope: ServiceAccountScope;
  tablePath: string;
  backLabel: string;
}

export function EditServiceAccountPage({ scope, tablePath: tableBase, backLabel }: EditServiceAccountPageProps) {
  const { clientId = "" } = useParams();
  const [params] = useSearchParams();
  const tablePath = tableBase + tableSearchOf(params);
  const account = useServiceAccount(scope, clientId);
  const list = useAccessList(accessListOwnerOf(scope, clientId));
  // Only for the warning's number: the page does not wait for it, nor fail with it.
  const projects = useServiceAccountProjects(scope.orgId, clientId, { enabled: scope.kind === "org" });
  const title = scope.kind === "org" ? "Edit Service Account" : "Edit Permissions";
  if (account.data && !account.isPlaceholderData && list.data) {
    return (
      <EditServiceAccountWizard
        scope={scope}
        account={account.data}
        entries={list.data.results}
        projectCount={projects.data?.results.length}
        tablePath={tablePath}
        backLabel={backLabel}
      />
    );
  }
  const reads = combinedQuery(account, list);
  let body;
  if (reads.error instanceof ApiError && reads.error.status === 404) {
    body = <Notice>This service account no longer exists here. It may have been deleted.</Notice>;
  } else if (reads.error) {
    body = <LoadFailedBanner title="Could not load this service account" query={reads} />;
  } else {
    body = <p role="status">Loading service account…</p>;
  }
  return (
    <WizardFrame title={title} tablePath={tablePath} backLabel={backLabel}>
      {body}
    </WizardFrame>
  );
}
