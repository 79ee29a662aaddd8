// "Leave without saving?": asked when the user leaves Edit API Key (Cancel, a
// link, the browser's Back) with changes not saved.
import { StayOrLeaveDialog, type StayOrLeaveDialogProps } from "../../../components/stay-or-leave-dialog.tsx";

export function LeaveUnsavedDialog(props: StayOrLeaveDialogProps) {
  return (
    <StayOrLeaveDialog
      {...props}
      title="Leave without saving?"
      description="Your changes to this API key are not saved. If you leave now, they are lost."
      leaveLabel="Leave without saving"
    />
  );
}
