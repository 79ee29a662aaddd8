// "Delete" with several keys selected: one confirmation that lists each key
// and the projects it leaves, and enables Delete only once the number of keys
// is typed (a count is what the user has in mind for a selection; typing every
// public key would not be). Cancel is the safe answer (ConfirmDialog).
import { useId, useRef, useState } from "react";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { keyProjects } from "../../../components/table/key-rows.ts";
import { Button } from "../../../components/ui/button.tsx";
import { TypeToConfirm } from "../../../components/type-to-confirm.tsx";
import { useOrgGroupNames } from "../api/org-groups.ts";
import styles from "../../../components/delete-credential-dialog.module.css";

export interface BulkDeleteDialogProps {
  orgId: string;
  keys: readonly ApiKey[];
  onCancel: () => void;
  onConfirm: (keys: readonly ApiKey[]) => void;
  onClosed: (deleted: boolean) => void;
}

export function BulkDeleteDialog({ orgId, keys, onCancel, onConfirm, onClosed }: BulkDeleteDialogProps) {
  const groups = useOrgGroupNames(orgId);
  const count = String(keys.length);
  const [confirmed, setConfirmed] = useState(false);
  const noun = keys.length === 1 ? "key" : "keys";
  const deletedRef = useRef(false);
  const formId = useId();

  return (
    <ConfirmDialog
      title={`Delete ${count} API ${noun}?`}
      description="Each of these keys stops working at once and leaves every project it belongs to. This cannot be undone."
      onCancel={onCancel}
      onClosed={() => onClosed(deletedRef.current)}
      confirmButton={
        <Button type="submit" form={formId} variant="danger" disabled={!confirmed}>
          Delete {count} {noun}
        </Button>
      }
    >
      <ul className={styles.bulkList} aria-label="Keys to delete">
        {keys.map((apiKey) => {
          const projects = keyProjects(apiKey, groups.data);
          return (
            <li key={apiKey.id}>
              <span className={styles.mono}>{apiKey.publicKey}</span> {apiKey.desc}
              <span className={styles.leaves}>
                {projects.length === 0
                  ? "In no project"
                  : `Leaves ${projects.map((p) => p.name ?? "a project you cannot see").join(", ")}`}
              </span>
            </li>
          );
        })}
      </ul>
      <TypeToConfirm
        formId={formId}
        expected={count}
        onMatch={setConfirmed}
        onConfirm={() => {
          deletedRef.current = true;
          onConfirm(keys);
        }}
        className={styles.confirmField} inputMode="numeric"
      />
    </ConfirmDialog>
  );
}
