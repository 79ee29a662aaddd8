// Remove a member from the organization, or cancel a pending invitation:
// names the person and the projects they leave with it, with a red button
// after Cancel (focused first, ConfirmDialog). Removal ends their sessions.
import { useRef } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import type { OrgUser } from "../api/user-types.ts";

export interface RemoveUserDialogProps {
  user: OrgUser;
  /** The names of the projects they have roles in. */
  projects: readonly string[];
  orgName: string;
  onCancel: () => void;
  onConfirm: () => void;
  onClosed: (removed: boolean) => void;
}

export function RemoveUserDialog({ user, projects, orgName, onCancel, onConfirm, onClosed }: RemoveUserDialogProps) {
  const removedRef = useRef(false);
  const pending = user.orgMembershipStatus !== "ACTIVE";
  return (
    <ConfirmDialog
      title={pending ? `Cancel the invitation of ${user.username}?` : `Remove ${user.username} from ${orgName}?`}
      description={
        pending
          ? "Their invitation link stops working. You can invite them again later."
          : "They lose access to this organization at once, and every session they have open ends."
      }
      onCancel={onCancel}
      onClosed={() => onClosed(removedRef.current)}
      confirmButton={
        <Button
          variant="danger"
          onClick={() => {
            removedRef.current = true;
            onConfirm();
          }}
        >
          {pending ? "Cancel Invitation" : "Remove"}
        </Button>
      }
    >
      {projects.length === 0 ? (
        <p>{pending ? "The invitation grants no project." : "They belong to no project."}</p>
      ) : (
        <>
          <p>
            {pending ? "The invitation would have given access to" : "They are also removed from"} {projects.length}{" "}
            {projects.length === 1 ? "project" : "projects"}:
          </p>
          <ul>
            {projects.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}
