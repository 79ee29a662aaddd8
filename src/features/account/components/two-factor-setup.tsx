// Enrolment, once a seed was issued (two-factor.ts: startTwoFactorSetup):
// the QR code and the seed as text for manual entry, then the first code from
// the app, then the recovery codes. The seed and the codes live in this
// component's state only and go when it unmounts.
import { useState, type FormEvent } from "react";
import type { TwoFactorSetup as Setup } from "../../../../contract/account.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { confirmTwoFactor } from "../api/two-factor.ts";
import styles from "./account.module.css";
import { QrCode } from "./qr-code.tsx";
import { RecoveryCodes } from "./recovery-codes.tsx";

export interface TwoFactorSetupProps {
  setup: Setup;
  /** After the recovery codes were saved. */
  onDone: () => void;
  doneLabel?: string;
}

export function TwoFactorSetup({ setup, onDone, doneLabel }: TwoFactorSetupProps) {
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState<string[]>();

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} doneLabel={doneLabel} />;

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!/^\s*\d{6}\s*$/.test(code)) return setFieldError("Enter the 6-digit code your app shows.");
    setBusy(true);
    setFailure(undefined);
    try {
      setCodes(await confirmTwoFactor(code));
    } catch (error) {
      const field = error instanceof ApiError ? error.badRequestDetail?.fields.find((f) => f.field === "code") : undefined;
      if (field) setFieldError(field.description);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void confirm(e)} noValidate aria-label="Set up two-factor sign-in">
      <p>1. Scan this QR code with an authenticator app (Google Authenticator, 1Password, Authy…).</p>
      <QrCode value={setup.otpauthUri} />
      <p className={styles.help}>
        Can’t scan it? Enter this key in the app instead: <code className={styles.secret}>{setup.secret}</code>
      </p>
      <p>2. Enter the 6-digit code the app shows.</p>
      {failure ? <Banner title="Two-factor sign-in was not set up">{errorMessage(failure)}</Banner> : null}
      <TextField
        label="Authentication code"
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        error={fieldError}
        onChange={(e) => {
          setCode(e.target.value);
          setFieldError(undefined);
        }}
      />
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Verifying…" : "Verify and turn on"}
        </Button>
      </div>
    </form>
  );
}
