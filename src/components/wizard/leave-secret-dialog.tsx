// "You won't see this <secret> again": asked whenever the user tries to leave
// the step that shows a secret once (Cancel, Back, a link, the browser's Back,
// Sign out). The secret's noun and what losing it means come from the page.
import { StayOrLeaveDialog, type StayOrLeaveDialogProps } from "../stay-or-leave-dialog.tsx";

export interface LeaveSecretDialogProps extends StayOrLeaveDialogProps {
  /** "private key", "client secret" */
  noun: string;
  /** What the user must do without it, after "Access Manager keeps no copy of the <noun>." */
  consequence: string;
}

export function LeaveSecretDialog({ noun, consequence, ...props }: LeaveSecretDialogProps) {
  return (
    <StayOrLeaveDialog
      {...props}
      title={`You won't see this ${noun} again`}
      description={`Access Manager keeps no copy of the ${noun}. ${consequence}`}
      leaveLabel="Close anyway"
    />
  );
}
