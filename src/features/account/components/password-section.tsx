// Change password: the current one, and a new one of at least 12 characters
// that the server does not find common or easy to guess. Refusals appear next
// to the field they concern; on success the fields are cleared and the other
// sessions have ended (the server did that).
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordSchema, type ChangePassword } from "../../../../contract/account.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { changePassword } from "../api/password.ts";
import styles from "./account.module.css";

export function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const form = useForm<ChangePassword>({
    resolver: zodResolver(changePasswordSchema),
    mode: "onSubmit",
    reValidateMode: "onChange",
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState(false);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setDone(false);
    try {
      await changePassword(values);
      form.reset();
      setDone(true);
      onChanged();
    } catch (error) {
      const fields = error instanceof ApiError ? (error.badRequestDetail?.fields ?? []) : [];
      const known = fields.filter((f) => f.field === "currentPassword" || f.field === "newPassword");
      for (const f of known) form.setError(f.field as keyof ChangePassword, { message: f.description });
      if (!known.length) setFailure(error);
    }
  });

  return (
    <section className={styles.card} aria-labelledby="account-password">
      <h3 id="account-password" className={styles.heading}>Password</h3>
      {failure ? <Banner title="Your password was not changed">{errorMessage(failure)}</Banner> : null}
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Change password">
        <TextField label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register("currentPassword")} />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters, not a common or easily guessed password."
          error={errors.newPassword?.message}
          {...form.register("newPassword")}
        />
        <div className={styles.actions}>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Changing…" : "Change password"}
          </Button>
          {done ? <span role="status">Password changed. Your other sessions were signed out.</span> : null}
        </div>
      </form>
    </section>
  );
}
