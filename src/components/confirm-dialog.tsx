// A confirmation with Cancel as the safe answer: AlertDialog semantics (see
// Dialog `alert`), so Escape cancels and outside clicks do nothing, and focus
// starts on Cancel, not on the button that changes something.
import { useRef, type ReactNode } from "react";
import { Button } from "./ui/button.tsx";
import { Dialog } from "./ui/dialog.tsx";

export interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  children?: ReactNode;
  /** The button that confirms; it follows Cancel in the footer. */
  confirmButton: ReactNode;
  onCancel: () => void;
  /** Once the dialog is gone, e.g. to put focus back where it belongs. */
  onClosed: () => void;
}

export function ConfirmDialog({ title, description, children, confirmButton, onCancel, onClosed }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open
      alert
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={title}
      description={description}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        cancelRef.current?.focus();
      }}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        onClosed();
      }}
      footer={
        <>
          <Button ref={cancelRef} onClick={onCancel}>
            Cancel
          </Button>
          {confirmButton}
        </>
      }
    >
      {children}
    </Dialog>
  );
}
