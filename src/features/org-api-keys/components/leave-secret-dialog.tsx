// "You won't see this private key again": asked whenever the user tries to
// leave the step that shows it (Cancel, Back, a link, the browser's Back).
// Stay is the safe answer, so focus starts there and Escape means Stay.
import { useRef } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";

export interface LeaveSecretDialogProps {
  open: boolean;
  onStay: () => void;
  onLeave: () => void;
}

export function LeaveSecretDialog({ open, onStay, onLeave }: LeaveSecretDialogProps) {
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      alert
      onOpenChange={(next) => {
        if (!next) onStay();
      }}
      title="You won't see this private key again"
      description="Access Manager keeps no copy of the private key. If you leave without saving it, the key cannot be used; you would have to delete it and create a new one."
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        stayRef.current?.focus();
      }}
      footer={
        <>
          <Button onClick={onLeave}>Close anyway</Button>
          <Button ref={stayRef} variant="primary" onClick={onStay}>
            Stay
          </Button>
        </>
      }
    />
  );
}
