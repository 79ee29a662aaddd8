// "Leave without saving?": asked when the user leaves Edit API Key (Cancel, a
// link, the browser's Back) with changes not saved. Built like
// LeaveSecretDialog: Stay is the safe answer, so focus starts there and
// Escape means Stay.
import { useRef } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";

export interface LeaveUnsavedDialogProps {
  open: boolean;
  onStay: () => void;
  onLeave: () => void;
}

export function LeaveUnsavedDialog({ open, onStay, onLeave }: LeaveUnsavedDialogProps) {
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      alert
      onOpenChange={(next) => {
        if (!next) onStay();
      }}
      title="Leave without saving?"
      description="Your changes to this API key are not saved. If you leave now, they are lost."
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        stayRef.current?.focus();
      }}
      footer={
        <>
          <Button onClick={onLeave}>Leave without saving</Button>
          <Button ref={stayRef} variant="primary" onClick={onStay}>
            Stay
          </Button>
        </>
      }
    />
  );
}
