// "Remove from Project": takes the key out of this project only. Cancel is
// the safe answer (ConfirmDialog). It says what stays: the key, its
// organization roles, its other projects and its access list. Deliberately
// unlike the organization's Delete: no red button, no typing to confirm, a
// different title.
import { useRef } from "react";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import styles from "./remove-from-project-dialog.module.css";

export interface RemoveFromProjectDialogProps {
  apiKey: ApiKey;
  projectName: string;
  onCancel: () => void;
  onConfirm: (apiKey: ApiKey) => void;
  /** Where focus goes once the dialog is gone; `removed` says which button closed it. */
  onClosed: (removed: boolean) => void;
}

export function RemoveFromProjectDialog({ apiKey, projectName, onCancel, onConfirm, onClosed }: RemoveFromProjectDialogProps) {
  const removedRef = useRef(false);
  return (
    <ConfirmDialog
      title={`Remove ${apiKey.publicKey} from ${projectName}?`}
      description={
        <>
          <strong>{apiKey.desc}</strong> (<span className={styles.mono}>{apiKey.publicKey}</span>) loses its roles in{" "}
          {projectName} and can no longer call this project&apos;s API.
        </>
      }
      onCancel={onCancel}
      onClosed={() => onClosed(removedRef.current)}
      confirmButton={
        <Button
          variant="primary"
          onClick={() => {
            removedRef.current = true;
            onConfirm(apiKey);
          }}
        >
          Remove from Project
        </Button>
      }
    >
      <div className={styles.keeps}>
        <p>The key stays in the organization and keeps its other projects:</p>
        <ul>
          <li>its organization roles and any roles it has in other projects are unchanged;</li>
          <li>its access list and private key are unchanged;</li>
          <li>a Project Owner can invite it to this project again later.</li>
        </ul>
      </div>
    </ConfirmDialog>
  );
}
