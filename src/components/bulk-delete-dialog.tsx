// "Delete" with several credentials selected (API keys, service accounts):
// one confirmation that lists each one and the projects it leaves, and
// enables Delete only once their number is typed (a count is what the user
// has in mind for a selection; typing every identifier would not be). Cancel
// is the safe answer (ConfirmDialog).
import { useId, useRef, useState } from "react";
import { ConfirmDialog } from "./confirm-dialog.tsx";
import type { CredentialProject } from "./delete-credential-dialog.tsx";
import { countOf, shortNoun, type RowNoun } from "./table/row-noun.ts";
import { Button } from "./ui/button.tsx";
import { TypeToConfirm } from "./type-to-confirm.tsx";
import styles from "./delete-credential-dialog.module.css";

export interface BulkDeleteItem {
  id: string;
  /** Its public key or client ID. */
  identifier: string;
  /** Its description or name. */
  name: string;
  /** The projects it leaves; undefined while they load. */
  projects: readonly CredentialProject[] | undefined;
}

export interface BulkDeleteDialogProps {
  noun: RowNoun;
  items: readonly BulkDeleteItem[];
  onCancel: () => void;
  onConfirm: () => void;
  onClosed: (deleted: boolean) => void;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function leaves(projects: BulkDeleteItem["projects"]): string {
  if (projects === undefined) return "Reading its projects…";
  if (projects.length === 0) return "In no project";
  return `Leaves ${projects.map((p) => p.name ?? "a project you cannot see").join(", ")}`;
}

export function BulkDeleteDialog({ noun, items, onCancel, onConfirm, onClosed }: BulkDeleteDialogProps) {
  const count = String(items.length);
  const [confirmed, setConfirmed] = useState(false);
  const deletedRef = useRef(false);
  const formId = useId();

  return (
    <ConfirmDialog
      title={`Delete ${countOf(items.length, noun)}?`}
      description={`Each of these ${shortNoun(noun)} stops working at once and leaves every project it belongs to. This cannot be undone.`}
      onCancel={onCancel}
      onClosed={() => onClosed(deletedRef.current)}
      confirmButton={
        <Button type="submit" form={formId} variant="danger" disabled={!confirmed}>
          Delete {count} {shortNoun(noun, items.length)}
        </Button>
      }
    >
      <ul className={styles.bulkList} aria-label={`${capitalised(shortNoun(noun))} to delete`}>
        {items.map((item) => (
          <li key={item.id}>
            <span className={styles.mono}>{item.identifier}</span> {item.name}
            <span className={styles.leaves}>{leaves(item.projects)}</span>
          </li>
        ))}
      </ul>
      <TypeToConfirm
        formId={formId}
        expected={count}
        onMatch={setConfirmed}
        onConfirm={() => {
          deletedRef.current = true;
          onConfirm();
        }}
        className={styles.confirmField}
        inputMode="numeric"
      />
    </ConfirmDialog>
  );
}
