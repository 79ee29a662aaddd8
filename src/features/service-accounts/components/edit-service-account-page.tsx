// Edit a service account: in an organization its Name, Description and
// Organization Permissions; in a project its Project Permissions (the roles
// replace the old set). Save sends only what changed and returns to the
// table with a toast; leaving with changes not saved asks first. A refusal
// stays next to its field or in a banner, and changes nothing.
import { useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { Notice } from "../../../components/ui/notice.tsx";
import { LeaveUnsavedDialog } from "../../../components/wizard/leave-unsaved-dialog.tsx";
import { useLeaveGuard } from "../../../components/wizard/use-leave-guard.ts";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";
import styles from "../../../components/wizard/wizard.module.css";
import { ApiError } from "../../../lib/api-error.ts";
import { useUpdateServiceAccount } from "../api/change-service-account.ts";
import { useServiceAccount } from "../api/service-accounts.ts";
import type { ServiceAccount, ServiceAccountInfo, ServiceAccountScope } from "../api/service-account-types.ts";
import { DEFAULT_EXPIRY_HOURS } from "./secret-expiry.ts";
import { ServiceAccountForm } from "./service-account-form.tsx";
import type { ServiceAccountFormValues } from "./service-account-form-schema.ts";

export interface EditServiceAccountPageProps {
  scope: ServiceAccountScope;
  tablePath: string;
  backLabel: string;
}

export function EditServiceAccountPage({ scope, tablePath: tableBase, backLabel }: EditServiceAccountPageProps) {
  const { clientId = "" } = useParams();
  const [params] = useSearchParams();
  const tablePath = tableBase + (params.size > 0 ? `?${params}` : "");
  const account = useServiceAccount(scope, clientId);
  const title = scope.kind === "org" ? "Edit Service Account" : "Edit Permissions";
  let body;
  if (account.data && !account.isPlaceholderData) {
    return <EditForm scope={scope} account={account.data} title={title} tablePath={tablePath} backLabel={backLabel} />;
  } else if (account.error instanceof ApiError && account.error.status === 404) {
    body = <Notice>This service account no longer exists here. It may have been deleted.</Notice>;
  } else if (account.isError) {
    body = <LoadFailedBanner title="Could not load this service account" query={account} />;
  } else {
    body = <p role="status">Loading service account…</p>;
  }
  return (
    <WizardFrame title={title} tablePath={tablePath} backLabel={backLabel}>
      {body}
    </WizardFrame>
  );
}

/** The PATCH body: only what changed (trimmed), or null. */
function changesOf(values: ServiceAccountFormValues, account: ServiceAccount): Partial<ServiceAccountInfo> | null {
  const body: Partial<ServiceAccountInfo> = {};
  if (values.name.trim() !== account.name) body.name = values.name.trim();
  if (values.description.trim() !== account.description) body.description = values.description.trim();
  const sameRoles = values.roles.length === account.roles.length && values.roles.every((role) => account.roles.includes(role));
  if (!sameRoles) body.roles = values.roles;
  return Object.keys(body).length > 0 ? body : null;
}

interface EditFormProps extends EditServiceAccountPageProps {
  account: ServiceAccount;
  title: string;
}

function EditForm({ scope, account, title, tablePath, backLabel }: EditFormProps) {
  const update = useUpdateServiceAccount(scope, account.clientId);
  const [dirty, setDirty] = useState(false);
  const guard = useLeaveGuard(dirty);
  const defaults = { name: account.name, description: account.description, roles: account.roles, secretExpiresAfterHours: DEFAULT_EXPIRY_HOURS };

  async function save(values: ServiceAccountFormValues) {
    const body = changesOf(values, account);
    if (body) await update.mutateAsync(body);
    guard.leave(tablePath, { notice: `Service account ${values.name.trim()} saved.`, highlight: account.clientId });
  }

  return (
    <WizardFrame title={title} subtitle={<>Client ID <code>{account.clientId}</code></>} tablePath={tablePath} backLabel={backLabel}>
      <section className={styles.card} aria-label={title}>
        <ServiceAccountForm
          scope={scope.kind}
          defaultValues={defaults}
          withExpiry={false}
          rolesOnly={scope.kind === "project"}
          onSubmit={save}
          onDirtyChange={setDirty}
          failureTitle="Could not save the service account"
          submitLabel="Save"
          pendingLabel="Saving…"
          actions={<ButtonLink to={tablePath}>Cancel</ButtonLink>}
        />
      </section>
      <LeaveUnsavedDialog blocker={guard.blocker} noun="service account" />
    </WizardFrame>
  );
}
