// Two-factor sign-in on the account page: set it up; or, when on, reset it
// (a new authenticator and new recovery codes) or turn it off, both after the
// password. Turning off is refused while an organization requires it.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Account, TwoFactorSetup as Setup } from "../../../../contract/account.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { accountQueryKey } from "../api/account.ts";
import { disableTwoFactor, startTwoFactorSetup } from "../api/two-factor.ts";
import styles from "./account.module.css";
import { PasswordPrompt } from "./password-prompt.tsx";
import { TwoFactorSetup } from "./two-factor-setup.tsx";

type Step = { kind: "idle" } | { kind: "password"; then: "reset" | "disable" } | { kind: "setup"; setup: Setup };

export function TwoFactorSection({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [starting, setStarting] = useState<unknown>();
  // The seed and the codes go with the dialog: nothing of them is kept anywhere else.
  const close = () => {
    setStep({ kind: "idle" });
    void queryClient.invalidateQueries({ queryKey: accountQueryKey });
  };

  return (
    <section className={styles.card} aria-labelledby="account-two-factor">
      <h3 id="account-two-factor" className={styles.heading}>Two-factor sign-in</h3>
      <p className={styles.help}>
        {account.twoFactorEnabled
          ? `On. Sign-in asks for a code from your authenticator app. ${account.recoveryCodesLeft} of 10 recovery codes left.`
          : "Off. Add a code from an authenticator app to your password when you sign in."}
        {account.twoFactorRequired ? " Required by an organization you belong to." : ""}
      </p>
      <div className={styles.actions}>
        {account.twoFactorEnabled ? (
          <>
            <Button onClick={() => setStep({ kind: "password", then: "reset" })}>Reset two-factor sign-in</Button>
            {account.twoFactorRequired ? null : (
              <Button variant="danger" onClick={() => setStep({ kind: "password", then: "disable" })}>
                Turn off
              </Button>
            )}
          </>
        ) : (
          <Button variant="primary" onClick={() => startTwoFactorSetup().then((setup) => setStep({ kind: "setup", setup }), setStarting)}>
            Set up two-factor sign-in
          </Button>
        )}
        {starting ? <span role="alert">Could not start the setup. Try again.</span> : null}
      </div>
      {step.kind === "password" ? (
        <PasswordPrompt
          title={step.then === "reset" ? "Reset two-factor sign-in" : "Turn off two-factor sign-in"}
          confirmLabel={step.then === "reset" ? "Continue" : "Turn off"}
          onCancel={close}
          onSubmit={async (password) => {
            if (step.then === "disable") {
              await disableTwoFactor(password);
              close();
            } else {
              setStep({ kind: "setup", setup: await startTwoFactorSetup(password) });
            }
          }}
        />
      ) : null}
      {step.kind === "setup" ? (
        <Dialog open alert size="large" onOpenChange={(open) => (open ? undefined : close())} title="Set up two-factor sign-in">
          <TwoFactorSetup setup={step.setup} onDone={close} />
        </Dialog>
      ) : null}
    </section>
  );
}
