// /login: email and password, validated with the contract's schema; server
// refusals (wrong credentials, lockout) appear in a banner above the form and
// nothing the user typed is cleared.
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Navigate, useSearchParams } from "react-router";
import { loginRequestSchema, type LoginRequest } from "../../../../contract/session.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { safeNextPath } from "../../../lib/safe-next.ts";
import { useCurrentUser } from "../api/current-user.ts";
import { isPending, useLogin } from "../api/login.ts";
import { SignInCodeForm } from "./sign-in-code-form.tsx";
import styles from "./login-page.module.css";

function bannerTitle(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return "Sign-in failed";
  if (error instanceof ApiError && error.status === 429) return "Too many attempts";
  return "Could not sign in";
}

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get("next"));
  const currentUser = useCurrentUser();
  const login = useLogin();
  const form = useForm<LoginRequest>({
    resolver: zodResolver(loginRequestSchema),
    // Validate on submit, then as the user fixes things. On blur the only
    // possible message is "required", and it would push the Sign in button
    // down under a pointer that is pressing it, swallowing the click.
    mode: "onSubmit",
    reValidateMode: "onChange",
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;

  // Signed in already, or just now: go where the user was headed.
  if (currentUser.data) return <Navigate to={next} replace />;
  const pending = login.data && isPending(login.data) ? login.data : undefined;
  if (pending?.signInStep === "TWO_FACTOR_ENROLMENT") return <Navigate to={`/enrol-two-factor?next=${encodeURIComponent(next)}`} replace />;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await login.mutateAsync(values);
    } catch (error) {
      // A 400 names the fields it rejected; put those next to the inputs.
      if (error instanceof ApiError) {
        for (const { field, description } of error.badRequestDetail?.fields ?? []) {
          if (field === "email" || field === "password") form.setError(field, { message: description });
        }
      }
    }
  });

  return (
    <main className={styles.page}>
      <title>Sign in | Access Manager</title>
      <div className={styles.card}>
        <p className={styles.brand} aria-hidden="true">
          <span className={styles.mark} />
          Access Manager
        </p>
        {pending ? <SignInCodeForm email={pending.email} /> : passwordStep()}
      </div>
    </main>
  );

  // Called, not rendered as a component: a component made in render would remount the inputs each time.
  function passwordStep() {
    return (
      <>
        <h1 className={styles.heading}>Sign in</h1>
        <p className={styles.lead}>Manage API keys and programmatic access to your organizations.</p>
        {login.isError ? (
          <div className={styles.banner}>
            <Banner title={bannerTitle(login.error)}>{errorMessage(login.error)}</Banner>
          </div>
        ) : null}
        <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Sign in">
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            autoFocus
            error={errors.email?.message}
            {...form.register("email")}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...form.register("password")}
          />
          <Button type="submit" variant="primary" wide disabled={login.isPending}>
            {login.isPending ? "Signing in…" : "Sign in"}
          </Button>
        </form>
      </>
    );
  }
}
