// The Service Accounts tab of an organization's or a project's Access
// Manager: the shared page frame, the table, and the row actions' dialogs.
// The details modal (:clientId) renders in the Outlet, over the table.
import { lazy, Suspense, useState, type ReactNode } from "react";
import { Outlet, useLocation } from "react-router";
import { EmptyState } from "../../../components/empty-state.tsx";
import { HeaderActions, ResourcePage } from "../../../components/resource-page.tsx";
import { RowMenu } from "../../../components/row-menu.tsx";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { useArrivalNotice } from "../../../components/use-arrival-notice.ts";
import { usePageFeedback } from "../../../components/use-page-feedback.ts";
import { useDeleteServiceAccount } from "../api/change-service-account.ts";
import type { ServiceAccount, ServiceAccountScope } from "../api/service-account-types.ts";
import { serviceAccountActions } from "./service-account-actions.ts";
import { ServiceAccountsTable } from "./service-accounts-table.tsx";

const DeleteServiceAccountDialog = lazy(async () => ({
  default: (await import("./delete-service-account-dialog.tsx")).DeleteServiceAccountDialog,
}));
const RemoveServiceAccountDialog = lazy(async () => ({
  default: (await import("./remove-service-account-dialog.tsx")).RemoveServiceAccountDialog,
}));

/** What the modals under a project's page read: the project's scope, and how to report an assignment. */
export interface AssignedContext {
  onAssigned: (clientId: string, name: string) => void;
}

export interface ServiceAccountsPageProps {
  scope: ServiceAccountScope;
  canManage: boolean;
  /** A project's name, for Remove from Project. */
  projectName?: string;
  /** Beside Create in a project: Assign an organization's account (Organization Owners). */
  extraActions?: ReactNode;
  /** What the modals under this page read (a project's scope). */
  outletContext?: unknown;
}

export function ServiceAccountsPage({ scope, canManage, projectName = "", extraActions, outletContext }: ServiceAccountsPageProps) {
  const { search } = useLocation();
  const remove = useDeleteServiceAccount(scope);
  const feedback = usePageFeedback();
  const { highlightId, mark } = useArrivalNotice(feedback.notify);
  const [removing, setRemoving] = useState<ServiceAccount | null>(null);
  const inOrg = scope.kind === "org";

  function confirmRemove(account: ServiceAccount) {
    setRemoving(null);
    feedback.report(
      remove.mutateAsync(account),
      inOrg
        ? { done: `Service account ${account.name} deleted.`, failed: `Could not delete service account ${account.name}`, unchanged: "It was not deleted." }
        : { done: `${account.name} removed from ${projectName}.`, failed: `Could not remove ${account.name}`, unchanged: "It is still in the project." },
    );
  }

  const create = (
    <ButtonLink to={{ pathname: "new", search }} variant="primary">
      Create Service Account
    </ButtonLink>
  );
  const actions = canManage ? (
    <HeaderActions>
      {extraActions}
      {create}
    </HeaderActions>
  ) : null;
  const dialogProps = (account: ServiceAccount) => ({
    account,
    onCancel: () => setRemoving(null),
    onConfirm: confirmRemove,
    onClosed: (gone: boolean) => feedback.returnFocus(account.clientId, gone),
  });

  return (
    <ResourcePage
      documentTitle="Service Accounts | Access Manager"
      heading={inOrg ? "Organization Service Accounts" : "Project Service Accounts"}
      lead="Accounts for programs that call the API with OAuth 2.0: a client ID and a secret traded for a one-hour access token."
      actions={actions}
      feedback={feedback}
    >
      <ServiceAccountsTable
        scope={scope}
        rolesLabel={inOrg ? "Organization Permissions" : "Project Permissions"}
        empty={
          <EmptyState
            title="No service accounts yet"
            text="Programs and tools log in with a service account's client ID and secret (OAuth 2.0 client credentials). The secret is shown only once."
            actions={canManage ? create : undefined}
            whoCan={inOrg ? "An Organization Owner can create one." : "A Project Owner can create one."}
          />
        }
        renderActions={(account) => (
          <RowMenu id={account.clientId} label={account.name} actions={serviceAccountActions(account, scope, canManage, setRemoving)} />
        )}
        highlightId={highlightId}
      />
      {removing ? (
        <Suspense fallback={null}>
          {inOrg ? (
            <DeleteServiceAccountDialog orgId={scope.orgId} {...dialogProps(removing)} />
          ) : (
            <RemoveServiceAccountDialog projectName={projectName} {...dialogProps(removing)} />
          )}
        </Suspense>
      ) : null}
      <Outlet
        context={{
          ...(typeof outletContext === "object" ? outletContext : {}),
          onAssigned: (clientId: string, name: string) => {
            feedback.notify(`${name} assigned to ${projectName}.`);
            mark(clientId);
          },
        } satisfies AssignedContext}
      />
    </ResourcePage>
  );
}
