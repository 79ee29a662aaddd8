// Edit a service account, as Edit API Key: (1) in an organization its Name,
// Description and Organization Permissions, in a project its Project
// Permissions (the roles replace the old set); Next; (2) its API access list:
// remove entries, add new ones (typed or the current IP address). Save sends
// the PATCH (only what changed) beside one POST of the new entries and a
// DELETE per removed one; what the server refuses is listed and stays on
// screen as the user left it, and the rest is saved. The step is in the URL;
// leaving with changes not saved asks first.
import { useState } from "react";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { LeaveUnsavedDialog } from "../../../components/wizard/leave-unsaved-dialog.tsx";
import { useLeaveGuard } from "../../../components/wizard/use-leave-guard.ts";
import { useStepParam } from "../../../components/wizard/use-step-param.ts";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";
import { EditAccessListStep } from "../../access-list/components/edit-access-list-step.tsx";
import { saveWithAccessList } from "../../access-list/components/save-with-access-list.ts";
import { useAccessListDraft } from "../../access-list/components/use-access-list-draft.ts";
import { useConfirmAnywhere } from "../../access-list/components/use-confirm-anywhere.tsx";
import { useSaveAccessList, type ChangeFailure } from "../../access-list/components/use-save-access-list.ts";
import { useUpdateServiceAccount } from "../api/change-service-account.ts";
import { accessListOwnerOf, type ServiceAccount, type ServiceAccountInfo, type ServiceAccountScope } from "../api/service-account-types.ts";
import { DEFAULT_EXPIRY_HOURS } from "./secret-expiry.ts";
import { ServiceAccountForm } from "./service-account-form.tsx";
import type { ServiceAccountFormValues } from "./service-account-form-schema.ts";

/** The PATCH body: only what changed (trimmed), or null. */
function changesOf(values: ServiceAccountFormValues, account: ServiceAccount): Partial<ServiceAccountInfo> | null {
  const body: Partial<ServiceAccountInfo> = {};
  if (values.name.trim() !== account.name) body.name = values.name.trim();
  if (values.description.trim() !== account.description) body.description = values.description.trim();
  const sameRoles = values.roles.length === account.roles.length && values.roles.every((role) => account.roles.includes(role));
  if (!sameRoles) body.roles = values.roles;
  return Object.keys(body).length > 0 ? body : null;
}

export interface EditServiceAccountWizardProps {
  scope: ServiceAccountScope;
  account: ServiceAccount;
  entries: readonly AccessListEntry[];
  /** The projects the account is in (an organization's page); unknown on a project's. */
  projectCount?: number;
  tablePath: string;
  backLabel: string;
}

export function EditServiceAccountWizard({ scope, account, entries, projectCount, tablePath, backLabel }: EditServiceAccountWizardProps) {
  const inOrg = scope.kind === "org";
  const { step, forward, back } = useStepParam();
  const [info, setInfo] = useState<ServiceAccountFormValues>(() => ({
    name: account.name,
    description: account.description,
    roles: account.roles,
    secretExpiresAfterHours: DEFAULT_EXPIRY_HOURS,
  }));
  const [typing, setTyping] = useState(false);
  const [failures, setFailures] = useState<ChangeFailure[]>([]);
  const draft = useAccessListDraft(entries);
  const update = useUpdateServiceAccount(scope, account.clientId);
  const saveAccessList = useSaveAccessList(accessListOwnerOf(scope, account.clientId));
  const anywhere = useConfirmAnywhere("account");
  const unsaved = changesOf(info, account) !== null || (step === 0 && typing) || draft.fields.fields.length > 0 || draft.removals.size > 0;
  const guard = useLeaveGuard(unsaved);

  const save = draft.form.handleSubmit(async (values) => {
    if (!(await anywhere.ask(values))) return;
    const body = changesOf(info, account);
    const change = inOrg ? "Update name, description and permissions" : "Update project permissions";
    const outcome = await saveWithAccessList(body ? { change, send: () => update.mutateAsync(body) } : null, saveAccessList(draft, values));
    setFailures(outcome.failures);
    if (outcome.failures.length === 0) guard.leave(tablePath, { notice: `Service account ${info.name.trim()} saved.`, highlight: account.clientId });
  });

  return (
    <WizardFrame
      title={inOrg ? "Edit Service Account" : "Edit Permissions"}
      subtitle={<>Client ID <code>{account.clientId}</code></>}
      steps={[inOrg ? "Service Account Information" : "Project Permissions", "API Access List"]}
      current={step}
      tablePath={tablePath}
      backLabel={backLabel}
    >
      {step === 0 ? (
        <ServiceAccountForm
          scope={scope.kind}
          defaultValues={info}
          rolesOnly={!inOrg}
          onSubmit={async (values) => {
            setInfo(values);
            forward();
          }}
          onDirtyChange={setTyping}
          failureTitle="Could not continue"
          submitLabel="Next"
          pendingLabel="Next"
          actions={<ButtonLink to={tablePath}>Cancel</ButtonLink>}
        />
      ) : (
        <EditAccessListStep
          draft={draft}
          entries={entries}
          projectCount={projectCount}
          noun="account"
          failures={failures}
          onSave={(event) => void save(event)}
          backAction={<Button onClick={back}>Back</Button>}
          tablePath={tablePath}
        />
      )}
      {anywhere.dialog}
      <LeaveUnsavedDialog blocker={guard.blocker} noun="service account" />
    </WizardFrame>
  );
}
