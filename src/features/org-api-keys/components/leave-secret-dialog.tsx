// "You won't see this private key again": asked whenever the user tries to
// leave the step that shows it (Cancel, Back, a link, the browser's Back, Sign out).
import { StayOrLeaveDialog, type StayOrLeaveDialogProps } from "../../../components/stay-or-leave-dialog.tsx";

export function LeaveSecretDialog(props: StayOrLeaveDialogProps) {
  return (
    <StayOrLeaveDialog
      {...props}
      title="You won't see this private key again"
      description="Access Manager keeps no copy of the private key. If you leave without saving it, the key cannot be used; you would have to delete it and create a new one."
      leaveLabel="Close anyway"
    />
  );
}
