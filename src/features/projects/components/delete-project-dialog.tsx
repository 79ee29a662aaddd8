// Delete Project: names what goes with it (its API key assignments; the keys
// stay in the organization) and enables the red Delete only once the
// project's name is typed. Cancel is the safe answer (ConfirmDialog).
import { useId, useState } from "react";
import type { Group } from "../../../../contract/orgs.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import styles from "./org-projects-page.module.css";

export interface DeleteProjectDialogProps {
  project: Group;
  onCancel: () => void;
  onConfirm: (project: Group) => void;
  onClosed: () => void;
}

export function DeleteProjectDialog({ project, onCancel, onConfirm, onClosed }: DeleteProjectDialogProps) {
  const [typed, setTyped] = useState("");
  const confirmed = typed === project.name;
  const formId = useId();
  return (
    <ConfirmDialog
      title={`Delete project ${project.name}?`}
      description={
        <>
          The project <strong>{project.name}</strong> is deleted with its API key assignments and its members&apos; roles
          in it. The keys and users stay in the organization. This cannot be undone.
        </>
      }
      onCancel={onCancel}
      onClosed={onClosed}
      confirmButton={
        <Button type="submit" form={formId} variant="danger" disabled={!confirmed}>
          Delete
        </Button>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed) onConfirm(project);
        }}
      >
        <TextField
          label={`Type ${project.name} to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className={styles.confirmField}
        />
      </form>
    </ConfirmDialog>
  );
}
