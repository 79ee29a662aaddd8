// A create wizard's secret step: the copy-once values, then Cancel and Next;
// Next waits for the "I have copied" tick. Leaving any other way asks first
// (LeaveSecretDialog, wired by the page).
import { CopyOnceSecret, type CopyOnceSecretProps } from "../copy-once-secret.tsx";
import { Button } from "../ui/button.tsx";
import styles from "./wizard.module.css";

export interface CopyOnceStepProps extends Omit<CopyOnceSecretProps, "children"> {
  onCancel: () => void;
  onNext: () => void;
}

export function CopyOnceStep({ onCancel, onNext, ...secret }: CopyOnceStepProps) {
  return (
    <CopyOnceSecret {...secret}>
      {(copied) => (
        <div className={styles.actions}>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="primary" onClick={onNext} disabled={!copied}>
            Next
          </Button>
        </div>
      )}
    </CopyOnceSecret>
  );
}
