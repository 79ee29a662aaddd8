// Edit API Key: (1) Description and Organization Permissions, prefilled;
// (2) the access list: the key's entries (remove) and new ones (typed or the
// current IP address). Save applies everything at once: PATCH when the
// description or roles changed, one POST for the new entries, one DELETE per
// removed entry. What the server refuses is listed, stays on screen as the
// user left it, and is tried again on the next Save; what succeeded is not.
// The step is in the URL (use-step-param.ts); leaving with changes not saved
// asks first. The way back to the table keeps the table's query string, which
// the Edit link carried here.
import { useState } from "react";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import type { ApiKey, CreateOrgApiKey, UpdateOrgApiKey } from "../../../../contract/api-keys.ts";
import { ORG_ROLES } from "../../../../contract/roles.ts";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import type { NoticeState } from "../../../lib/route-state.ts";
import { EditAccessListStep } from "../../access-list/components/edit-access-list-step.tsx";
import { useAccessListDraft } from "../../access-list/components/use-access-list-draft.ts";
import { saveWithAccessList } from "../../access-list/components/save-with-access-list.ts";
import { useConfirmAnywhere } from "../../access-list/components/use-confirm-anywhere.tsx";
import { useSaveAccessList, type ChangeFailure } from "../../access-list/components/use-save-access-list.ts";
import { useUpdateOrgApiKey } from "../api/update-org-api-key.ts";
import { ApiKeyInfoForm, infoFieldErrors, type InfoErrors } from "./api-key-info-form.tsx";
import { LeaveUnsavedDialog } from "../../../components/wizard/leave-unsaved-dialog.tsx";
import { useLeaveGuard } from "../../../components/wizard/use-leave-guard.ts";
import { useStepParam } from "../../../components/wizard/use-step-param.ts";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";

const STEPS = ["API Key Information", "API Access List"] as const;

/** The key's description and organization roles, as the information step edits them. */
export function infoOf(apiKey: ApiKey, orgId: string): CreateOrgApiKey {
  const roles = apiKey.roles.filter((role) => role.orgId === orgId).map((role) => role.roleName);
  // In the catalog's order. A role the console does not know is left out, and dropped if the roles are changed.
  return { desc: apiKey.desc, roles: ORG_ROLES.filter((role) => roles.includes(role)) };
}

/** The PATCH body for what changed, or null when nothing did. */
export function changesOf(next: CreateOrgApiKey, current: CreateOrgApiKey): UpdateOrgApiKey | null {
  const body: UpdateOrgApiKey = {};
  // Compared and sent trimmed: spaces around the description are not a change.
  const desc = next.desc.trim();
  if (desc !== current.desc) body.desc = desc;
  const sameRoles = next.roles.length === current.roles.length && next.roles.every((role) => current.roles.includes(role));
  if (!sameRoles) body.roles = next.roles;
  return body.desc === undefined && body.roles === undefined ? null : body;
}

export interface EditApiKeyWizardProps {
  orgId: string;
  apiKey: ApiKey;
  entries: readonly AccessListEntry[];
  tablePath: string;
  /** The back link's label when tablePath is not the organization's table. */
  backLabel: string;
}

/** What the table says on return: which key, and what of it changed. */
function savedNotice(apiKey: ApiKey, infoChanged: boolean, accessChanged: boolean): NoticeState {
  const what = [infoChanged ? "description and permissions" : null, accessChanged ? "access list" : null].filter(Boolean);
  const notice =
    what.length > 0 ? `API key ${apiKey.publicKey}: ${what.join(" and ")} saved.` : `API key ${apiKey.publicKey} saved.`;
  return { notice, highlight: apiKey.id };
}

export function EditApiKeyWizard({ orgId, apiKey, entries, tablePath, backLabel }: EditApiKeyWizardProps) {
  const { step, forward, back } = useStepParam();
  // What the user chose in step 1 (with Next); the key's current values are the baseline.
  const [info, setInfo] = useState(() => infoOf(apiKey, orgId));
  // What step 1's fields hold as they are typed, for the leave guard: Save and
  // the guard then compare the same way.
  const [typed, setTyped] = useState(info);
  const [infoErrors, setInfoErrors] = useState<InfoErrors>({});
  const [failures, setFailures] = useState<ChangeFailure[]>([]);
  const draft = useAccessListDraft(entries);
  const update = useUpdateOrgApiKey(orgId, apiKey.id);
  const saveAccessList = useSaveAccessList({ kind: "apiKey", orgId, id: apiKey.id });
  const projectCount = new Set(apiKey.roles.flatMap((role) => (role.groupId ? [role.groupId] : []))).size;
  const unsaved =
    changesOf(step === 0 ? typed : info, infoOf(apiKey, orgId)) !== null || draft.fields.fields.length > 0 || draft.removals.size > 0;
  const guard = useLeaveGuard(unsaved);

  const anywhere = useConfirmAnywhere();

  const save = draft.form.handleSubmit(async (values) => {
    if (!(await anywhere.ask(values))) return;
    const body = changesOf(info, infoOf(apiKey, orgId));
    const patch = body ? { change: "Update description and permissions", send: () => update.mutateAsync(body) } : null;
    const { failures: refused, patchError } = await saveWithAccessList(patch, saveAccessList(draft, values));
    if (patchError) setInfoErrors(infoFieldErrors(patchError));
    setFailures(refused);
    // Everything is saved, though the refreshed key may not have arrived yet.
    if (refused.length === 0) guard.leave(tablePath, savedNotice(apiKey, body !== null, values.entries.length > 0 || draft.removals.size > 0));
  });

  return (
    <WizardFrame
      title="Edit API Key"
      subtitle={<>Public Key <code>{apiKey.publicKey}</code></>}
      steps={STEPS}
      current={step}
      tablePath={tablePath}
      backLabel={backLabel}
    >
      {step === 0 ? (
        <ApiKeyInfoForm
          defaultValues={info}
          initialErrors={infoErrors}
          failureTitle="Could not continue"
          onValuesChange={setTyped}
          onSubmit={async (values) => {
            setInfo(values);
            setTyped(values);
            forward();
          }}
          actions={<ButtonLink to={tablePath}>Cancel</ButtonLink>}
        />
      ) : (
        <EditAccessListStep
          draft={draft}
          entries={entries}
          projectCount={projectCount}
          failures={failures}
          onSave={(event) => void save(event)}
          backAction={<Button onClick={back}>Back</Button>}
          tablePath={tablePath}
        />
      )}
      {anywhere.dialog}
      <LeaveUnsavedDialog blocker={guard.blocker} noun="API key" />
    </WizardFrame>
  );
}
