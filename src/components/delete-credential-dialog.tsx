// "Delete" from a credential's row menu (an API key, a service account):
// names it and the projects it leaves with it, and enables Delete only once
// its identifier (public key, client ID) is typed. Cancel is the safe answer
// (ConfirmDialog).
import { useId, useRef, useState } from "react";
import { ConfirmDialog } from "./confirm-dialog.tsx";
import { Button } from "./ui/button.tsx";
import { TypeToConfirm } from "./type-to-confirm.tsx";
import styles from "./delete-credential-dialog.module.css";

export interface CredentialProject {
  groupId: string;
  /** null when the user cannot see the project (or its name has not loaded). */
  name: string | null;
}

export interface DeleteCredentialDialogProps {
  /** "API key", "service account" */
  noun: string;
  /** What the user types to confirm, and what names it: its public key or client ID. */
  identifier: string;
  /** What people call it: its description or name. */
  name: string;
  /** The projects it is removed from. */
  projects: readonly CredentialProject[];
  onCancel: () => void;
  onConfirm: () => void;
  /** Where focus goes once the dialog is gone; `deleted` says which button closed it. */
  onClosed: (deleted: boolean) => void;
}

export function DeleteCredentialDialog({ noun, identifier, name, projects, onCancel, onConfirm, onClosed }: DeleteCredentialDialogProps) {
  const [confirmed, setConfirmed] = useState(false);
  const deletedRef = useRef(false);
  const formId = useId();

  return (
    <ConfirmDialog
      title={`Delete ${noun} ${identifier}?`}
      description={
        <>
          <strong>{name}</strong> (<span className={styles.mono}>{identifier}</span>) stops working at once. This cannot
          be undone.
        </>
      }
      onCancel={onCancel}
      onClosed={() => onClosed(deletedRef.current)}
      confirmButton={
        <Button type="submit" form={formId} variant="danger" disabled={!confirmed}>
          Delete
        </Button>
      }
    >
      <div className={projects.length === 0 ? styles.noProjects : styles.projects}>
        {projects.length === 0 ? (
          <p>It does not belong to any project.</p>
        ) : (
          <>
            <p>
              It is also removed from every project it belongs to ({projects.length}{" "}
              {projects.length === 1 ? "project" : "projects"}):
            </p>
            <ul className={styles.projectList}>
              {projects.map((project) => (
                <li key={project.groupId}>{project.name ?? <span className={styles.mono}>{project.groupId}</span>}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <TypeToConfirm
        formId={formId}
        expected={identifier}
        onMatch={setConfirmed}
        onConfirm={() => {
          deletedRef.current = true;
          onConfirm();
        }}
        className={styles.confirmField}
      />
    </ConfirmDialog>
  );
}
