// /account: the signed-in user's own account, reached from the user menu.
// Profile, password, two-factor sign-in and active sessions; each section
// shows its own errors.
import { useQueryClient } from "@tanstack/react-query";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { useAccount } from "../api/account.ts";
import styles from "./account.module.css";
import { PasswordSection } from "./password-section.tsx";
import { ProfileSection } from "./profile-section.tsx";
import { SessionsSection } from "./sessions-section.tsx";
import { TwoFactorSection } from "./two-factor-section.tsx";

export function AccountPage() {
  const account = useAccount();
  const queryClient = useQueryClient();
  return (
    <div className={styles.page}>
      <title>Account | Access Manager</title>
      <h2 className={styles.title}>Account</h2>
      {account.isError ? <LoadFailedBanner title="Could not load your account" query={account} /> : null}
      {account.data ? (
        <>
          <ProfileSection account={account.data} />
          <PasswordSection onChanged={() => void queryClient.invalidateQueries({ queryKey: ["/private/account/sessions"] })} />
          <TwoFactorSection account={account.data} />
          <SessionsSection />
        </>
      ) : null}
    </div>
  );
}
