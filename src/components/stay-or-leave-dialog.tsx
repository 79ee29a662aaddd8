// The question asked before leaving a page that would lose something (the
// private key on screen, unsaved changes). Stay is the safe answer, so focus
// starts there and Escape (or closing the dialog) means Stay.
import { useRef } from "react";
import { Button } from "./ui/button.tsx";
import { Dialog } from "./ui/dialog.tsx";

export interface StayOrLeaveDialogProps {
  open: boolean;
  onStay: () => void;
  onLeave: () => void;
}

interface Wording {
  title: string;
  description: string;
  leaveLabel: string;
}

export function StayOrLeaveDialog({ open, onStay, onLeave, title, description, leaveLabel }: StayOrLeaveDialogProps & Wording) {
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      alert
      onOpenChange={(next) => {
        if (!next) onStay();
      }}
      title={title}
      description={description}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        stayRef.current?.focus();
      }}
      footer={
        <>
          <Button onClick={onLeave}>{leaveLabel}</Button>
          <Button ref={stayRef} variant="primary" onClick={onStay}>
            Stay
          </Button>
        </>
      }
    />
  );
}
