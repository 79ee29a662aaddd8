// Active sessions as the server knows them (browser, address, when signed in
// and last seen), and "Sign out of other sessions", which ends every other
// one on every server instance at once.
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { formatExact, formatRelative } from "../../../lib/format-date.ts";
import { useSessions, useSignOutOthers } from "../api/sessions.ts";
import styles from "./account.module.css";

export function SessionsSection() {
  const sessions = useSessions();
  const signOutOthers = useSignOutOthers();
  const [confirming, setConfirming] = useState(false);
  const others = (sessions.data ?? []).filter((s) => !s.current).length;

  return (
    <section className={styles.card} aria-labelledby="account-sessions">
      <h3 id="account-sessions" className={styles.heading}>Active sessions</h3>
      {sessions.isError ? <LoadFailedBanner title="Could not load your sessions" query={sessions} /> : null}
      {signOutOthers.isError ? <Banner title="Your other sessions were not signed out">{errorMessage(signOutOthers.error)}</Banner> : null}
      {sessions.data ? (
        <table className={styles.sessions}>
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">IP address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.device}
                  {s.current ? " (this session)" : ""}
                </td>
                <td>{s.address ?? "Unknown"}</td>
                <td title={formatExact(s.created)}>{formatRelative(s.created)}</td>
                <td title={formatExact(s.lastSeen)}>{s.current ? "Now" : formatRelative(s.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className={styles.actions}>
        <Button disabled={others === 0 || signOutOthers.isPending} onClick={() => setConfirming(true)}>
          Sign out of other sessions
        </Button>
        {signOutOthers.isSuccess ? <span role="status">Signed out of {signOutOthers.data.ended} other session{signOutOthers.data.ended === 1 ? "" : "s"}.</span> : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Sign out of other sessions?"
          description={`Every other browser signed in to your account (${others}) is signed out at once. This one stays signed in.`}
          onCancel={() => setConfirming(false)}
          onClosed={() => {}}
          confirmButton={
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                signOutOthers.mutate();
              }}
            >
              Sign out others
            </Button>
          }
        />
      ) : null}
    </section>
  );
}
