// /enrol-two-factor: where a sign-in lands when an organization requires
// two-factor sign-in and the user has none. The limited session reaches
// nothing else; once the first code is confirmed the server replaces it with
// a full session, and after the recovery codes the user goes where they were
// headed. Reached without a pending enrolment, it sends them to sign in.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import type { PendingSignIn, TwoFactorSetup as Setup } from "../../../../contract/account.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { safeNextPath } from "../../../lib/safe-next.ts";
import { currentUserQueryKey } from "../../session/api/current-user.ts";
import { pendingSignInKey } from "../../session/api/pending-sign-in.ts";
import { startTwoFactorSetup } from "../api/two-factor.ts";
import styles from "./account.module.css";
import { TwoFactorSetup } from "./two-factor-setup.tsx";

export function EnrolPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const next = safeNextPath(useSearchParams()[0].get("next"));
  const pending = queryClient.getQueryData<PendingSignIn>(pendingSignInKey);
  const [setup, setSetup] = useState<Setup>();
  const [failure, setFailure] = useState<unknown>();

  if (!pending || pending.signInStep !== "TWO_FACTOR_ENROLMENT") return <Navigate to="/login" replace />;

  async function finish() {
    queryClient.removeQueries({ queryKey: pendingSignInKey });
    await queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
    await navigate(next, { replace: true });
  }

  return (
    <main className={styles.standalone}>
      <title>Set up two-factor sign-in | Access Manager</title>
      <div className={styles.standaloneCard}>
        <h1 className={styles.title}>Set up two-factor sign-in</h1>
        <p className={styles.help}>
          An organization you belong to requires two-factor sign-in. Set it up for {pending.email} to continue.
        </p>
        {failure ? <Banner title="Could not start the setup">{errorMessage(failure)}</Banner> : null}
        {setup ? (
          <TwoFactorSetup setup={setup} onDone={() => void finish()} doneLabel="Continue" />
        ) : (
          <div className={styles.actions}>
            <Button
              variant="primary"
              onClick={() => startTwoFactorSetup().then(setSetup, setFailure)}
            >
              Set up two-factor sign-in
            </Button>
          </div>
        )}
      </div>
    </main>
  );
}
