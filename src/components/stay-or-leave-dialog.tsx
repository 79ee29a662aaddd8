// The question asked before leaving a page that would lose something (the
// private key on screen, unsaved changes), while the router's blocker holds
// the navigation. Stay is the safe answer, so focus starts there and Escape
// (or closing the dialog) means Stay; Leave lets the navigation go on.
import { useRef } from "react";
import type { Blocker } from "react-router";
import { Button } from "./ui/button.tsx";
import { Dialog } from "./ui/dialog.tsx";

export interface StayOrLeaveDialogProps {
  blocker: Blocker;
}

interface Wording {
  title: string;
  description: string;
  leaveLabel: string;
}

export function StayOrLeaveDialog({ blocker, title, description, leaveLabel }: StayOrLeaveDialogProps & Wording) {
  const stayRef = useRef<HTMLButtonElement>(null);
  const onStay = () => blocker.reset?.();
  return (
    <Dialog
      open={blocker.state === "blocked"}
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
          <Button onClick={() => blocker.proceed?.()}>{leaveLabel}</Button>
          <Button ref={stayRef} variant="primary" onClick={onStay}>
            Stay
          </Button>
        </>
      }
    />
  );
}
