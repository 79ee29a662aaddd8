// A new one-time link for one person: a new invitation link for a pending
// invitee (the old link stops) or a password-reset link for an active member.
// Asks first, then shows the link once with Copy; it lives in this
// component's state only and is gone when the dialog closes.
import { useState } from "react";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog, DialogClose } from "../../../components/ui/dialog.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useIssueLink, type LinkKind } from "../api/user-links.ts";
import type { OrgUser } from "../api/user-types.ts";
import { OneTimeLinks, type OneTimeLink } from "./one-time-links.tsx";
import styles from "./users.module.css";

const WORDS: Record<LinkKind, { title: string; noun: string; explain: string; button: string }> = {
  invitationLink: {
    title: "New Invitation Link",
    noun: "invitation link",
    explain: "The link they have now stops working, and the invitation runs for another 30 days.",
    button: "Create Link",
  },
  passwordResetLink: {
    title: "Password Reset Link",
    noun: "password reset link",
    explain: "With it they choose a new password; their other sessions end. It works once, for 30 days.",
    button: "Create Link",
  },
};

export interface IssueLinkDialogProps {
  orgId: string;
  user: OrgUser;
  kind: LinkKind;
  onClose: () => void;
}

export function IssueLinkDialog({ orgId, user, kind, onClose }: IssueLinkDialogProps) {
  const issue = useIssueLink(orgId, kind);
  const words = WORDS[kind];
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [link, setLink] = useState<OneTimeLink | null>(null);

  async function create() {
    setPending(true);
    setFailure(null);
    try {
      const answer = await issue(user.id);
      setLink({ label: user.username, url: answer.url, expiresAt: answer.expiresAt });
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open
      size="large"
      onOpenChange={(open) => {
        if (!open && link === null) onClose();
      }}
      title={words.title}
      description={`For ${user.username}. ${words.explain}`}
    >
      {link ? (
        <OneTimeLinks links={[link]} noun={words.noun} onClose={onClose} />
      ) : (
        <>
          {failure ? <Banner title="Could not create a link">{errorMessage(failure)} Nothing was changed.</Banner> : null}
          <p className={styles.actions}>
            <DialogClose asChild>
              <Button>Cancel</Button>
            </DialogClose>
            <Button variant="primary" onClick={() => void create()} disabled={pending}>
              {pending ? "Creating…" : words.button}
            </Button>
          </p>
        </>
      )}
    </Dialog>
  );
}
