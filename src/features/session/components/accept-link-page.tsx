// /invitation#token and /reset-password#token: the page a one-time link opens.
// The token is read from the URL fragment once and the fragment is dropped
// from the address bar (so it is not left in history or a screenshot). The
// invitee sets a name and a password (or, with an account already, confirms
// theirs); a reset sets a new password. Then they are signed in as by the
// sign-in page: straight in, or through its two-factor step first.
import { useEffect, useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { useCurrentUser } from "../api/current-user.ts";
import { useAcceptLink, useLinkInfo, type AcceptBody, type LinkPurpose } from "../api/link-acceptance.ts";
import { isPending } from "../api/login.ts";
import { SignInCodeForm } from "./sign-in-code-form.tsx";
import styles from "./login-page.module.css";

type Field = "password" | "firstName" | "lastName";

const tokenIn = (hash: string) => /^#([0-9a-f]{64})$/.exec(hash)?.[1] ?? "";

function useTokenFromFragment(): string {
  const location = useLocation();
  const navigate = useNavigate();
  const [token, setToken] = useState(() => tokenIn(location.hash));
  // Once read, the fragment leaves the address bar (replace: Back does not bring it back either).
  // A second link opened on this page (only the fragment changes, no reload) replaces the first.
  useEffect(() => {
    if (!location.hash) return;
    const next = tokenIn(location.hash);
    if (next !== "") setToken(next);
    void navigate(location.pathname, { replace: true });
  }, [location.hash, location.pathname, navigate]);
  return token;
}

export function AcceptLinkPage({ purpose }: { purpose: LinkPurpose }) {
  const token = useTokenFromFragment();
  const info = useLinkInfo(purpose, token);
  const accept = useAcceptLink(purpose, token);
  const currentUser = useCurrentUser();
  const [values, setValues] = useState<Record<Field, string>>({ password: "", firstName: "", lastName: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const invitation = purpose === "invitation";
  const title = invitation ? "Accept invitation" : "Reset password";

  const answer = accept.data;
  // Signed in by the link itself, or by the two-factor step after it.
  if (accept.isSuccess && currentUser.data) return <Navigate to="/" replace />;
  if (answer && isPending(answer) && answer.signInStep === "TWO_FACTOR_ENROLMENT") return <Navigate to="/enrol-two-factor" replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.password) return setErrors({ password: "Enter a password." });
    const newAccount = info.data?.newAccount ?? true;
    const body: AcceptBody = invitation && newAccount ? values : { password: values.password };
    setErrors({});
    try {
      await accept.mutateAsync(body);
    } catch (error) {
      // A 400 names the fields it rejected (a weak password, a wrong current one): show them there.
      const fields = error instanceof ApiError ? (error.badRequestDetail?.fields ?? []) : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.field, f.description])));
    }
  }

  const field = (name: Field, label: string, props: { type?: string; autoComplete: string; hint?: string }) => (
    <TextField
      label={label}
      type={props.type ?? "text"}
      autoComplete={props.autoComplete}
      hint={props.hint}
      value={values[name]}
      error={errors[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
    />
  );

  function form() {
    if (!info.data) return null;
    const newAccount = info.data.newAccount;
    const lead = invitation
      ? `You were invited to ${info.data.orgName} as ${info.data.email}. ${newAccount ? "Choose your name and a password." : "Confirm with your current password."}`
      : `Choose a new password for ${info.data.email}. Your other sessions will end.`;
    const newPassword = !invitation || newAccount;
    const failed = accept.isError && Object.keys(errors).length === 0;
    return (
      <>
        <p className={styles.lead}>{lead}</p>
        {failed ? (
          <div className={styles.banner}>
            <Banner title="Could not continue">{errorMessage(accept.error)}</Banner>
          </div>
        ) : null}
        <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
          {invitation && newAccount ? field("firstName", "First name", { autoComplete: "given-name" }) : null}
          {invitation && newAccount ? field("lastName", "Last name", { autoComplete: "family-name" }) : null}
          {newPassword
            ? field("password", invitation ? "Password" : "New password", { type: "password", autoComplete: "new-password", hint: "At least 12 characters, not a common one." })
            : field("password", "Current password", { type: "password", autoComplete: "current-password" })}
          <Button type="submit" variant="primary" wide disabled={accept.isPending}>
            {accept.isPending ? "Signing in…" : invitation ? "Accept and sign in" : "Set password and sign in"}
          </Button>
        </form>
      </>
    );
  }

  const pending = answer && isPending(answer) ? answer : undefined;
  return (
    <main className={styles.page}>
      <title>{`${title} | Access Manager`}</title>
      <div className={styles.card}>
        <p className={styles.brand} aria-hidden="true">
          <span className={styles.mark} />
          Access Manager
        </p>
        {pending ? (
          <SignInCodeForm email={pending.email} />
        ) : (
          <>
            <h1 className={styles.heading}>{title}</h1>
            {token === "" || info.isError ? (
              <div className={styles.banner}>
                <Banner title="This link does not work">
                  {info.isError ? errorMessage(info.error) : "The link is incomplete. Open it again from the message, or ask an Organization Owner for a new one."}
                </Banner>
              </div>
            ) : (
              form()
            )}
          </>
        )}
      </div>
    </main>
  );
}
