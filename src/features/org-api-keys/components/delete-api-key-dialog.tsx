// "Delete" from a row's menu: names the key and the projects it leaves with
// it, and enables Delete only once the public key is typed. Cancel is the
// safe answer (ConfirmDialog).
import { useId, useRef, useState } from "react";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TypeToConfirm } from "../../../components/type-to-confirm.tsx";
import { useOrgGroupNames } from "../api/org-groups.ts";
import { keyProjects } from "../../../components/table/key-rows.ts";
import styles from "./delete-api-key-dialog.module.css";

export interface DeleteApiKeyDialogProps {
  orgId: string;
  apiKey: ApiKey;
  onCancel: () => void;
  onConfirm: (apiKey: ApiKey) => void;
  /** Where focus goes once the dialog is gone; `deleted` says which button closed it. */
  onClosed: (deleted: boolean) => void;
}

export function DeleteApiKeyDialog({ orgId, apiKey, onCancel, onConfirm, onClosed }: DeleteApiKeyDialogProps) {
  const groups = useOrgGroupNames(orgId);
  const projects = keyProjects(apiKey, groups.data);
  const [confirmed, setConfirmed] = useState(false);
  const deletedRef = useRef(false);
  const formId = useId();

  return (
    <ConfirmDialog
      title={`Delete API key ${apiKey.publicKey}?`}
      description={
        <>
          <strong>{apiKey.desc}</strong> (<span className={styles.mono}>{apiKey.publicKey}</span>) stops working at
          once. This cannot be undone.
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
        expected={apiKey.publicKey}
        onMatch={setConfirmed}
        onConfirm={() => {
          deletedRef.current = true;
          onConfirm(apiKey);
        }}
        className={styles.confirmField}
      />
    </ConfirmDialog>
  );
}
