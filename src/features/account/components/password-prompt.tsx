// Asks for the password before a two-factor change; the server's refusal
// ("The password is incorrect.") appears under the field.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import styles from "./account.module.css";

export interface PasswordPromptProps {
  title: string;
  confirmLabel: string;
  onCancel: () => void;
  onSubmit: (password: string) => Promise<void>;
}

export function PasswordPrompt({ title, confirmLabel, onCancel, onSubmit }: PasswordPromptProps) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) return setError("Enter your password.");
    setBusy(true);
    try {
      await onSubmit(password);
    } catch (e) {
      setError(e instanceof ApiError ? (e.badRequestDetail?.fields[0]?.description ?? e.message) : errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog open alert onOpenChange={(open) => (open ? undefined : onCancel())} title={title} description="Enter your password to continue.">
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <TextField label="Password" type="password" autoComplete="current-password" autoFocus value={password} error={error} onChange={(e) => setPassword(e.target.value)} />
        <div className={styles.actions}>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant={confirmLabel === "Turn off" ? "danger" : "primary"} disabled={busy}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
