// /orgs/:orgId/access/apiKeys/new: "Create API Key", the seed's steps on one
// page. (1) Description and Organization Permissions; Next creates the key.
// (2) The Public Key and the Private Key, shown this once: leaving the step
// any way but Next asks first (in-app navigation through useBlocker, closing
// or reloading the tab through beforeunload). (3) The access list.
// The private key lives only in this component's state, from the create
// answer until Next or leaving; never in the query cache, the URL, history
// state or storage.
// A project's page uses the same wizard (CreateApiKeyWizard) with Project
// Permissions and its own create request, passed in by the route.
import { useEffect, useState } from "react";
import { useBlocker, useNavigate, useParams } from "react-router";
import type { ApiKey, CreateOrgApiKey } from "../../../../contract/api-keys.ts";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { orgAccessPath } from "../../../lib/paths.ts";
import { useCreateOrgApiKey } from "../api/create-org-api-key.ts";
import { ApiKeyInfoForm, ORG_ROLE_FIELD, type KeyInfo, type RoleField } from "./api-key-info-form.tsx";
import { LeaveSecretDialog } from "./leave-secret-dialog.tsx";
import { AccessListNeedsOrgOwner, NewKeyAccessListStep } from "./new-key-access-list-step.tsx";
import { NewKeySecretStep } from "./new-key-secret-step.tsx";
import { OwnerRequired } from "./owner-required.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";
import { WizardFrame } from "./wizard-frame.tsx";

const STEPS = ["API Key Information", "Copy the Keys", "API Access List"] as const;

export function CreateApiKeyPage() {
  const { orgId = "" } = useParams();
  const canManage = useCanManageKeys(orgId);
  const tablePath = orgAccessPath(orgId);
  if (!canManage) return <OwnerRequired title="Create API Key" action="create API keys in this organization" tablePath={tablePath} />;
  return <OrgCreateApiKeyWizard orgId={orgId} tablePath={tablePath} />;
}

function OrgCreateApiKeyWizard({ orgId, tablePath }: { orgId: string; tablePath: string }) {
  const create = useCreateOrgApiKey(orgId);
  return <CreateApiKeyWizard<CreateOrgApiKey> orgId={orgId} tablePath={tablePath} create={create} roleField={ORG_ROLE_FIELD} />;
}

/** Warns before the tab closes or reloads while `active`. */
function useUnloadWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a value here to show their prompt.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}

export interface CreateApiKeyWizardProps<T extends KeyInfo> {
  /** The key's organization, whose access-list endpoints step 3 uses. */
  orgId: string;
  tablePath: string;
  /** The create request (organization or project); never a cached mutation, see above. */
  create: (values: T) => Promise<ApiKey>;
  roleField: RoleField<T>;
  /** "Project API Keys" in a project. */
  backLabel?: string;
  /** Only an Organization Owner may change access lists; others see why step 3 is empty. */
  canEditAccessList?: boolean;
}

export function CreateApiKeyWizard<T extends KeyInfo>({
  orgId,
  tablePath,
  create,
  roleField,
  backLabel,
  canEditAccessList = true,
}: CreateApiKeyWizardProps<T>) {
  const navigate = useNavigate();
  const [created, setCreated] = useState<{ id: string; publicKey: string } | null>(null);
  const [privateKey, setPrivateKey] = useState<string | null>(null);
  const secretOnScreen = privateKey !== null;
  const blocker = useBlocker(secretOnScreen);
  useUnloadWarning(secretOnScreen);
  const step = created === null ? 0 : secretOnScreen ? 1 : 2;

  async function createKey(values: T) {
    const apiKey = await create(values);
    setCreated({ id: apiKey.id, publicKey: apiKey.publicKey });
    setPrivateKey(apiKey.privateKey);
  }

  return (
    <WizardFrame title="Create API Key" steps={STEPS} current={step} tablePath={tablePath} backLabel={backLabel}>
      {step === 0 ? (
        <ApiKeyInfoForm<T>
          defaultValues={{ desc: "", roles: [] } as KeyInfo as T}
          onSubmit={createKey}
          roleField={roleField}
          failureTitle="Could not create the API key"
          pendingLabel="Creating…"
          actions={<ButtonLink to={tablePath}>Cancel</ButtonLink>}
        />
      ) : null}
      {created && privateKey !== null ? (
        <NewKeySecretStep
          publicKey={created.publicKey}
          privateKey={privateKey}
          // Navigation is what the guard watches: Cancel asks like every other way out.
          onCancel={() => void navigate(tablePath)}
          onNext={() => setPrivateKey(null)}
        />
      ) : null}
      {created && step === 2 ? (
        canEditAccessList ? (
          <NewKeyAccessListStep orgId={orgId} apiUserId={created.id} tablePath={tablePath} />
        ) : (
          <AccessListNeedsOrgOwner tablePath={tablePath} />
        )
      ) : null}
      <LeaveSecretDialog
        open={blocker.state === "blocked"}
        onStay={() => blocker.reset?.()}
        // The page unmounts with the navigation, and the key with it.
        onLeave={() => blocker.proceed?.()}
      />
    </WizardFrame>
  );
}
