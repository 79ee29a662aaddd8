// "Remove from Project" for any credential: it leaves this project only.
// Deliberately unlike Delete: no red button, no typing to confirm, its own
// title. Cancel is the safe answer (ConfirmDialog). The page says who leaves
// and what stays.
import { useRef, type ReactNode } from "react";
import { ConfirmDialog } from "./confirm-dialog.tsx";
import { Button } from "./ui/button.tsx";

export interface RemoveFromProjectDialogProps {
  title: string;
  description: ReactNode;
  children?: ReactNode;
  onCancel: () => void;
  onConfirm: () => void;
  /** Where focus goes once the dialog is gone; `removed` says which button closed it. */
  onClosed: (removed: boolean) => void;
}

export function RemoveFromProjectDialog({ title, description, children, onCancel, onConfirm, onClosed }: RemoveFromProjectDialogProps) {
  const removedRef = useRef(false);
  return (
    <ConfirmDialog
      title={title}
      description={description}
      onCancel={onCancel}
      onClosed={() => onClosed(removedRef.current)}
      confirmButton={
        <Button
          variant="primary"
          onClick={() => {
            removedRef.current = true;
            onConfirm();
          }}
        >
          Remove from Project
        </Button>
      }
    >
      {children}
    </ConfirmDialog>
  );
}
