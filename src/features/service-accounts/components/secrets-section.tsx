// The Client Secrets of a service account, in its details: each masked, with
// when it was made, when it expires (flagged under a week), when it was last
// used, and Revoke; then Generate New Client Secret. An account holds at most
// two secrets, so rotation is: generate, update the program, revoke the old one.
import { useState } from "react";
import styles from "../../../components/details/details.module.css";
import { ExactDate } from "../../../components/details/exact-date.tsx";
import { Button } from "../../../components/ui/button.tsx";
import type { ServiceAccount, ServiceAccountScope, ServiceAccountSecret } from "../api/service-account-types.ts";
import { RevokeSecretDialog } from "./revoke-secret-dialog.tsx";
import { RotateSecretDialog } from "./rotate-secret-dialog.tsx";
import { SecretExpiry } from "./secret-expiry-text.tsx";

export const MAX_SECRETS = 2;

export function SecretsSection({ scope, account, canManage }: { scope: ServiceAccountScope; account: ServiceAccount; canManage: boolean }) {
  const [rotating, setRotating] = useState(false);
  const [revoking, setRevoking] = useState<ServiceAccountSecret | null>(null);
  // "Expires soon" is measured when the details are shown.
  const [now] = useState(() => Date.now());
  const full = account.secrets.length >= MAX_SECRETS;
  return (
    <section aria-labelledby="sa-details-secrets" className={styles.section}>
      <h3 id="sa-details-secrets" className={styles.heading}>
        Client Secrets
      </h3>
      {account.secrets.length === 0 ? (
        <p className={styles.muted}>No client secrets: the account cannot get access tokens until you generate one.</p>
      ) : (
        <ul className={styles.rows}>
          {account.secrets.map((secret) => (
            <li key={secret.id} className={styles.row}>
              <span className={`${styles.rowTitle} ${styles.mono}`}>{secret.maskedSecretValue ?? "mdb_sa_sk_…"}</span>
              <span className={styles.muted}>
                <SecretExpiry expiresAt={secret.expiresAt} now={now} /> · Created <ExactDate iso={secret.createdAt} fallback="—" /> · Last
                used <ExactDate iso={secret.lastUsedAt} fallback="never" />
              </span>
              {canManage ? (
                <Button onClick={() => setRevoking(secret)} aria-label={`Revoke secret ${secret.maskedSecretValue ?? secret.id}`}>
                  Revoke
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <p>
          <Button onClick={() => setRotating(true)} disabled={full} aria-describedby={full ? "sa-secrets-full" : undefined}>
            Generate New Client Secret
          </Button>{" "}
          {full ? (
            <span id="sa-secrets-full" className={styles.muted}>
              An account holds at most {MAX_SECRETS} secrets: revoke one first.
            </span>
          ) : null}
        </p>
      ) : null}
      {rotating ? <RotateSecretDialog scope={scope} account={account} onClose={() => setRotating(false)} /> : null}
      {revoking ? <RevokeSecretDialog scope={scope} account={account} secret={revoking} onClose={() => setRevoking(null)} /> : null}
    </section>
  );
}
