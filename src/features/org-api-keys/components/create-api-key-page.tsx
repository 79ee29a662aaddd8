// /orgs/:orgId/access/apiKeys/new: "Create API Key", the seed's steps on one
// page. (1) Description and Organization Permissions; Next creates the key.
// (2) The Public Key and the Private Key, shown this once: leaving the step
// any way but Next asks first (in-app navigation through useBlocker, closing
// or reloading the tab through beforeunload). (3) The access list.
// The private key lives only in this component's state, from the create
// answer until Next or leaving; never in the query cache, the URL, history
// state or storage.
// From the create answer on, the URL names the new key (?key=<id>, its id,
// nothing secret), so a reload, Back/Forward or a link lands on step 3 for
// that key rather than on an empty step 1 that invites a duplicate. That
// holds for a reload during step 2 too (past the browser's prompt): the
// private key is gone by then, by design, and step 3 says so (see
// created-key-step.tsx).
// A project's page uses the same wizard (CreateApiKeyWizard) with Project
// Permissions and its own create request, passed in by the route.
import { useState } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import type { ApiKey, CreateOrgApiKey } from "../../../../contract/api-keys.ts";
import { OBJECT_ID } from "../../../../contract/ids.ts";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { orgAccessPath } from "../../../lib/paths.ts";
import { searchWithout } from "../../../lib/search-without.ts";
import { useSecretOnScreen } from "../../../lib/secret-on-screen.ts";
import { useCreateOrgApiKey } from "../api/create-org-api-key.ts";
import { ApiKeyInfoForm, ORG_ROLE_FIELD, type KeyInfo, type RoleField } from "./api-key-info-form.tsx";
import { CreatedKeyStep } from "./created-key-step.tsx";
import { LeaveSecretDialog } from "../../../components/wizard/leave-secret-dialog.tsx";
import { NewKeySecretStep } from "./new-key-secret-step.tsx";
import { OwnerRequired } from "./owner-required.tsx";
import { useCanManageKeys } from "./use-can-manage-keys.ts";
import { useLeaveGuard } from "../../../components/wizard/use-leave-guard.ts";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";

const STEPS = ["API Key Information", "Copy the Keys", "API Access List"] as const;
/** The query param naming the key this wizard created. */
const KEY_PARAM = "key";

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

export interface CreateApiKeyWizardProps<T extends KeyInfo> {
  /** The key's organization, whose access-list endpoints step 3 uses. */
  orgId: string;
  /** The table's address; the wizard adds the query string the Create link carried. */
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
  tablePath: tableBase,
  create,
  roleField,
  backLabel = "Organization API Keys",
  canEditAccessList = true,
}: CreateApiKeyWizardProps<T>) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Not an id: an address typed by hand; start over rather than ask the API about it.
  const named = params.get(KEY_PARAM);
  const keyId = named !== null && OBJECT_ID.test(named) ? named : null;
  // Back to the table as the user left it: the Create link carries its query string.
  const tablePath = tableBase + searchWithout(params, KEY_PARAM);
  const [secret, setSecret] = useState<{ publicKey: string; privateKey: string } | null>(null);
  // The public key of the key whose private key this page showed (step 3 then needs no reminder).
  const [shownHere, setShownHere] = useState<string | null>(null);
  const secretOnScreen = secret !== null;
  // Naming the new key in the URL is not leaving: only leaving the page asks.
  const { blocker } = useLeaveGuard(secretOnScreen);
  useSecretOnScreen(secretOnScreen);
  const step = secretOnScreen ? 1 : keyId !== null ? 2 : 0;

  async function createKey(values: T) {
    const apiKey = await create(values);
    setSecret({ publicKey: apiKey.publicKey, privateKey: apiKey.privateKey });
    setShownHere(apiKey.publicKey);
    // Replace: Back from here goes to the table (and asks first), not to an empty step 1.
    const next = new URLSearchParams(params);
    next.set(KEY_PARAM, apiKey.id);
    void navigate({ search: `?${next}` }, { replace: true });
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
      {secret !== null ? (
        <NewKeySecretStep
          publicKey={secret.publicKey}
          privateKey={secret.privateKey}
          // Navigation is what the guard watches: Cancel asks like every other way out.
          onCancel={() => void navigate(tablePath)}
          onNext={() => setSecret(null)}
        />
      ) : null}
      {step === 2 && keyId !== null ? (
        <CreatedKeyStep
          orgId={orgId}
          keyId={keyId}
          tablePath={tablePath}
          canEditAccessList={canEditAccessList}
          publicKey={shownHere}
        />
      ) : null}
      {/* Leave: the page unmounts with the navigation, and the key with it. */}
      <LeaveSecretDialog
        blocker={blocker}
        noun="private key"
        consequence="If you leave without saving it, the key cannot be used; you would have to delete it and create a new one."
      />
    </WizardFrame>
  );
}
