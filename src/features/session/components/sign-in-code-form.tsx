// The second sign-in step: the 6-digit code from the authenticator app, or
// one of the recovery codes. Right: the user is signed in (the current-user
// query is written, and the login page moves on). Wrong: the server's answer
// next to the field, the code left as typed.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { currentUserQueryKey } from "../api/current-user.ts";
import { pendingSignInKey, verifySignInCode } from "../api/pending-sign-in.ts";
import styles from "./login-page.module.css";

export function SignInCodeForm({ email }: { email: string }) {
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const [recovery, setRecovery] = useState(false);
  const [fieldError, setFieldError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return setFieldError(recovery ? "Enter a recovery code." : "Enter the 6-digit code.");
    setBusy(true);
    setFailure(undefined);
    try {
      const user = await verifySignInCode(code);
      queryClient.removeQueries({ queryKey: pendingSignInKey });
      queryClient.setQueryData(currentUserQueryKey, user);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && error.errorCode === "INVALID_TWO_FACTOR_CODE") setFieldError(error.message);
      else setFailure(error);
      setBusy(false);
    }
  }

  return (
    <>
      <h1 className={styles.heading}>Two-factor sign-in</h1>
      <p className={styles.lead}>
        {recovery
          ? `Enter one of the recovery codes you saved for ${email}. Each works once.`
          : `Enter the 6-digit code your authenticator app shows for ${email}.`}
      </p>
      {failure ? (
        <div className={styles.banner}>
          <Banner title={failure instanceof ApiError && failure.status === 429 ? "Too many attempts" : "Could not sign in"}>
            {errorMessage(failure)}
          </Banner>
        </div>
      ) : null}
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Two-factor sign-in">
        <TextField
          key={recovery ? "recovery" : "totp"}
          label={recovery ? "Recovery code" : "Authentication code"}
          autoComplete="one-time-code"
          inputMode={recovery ? "text" : "numeric"}
          autoFocus
          value={code}
          error={fieldError}
          onChange={(e) => {
            setCode(e.target.value);
            setFieldError(undefined);
          }}
        />
        <Button type="submit" variant="primary" wide disabled={busy}>
          {busy ? "Verifying…" : "Verify"}
        </Button>
        <Button
          onClick={() => {
            setRecovery(!recovery);
            setCode("");
            setFieldError(undefined);
          }}
        >
          {recovery ? "Use the authenticator app instead" : "Use a recovery code instead"}
        </Button>
      </form>
    </>
  );
}
