// A project's user, added or edited: "Add User" picks one of the
// organization's members or invitees not yet in the project; "Edit Roles"
// changes the roles of one already in it. Either way Project Permissions,
// replacing what was there. A refusal is shown in the dialog and changes nothing.
import { useId, useState } from "react";
import { PROJECT_ROLE_INFO, PROJECT_ROLES } from "../../../../contract/role-catalog.ts";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { RoleChecklist } from "../../../components/role-checklist.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog, DialogClose } from "../../../components/ui/dialog.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useAddProjectUser, useUpdateProjectRoles } from "../api/change-users.ts";
import { fullName, type GroupUser } from "../api/user-types.ts";
import { useOrgUsers } from "../api/users.ts";
import { rolesRefusal } from "./invite-form.ts";
import styles from "./users.module.css";

export interface ProjectUserDialogProps {
  orgId: string;
  groupId: string;
  projectName: string;
  /** Edit Roles of this user; without one, Add User. */
  user?: GroupUser;
  /** The project's users now, left out of the picker. */
  present: readonly string[];
  onClose: () => void;
  onSaved: (user: GroupUser) => void;
}

export function ProjectUserDialog({ orgId, groupId, projectName, user, present, onClose, onSaved }: ProjectUserDialogProps) {
  const selectId = useId();
  const orgUsers = useOrgUsers(orgId, { enabled: !user });
  const add = useAddProjectUser(groupId);
  const update = useUpdateProjectRoles(groupId);
  const [username, setUsername] = useState("");
  const [roles, setRoles] = useState<string[]>(user?.roles ?? []);
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = (orgUsers.data?.results ?? []).filter((member) => !present.includes(member.username));
  const pending = add.isPending || update.isPending;

  function save() {
    setProblem(null);
    if (!user && !username) return setProblem("Choose a user of the organization.");
    if (roles.length === 0) return setProblem("Select at least one role.");
    const done = { onSuccess: onSaved, onError: (error: Error) => setProblem(rolesRefusal(error) ?? errorMessage(error)) };
    if (user) update.mutate({ userId: user.id, groupRoles: roles }, done);
    else add.mutate({ username, roles }, done);
  }

  return (
    <Dialog
      open
      size="large"
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={user ? `Edit Roles of ${user.username}` : "Add User to Project"}
      description={user ? `The roles you select replace the ones they have in ${projectName}.` : `Give a user of the organization roles in ${projectName}.`}
      footer={
        <>
          <DialogClose asChild>
            <Button>Cancel</Button>
          </DialogClose>
          <Button variant="primary" onClick={save} disabled={pending}>
            {pending ? "Saving…" : user ? "Save" : "Add User"}
          </Button>
        </>
      }
    >
      {problem ? <Banner title={user ? "Could not change the roles" : "Could not add the user"}>{problem}</Banner> : null}
      {user ? null : (
        <>
          {orgUsers.isError ? <LoadFailedBanner title="Could not load the organization's users" query={orgUsers} /> : null}
          {orgUsers.isPending ? <p role="status">Loading users…</p> : null}
          {orgUsers.data && candidates.length === 0 ? <p>Every user of the organization is already in this project. Invite people from the organization's Users tab.</p> : null}
          {candidates.length > 0 ? (
            <div className={styles.picker}>
              <label htmlFor={selectId}>User</label>
              <select id={selectId} value={username} onChange={(event) => setUsername(event.target.value)}>
                <option value="">Choose a user</option>
                {candidates.map((member) => (
                  <option key={member.id} value={member.username}>
                    {fullName(member) ? `${fullName(member)} (${member.username})` : member.username}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </>
      )}
      <RoleChecklist legend="Project Permissions" roles={PROJECT_ROLES} info={PROJECT_ROLE_INFO} value={roles} onChange={setRoles} />
    </Dialog>
  );
}
