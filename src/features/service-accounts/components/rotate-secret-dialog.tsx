// Generate New Client Secret: pick how long it lives, Generate New, then Copy
// it, the only time it is shown in full, and Close once it is copied (the
// tick). While it is on screen, Escape and clicks outside do nothing, and
// leaving the page asks first. The old secret stays listed with its expiry,
// to revoke once programs use the new one. The secret lives in this
// component's state only (useCreateSecret is not a cached mutation).
import { useState } from "react";
import { CopyOnceSecret } from "../../../components/copy-once-secret.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { LeaveSecretDialog } from "../../../components/wizard/leave-secret-dialog.tsx";
import { useLeaveGuard } from "../../../components/wizard/use-leave-guard.ts";
import { errorMessage } from "../../../lib/api-error.ts";
import { useSecretOnScreen } from "../../../lib/secret-on-screen.ts";
import { useSecretValidityCap } from "../api/secret-validity.ts";
import { useCreateSecret } from "../api/secrets.ts";
import type { ServiceAccount, ServiceAccountScope } from "../api/service-account-types.ts";
import { ExpirySelect } from "./expiry-select.tsx";
import { DEFAULT_EXPIRY_HOURS } from "./secret-expiry.ts";
import { CLIENT_SECRET_WARNING } from "./secret-words.ts";

export interface RotateSecretDialogProps {
  scope: ServiceAccountScope;
  account: ServiceAccount;
  onClose: () => void;
}

export function RotateSecretDialog({ scope, account, onClose }: RotateSecretDialogProps) {
  const create = useCreateSecret(scope, account.clientId);
  const maxHours = useSecretValidityCap(scope.orgId);
  const [hours, setHours] = useState(DEFAULT_EXPIRY_HOURS);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const onScreen = secret !== null;
  const { blocker } = useLeaveGuard(onScreen);
  useSecretOnScreen(onScreen);

  async function generate() {
    setPending(true);
    setFailure(null);
    try {
      const created = await create(hours);
      setSecret(created.secret ?? "");
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open
      size="large"
      onOpenChange={(open) => {
        // The secret goes with the dialog: only the ticked Close ends it.
        if (!open && !onScreen) onClose();
      }}
      title="Generate New Client Secret"
      description={`For ${account.name} (${account.clientId}). Its other secrets keep working until they expire or you revoke them.`}
    >
      {secret === null ? (
        <>
          {failure ? <Banner title="Could not generate a secret">{errorMessage(failure)} Nothing was changed.</Banner> : null}
          <ExpirySelect value={hours} onChange={setHours} maxHours={maxHours} disabled={pending} />
          <p>
            <Button variant="primary" onClick={() => void generate()} disabled={pending}>
              {pending ? "Generating…" : "Generate New"}
            </Button>
          </p>
        </>
      ) : (
        <CopyOnceSecret {...CLIENT_SECRET_WARNING} values={[{ label: "Client Secret", value: secret }]}>
          {(copied) => (
            <p>
              <Button variant="primary" disabled={!copied} onClick={onClose}>
                Close
              </Button>
            </p>
          )}
        </CopyOnceSecret>
      )}
      <LeaveSecretDialog
        blocker={blocker}
        noun="client secret"
        consequence="If you leave without saving it, revoke it and generate another."
      />
    </Dialog>
  );
}
