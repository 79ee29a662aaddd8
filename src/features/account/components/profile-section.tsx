// The user's name (first and last), as Atlas keeps it on a user.
import { useEffect, useState, type FormEvent } from "react";
import type { Account } from "../../../../contract/account.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { useUpdateName } from "../api/account.ts";
import styles from "./account.module.css";

export function ProfileSection({ account }: { account: Account }) {
  const update = useUpdateName();
  const [firstName, setFirstName] = useState(account.firstName);
  const [lastName, setLastName] = useState(account.lastName);
  useEffect(() => {
    setFirstName(account.firstName);
    setLastName(account.lastName);
  }, [account.firstName, account.lastName]);
  const fieldError = (field: string) =>
    update.error instanceof ApiError ? update.error.badRequestDetail?.fields.find((f) => f.field === field)?.description : undefined;

  function save(event: FormEvent) {
    event.preventDefault();
    update.mutate({ firstName, lastName });
  }

  return (
    <section className={styles.card} aria-labelledby="account-profile">
      <h3 id="account-profile" className={styles.heading}>Profile</h3>
      <p className={styles.help}>Email address: {account.email}</p>
      {update.isError && !fieldError("firstName") && !fieldError("lastName") ? (
        <Banner title="Your name was not changed">{errorMessage(update.error)}</Banner>
      ) : null}
      <form className={styles.form} onSubmit={save} noValidate aria-label="Name">
        <div className={styles.row}>
          <TextField label="First name" autoComplete="given-name" value={firstName} error={fieldError("firstName")} onChange={(e) => setFirstName(e.target.value)} />
          <TextField label="Last name" autoComplete="family-name" value={lastName} error={fieldError("lastName")} onChange={(e) => setLastName(e.target.value)} />
        </div>
        <div className={styles.actions}>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? "Saving…" : "Save name"}
          </Button>
          {update.isSuccess ? <span role="status">Saved.</span> : null}
        </div>
      </form>
    </section>
  );
}
