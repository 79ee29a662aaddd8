// Why there is no form: the role the user lacks for this action, and who can
// help. Shown at a wizard's URL, in Invite to Project and on Edit Permissions
// when the user may only read; the server would refuse the change anyway.
import { Notice } from "./ui/notice.tsx";

export function OwnerRequiredNotice({ action, project = false }: { action: string; project?: boolean }) {
  return (
    <Notice>
      {project ? (
        <p>
          <strong>You need the Project Owner role</strong> (or Organization Owner) to {action}. Ask a Project Owner to do
          it, or to give you the role.
        </p>
      ) : (
        <p>
          <strong>You need the Organization Owner role</strong> to {action}. Ask an Organization Owner of this
          organization to do it, or to give you the role.
        </p>
      )}
    </Notice>
  );
}
