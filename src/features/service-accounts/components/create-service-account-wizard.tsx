// Create Service Account, for an organization or a project. (1) Name,
// Description, Permissions and Client Secret Expiration; Next creates it.
// (2) The Client ID and the Client Secret, shown this once: leaving the step
// any way but Next asks first. (3) The access list.
// The secret lives only in this component's state, from the create answer
// until Next or leaving: never in the query cache, the URL, history or storage.
// From the create answer on, the URL names the new account (?account=<client
// ID>, nothing secret), so a reload lands on step 3 rather than on an empty
// step 1 that invites a duplicate.
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { LeaveSecretDialog } from "../../../components/wizard/leave-secret-dialog.tsx";
import { useLeaveGuard } from "../../../components/wizard/use-leave-guard.ts";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";
import { searchWithout } from "../../../lib/search-without.ts";
import { useSecretOnScreen } from "../../../lib/secret-on-screen.ts";
import { useCreateServiceAccount } from "../api/create-service-account.ts";
import { useSecretValidityCap } from "../api/secret-validity.ts";
import type { ServiceAccountScope } from "../api/service-account-types.ts";
import { DEFAULT_EXPIRY_HOURS } from "./secret-expiry.ts";
import { ServiceAccountAccessListStep } from "./service-account-access-list-step.tsx";
import { ServiceAccountForm } from "./service-account-form.tsx";
import type { ServiceAccountFormValues } from "./service-account-form-schema.ts";
import { ServiceAccountSecretStep } from "./service-account-secret-step.tsx";

const STEPS = ["Service Account Information", "Copy the Client Secret", "API Access List"] as const;
const ACCOUNT_PARAM = "account";
const CLIENT_ID = /^mdb_sa_id_[a-f0-9]{24}$/i;
const EMPTY: ServiceAccountFormValues = { name: "", description: "", roles: [], secretExpiresAfterHours: DEFAULT_EXPIRY_HOURS };

export interface CreateServiceAccountWizardProps {
  scope: ServiceAccountScope;
  /** The table's address; the wizard adds the query string the Create link carried. */
  tablePath: string;
  backLabel: string;
}

export function CreateServiceAccountWizard({ scope, tablePath: tableBase, backLabel }: CreateServiceAccountWizardProps) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateServiceAccount(scope);
  const expiryMaxHours = useSecretValidityCap(scope.orgId);
  const named = params.get(ACCOUNT_PARAM);
  const clientId = named !== null && CLIENT_ID.test(named) ? named : null;
  const tablePath = tableBase + searchWithout(params, ACCOUNT_PARAM);
  const [secret, setSecret] = useState<{ clientId: string; secret: string } | null>(null);
  const secretOnScreen = secret !== null;
  const { blocker } = useLeaveGuard(secretOnScreen);
  useSecretOnScreen(secretOnScreen);
  const step = secretOnScreen ? 1 : clientId !== null ? 2 : 0;

  async function submit(values: ServiceAccountFormValues) {
    const account = await create(values);
    setSecret({ clientId: account.clientId, secret: account.secrets[0]?.secret ?? "" });
    // Replace: Back from here goes to the table (and asks first), not to an empty step 1.
    const next = new URLSearchParams(params);
    next.set(ACCOUNT_PARAM, account.clientId);
    void navigate({ search: `?${next}` }, { replace: true });
  }

  return (
    <WizardFrame title="Create Service Account" steps={STEPS} current={step} tablePath={tablePath} backLabel={backLabel}>
      {step === 0 ? (
        <ServiceAccountForm
          scope={scope.kind}
          defaultValues={EMPTY}
          expiryMaxHours={expiryMaxHours}
          onSubmit={submit}
          failureTitle="Could not create the service account"
          submitLabel="Next"
          pendingLabel="Creating…"
          actions={<ButtonLink to={tablePath}>Cancel</ButtonLink>}
        />
      ) : null}
      {secret !== null ? (
        <ServiceAccountSecretStep
          clientId={secret.clientId}
          secret={secret.secret}
          onCancel={() => void navigate(tablePath)}
          onNext={() => setSecret(null)}
        />
      ) : null}
      {step === 2 && clientId !== null ? <ServiceAccountAccessListStep scope={scope} clientId={clientId} tablePath={tablePath} /> : null}
      <LeaveSecretDialog
        blocker={blocker}
        noun="client secret"
        consequence="If you leave without saving it, generate a new client secret for this account before a program can use it."
      />
    </WizardFrame>
  );
}
