// The Service Accounts tab of an organization's or a project's Access
// Manager: the shared page frame, the table, and the row actions' dialogs.
// The details modal (:clientId) renders in the Outlet, over the table.
import { lazy, Suspense, useState, type ReactNode } from "react";
import { Outlet, useLocation } from "react-router";
import { EmptyState } from "../../../components/empty-state.tsx";
import { HeaderActions, ResourcePage } from "../../../components/resource-page.tsx";
import { RowMenu } from "../../../components/row-menu.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { useArrivalNotice } from "../../../components/use-arrival-notice.ts";
import { usePageFeedback } from "../../../components/use-page-feedback.ts";
import { useDeleteServiceAccount } from "../api/change-service-account.ts";
import type { ServiceAccount, ServiceAccountScope } from "../api/service-account-types.ts";
import { removeManyOutcome, removeOutcome } from "./remove-outcomes.ts";
import { serviceAccountActions } from "./service-account-actions.ts";
import { ServiceAccountsTable } from "./service-accounts-table.tsx";

const DeleteServiceAccountDialog = lazy(async () => ({
  default: (await import("./delete-service-account-dialog.tsx")).DeleteServiceAccountDialog,
}));
const RemoveServiceAccountDialog = lazy(async () => ({
  default: (await import("./remove-service-account-dialog.tsx")).RemoveServiceAccountDialog,
}));
const BulkDeleteServiceAccountsDialog = lazy(async () => ({
  default: (await import("./bulk-delete-service-accounts-dialog.tsx")).BulkDeleteServiceAccountsDialog,
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
  const [removingMany, setRemovingMany] = useState<readonly ServiceAccount[] | null>(null);
  const inOrg = scope.kind === "org";

  // In an organization an account is deleted; in a project it only leaves.
  const leaves = inOrg ? null : projectName;
  function confirmRemove(account: ServiceAccount) {
    setRemoving(null);
    feedback.report(remove.mutateAsync(account), removeOutcome(account, leaves));
  }
  function confirmRemoveMany(accounts: readonly ServiceAccount[]) {
    setRemovingMany(null);
    void feedback.reportEach(accounts, (account) => remove.mutateAsync(account), removeManyOutcome(accounts, leaves));
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
  const manyProps = {
    onCancel: () => setRemovingMany(null),
    onConfirm: confirmRemoveMany,
    onClosed: () => feedback.headingRef.current?.focus(),
  };

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
        // Read-only users have nothing to do with a selection (Export needs none).
        renderBulkActions={
          canManage
            ? (selected) => (
                <Button variant={inOrg ? "danger" : undefined} onClick={() => setRemovingMany(selected)}>
                  {inOrg ? "Delete" : "Remove from Project"}
                </Button>
              )
            : undefined
        }
        highlightId={highlightId}
      />
      {removing ? (
        <Suspense fallback={null}>
          {inOrg ? (
            <DeleteServiceAccountDialog
              orgId={scope.orgId}
              account={removing}
              onCancel={() => setRemoving(null)}
              onConfirm={confirmRemove}
              onClosed={(gone) => feedback.returnFocus(removing.clientId, gone)}
            />
          ) : (
            <RemoveServiceAccountDialog
              projectName={projectName}
              accounts={[removing]}
              onCancel={() => setRemoving(null)}
              onConfirm={() => confirmRemove(removing)}
              onClosed={(gone) => feedback.returnFocus(removing.clientId, gone)}
            />
          )}
        </Suspense>
      ) : null}
      {removingMany ? (
        <Suspense fallback={null}>
          {inOrg ? (
            <BulkDeleteServiceAccountsDialog orgId={scope.orgId} accounts={removingMany} {...manyProps} />
          ) : (
            <RemoveServiceAccountDialog projectName={projectName} accounts={removingMany} {...manyProps} />
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
