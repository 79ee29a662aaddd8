// /orgs/:orgId/access/apiKeys/new: "Create API Key", the seed's steps on one
// page. (1) Description and Organization Permissions; Next creates the key.
// (2) The Public Key and the Private Key, shown this once: leaving the step
// any way but Next asks first (in-app navigation through useBlocker, closing
// or reloading the tab through beforeunload). (3) The access list.
// The private key lives only in this component's state, from the create
// answer until Next or leaving; never in the query cache, the URL, history
// state or storage.
import { useEffect, useState } from "react";
import { useBlocker, useNavigate, useParams } from "react-router";
import type { CreateOrgApiKey } from "../../../../contract/api-keys.ts";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { orgAccessPath } from "../../../lib/paths.ts";
import { useCreateOrgApiKey } from "../api/create-org-api-key.ts";
import { ApiKeyInfoForm } from "./api-key-info-form.tsx";
import { LeaveSecretDialog } from "./leave-secret-dialog.tsx";
import { NewKeyAccessListStep } from "./new-key-access-list-step.tsx";
import { NewKeySecretStep } from "./new-key-secret-step.tsx";
import { OwnerRequired } from "./owner-required.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";
import { WizardFrame } from "./wizard-frame.tsx";

const STEPS = ["API Key Information", "Copy the Keys", "API Access List"] as const;
const EMPTY_INFO: CreateOrgApiKey = { desc: "", roles: [] };

export function CreateApiKeyPage() {
  const { orgId = "" } = useParams();
  const canManage = useCanManageKeys(orgId);
  const tablePath = orgAccessPath(orgId);
  if (!canManage) return <OwnerRequired title="Create API Key" action="create API keys in this organization" tablePath={tablePath} />;
  return <CreateApiKeyWizard orgId={orgId} tablePath={tablePath} />;
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

function CreateApiKeyWizard({ orgId, tablePath }: { orgId: string; tablePath: string }) {
  const navigate = useNavigate();
  const create = useCreateOrgApiKey(orgId);
  const [created, setCreated] = useState<{ id: string; publicKey: string } | null>(null);
  const [privateKey, setPrivateKey] = useState<string | null>(null);
  const secretOnScreen = privateKey !== null;
  const blocker = useBlocker(secretOnScreen);
  useUnloadWarning(secretOnScreen);
  const step = created === null ? 0 : secretOnScreen ? 1 : 2;

  async function createKey(values: CreateOrgApiKey) {
    const apiKey = await create(values);
    setCreated({ id: apiKey.id, publicKey: apiKey.publicKey });
    setPrivateKey(apiKey.privateKey);
  }

  return (
    <WizardFrame title="Create API Key" steps={STEPS} current={step} tablePath={tablePath}>
      {step === 0 ? (
        <ApiKeyInfoForm
          defaultValues={EMPTY_INFO}
          onSubmit={createKey}
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
      {created && step === 2 ? <NewKeyAccessListStep orgId={orgId} apiUserId={created.id} tablePath={tablePath} /> : null}
      <LeaveSecretDialog
        open={blocker.state === "blocked"}
        onStay={() => blocker.reset?.()}
        // The page unmounts with the navigation, and the key with it.
        onLeave={() => blocker.proceed?.()}
      />
    </WizardFrame>
  );
}
