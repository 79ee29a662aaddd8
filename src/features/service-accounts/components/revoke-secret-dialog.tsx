// Revoke a client secret: it stops minting tokens at once, and the tokens it
// minted stop working. Cancel is the safe answer; a refusal is shown in the
// dialog and changes nothing.
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useRevokeSecret } from "../api/secrets.ts";
import type { ServiceAccount, ServiceAccountScope, ServiceAccountSecret } from "../api/service-account-types.ts";

export interface RevokeSecretDialogProps {
  scope: ServiceAccountScope;
  account: ServiceAccount;
  secret: ServiceAccountSecret;
  onClose: () => void;
}

export function RevokeSecretDialog({ scope, account, secret, onClose }: RevokeSecretDialogProps) {
  const revoke = useRevokeSecret(scope, account.clientId);
  const [failure, setFailure] = useState<unknown>(null);
  const last = account.secrets.length === 1;
  return (
    <ConfirmDialog
      title={`Revoke client secret ${secret.maskedSecretValue ?? ""}?`}
      description={
        <>
          Programs using this secret can no longer get access tokens, and the tokens it already gave stop working at once.
          {last ? " It is the account's only secret: generate a new one for the account to work again." : null}
        </>
      }
      onCancel={onClose}
      onClosed={() => undefined}
      confirmButton={
        <Button
          variant="danger"
          disabled={revoke.isPending}
          onClick={() => {
            setFailure(null);
            revoke.mutate(secret.id, { onSuccess: onClose, onError: setFailure });
          }}
        >
          {revoke.isPending ? "Revoking…" : "Revoke"}
        </Button>
      }
    >
      {failure ? <Banner title="Could not revoke the secret">{errorMessage(failure)} The secret still works.</Banner> : null}
    </ConfirmDialog>
  );
}
