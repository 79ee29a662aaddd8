// One-time links on screen (invitations, a password reset), with the
// copy-once conventions of a secret: a warning that stays, Copy per link, a
// tick before Done, and asking before the page is left. The links live in
// the caller's state only; closing the dialog drops them for good.
import { CopyOnceSecret } from "../../../components/copy-once-secret.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { LeaveSecretDialog } from "../../../components/wizard/leave-secret-dialog.tsx";
import { useLeaveGuard } from "../../../components/wizard/use-leave-guard.ts";
import { formatExact } from "../../../lib/format-date.ts";
import { useSecretOnScreen } from "../../../lib/secret-on-screen.ts";
import styles from "./users.module.css";

export interface OneTimeLink {
  /** Whose link it is: their email. */
  label: string;
  url: string;
  expiresAt: string;
}

export interface OneTimeLinksProps {
  links: readonly OneTimeLink[];
  /** "invitation link", "password reset link" */
  noun: string;
  onClose: () => void;
}

export function OneTimeLinks({ links, noun, onClose }: OneTimeLinksProps) {
  const { blocker } = useLeaveGuard(true);
  useSecretOnScreen(true);
  const plural = links.length === 1 ? noun : `${noun}s`;
  return (
    <div className={styles.linkList}>
      <CopyOnceSecret
        warningTitle={`Copy the ${plural} now`}
        warning={`This is the only time ${links.length === 1 ? "it is" : "they are"} shown. Send each person their own link; it works once. If one is lost, create a new one.`}
        values={links.map((link) => ({ label: link.label, value: link.url, hint: `Expires ${formatExact(link.expiresAt)}` }))}
        confirmLabel={`I have copied the ${plural}`}
      >
        {(copied) => (
          <p>
            <Button variant="primary" disabled={!copied} onClick={onClose}>
              Done
            </Button>
          </p>
        )}
      </CopyOnceSecret>
      <LeaveSecretDialog blocker={blocker} noun={noun} consequence="Create a new link for the person if this one is lost." />
    </div>
  );
}
