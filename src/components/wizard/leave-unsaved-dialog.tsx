// "Leave without saving?": asked when the user leaves an edit wizard (Cancel, a
// link, the browser's Back) with changes not saved.
import { StayOrLeaveDialog, type StayOrLeaveDialogProps } from "../stay-or-leave-dialog.tsx";

export function LeaveUnsavedDialog({ noun, ...props }: StayOrLeaveDialogProps & { /** "API key", "service account" */ noun: string }) {
  return (
    <StayOrLeaveDialog
      {...props}
      title="Leave without saving?"
      description={`Your changes to this ${noun} are not saved. If you leave now, they are lost.`}
      leaveLabel="Leave without saving"
    />
  );
}
