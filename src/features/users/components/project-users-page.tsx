// The Users tab of a project's Access Manager: the project's users and their
// Project Permissions. Project Owners and Organization Owners add members of
// the organization, change their roles and remove them from the project (they
// stay in the organization); others read.
import { useCallback, useState } from "react";
import { EmptyState } from "../../../components/empty-state.tsx";
import { HeaderActions, ResourcePage } from "../../../components/resource-page.tsx";
import { RemoveFromProjectDialog } from "../../../components/remove-from-project-dialog.tsx";
import { RowMenu, type RowAction } from "../../../components/row-menu.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { useArrivalNotice } from "../../../components/use-arrival-notice.ts";
import { usePageFeedback } from "../../../components/use-page-feedback.ts";
import type { ProjectScope } from "../../../lib/project-scope.ts";
import { useRemoveProjectUser } from "../api/change-users.ts";
import type { GroupUser } from "../api/user-types.ts";
import { useProjectUsers } from "../api/users.ts";
import { ProjectUserDialog } from "./project-user-dialog.tsx";
import { UsersTable } from "./users-table.tsx";

type Open = { kind: "add" } | { kind: "edit" | "remove"; user: GroupUser };

export function ProjectUsersPage({ scope }: { scope: ProjectScope }) {
  const { groupId, orgId, projectName, canManage } = scope;
  const users = useProjectUsers(groupId);
  const remove = useRemoveProjectUser(groupId);
  const feedback = usePageFeedback();
  const { highlightId, mark } = useArrivalNotice(feedback.notify);
  const [open, setOpen] = useState<Open | null>(null);
  const rolesOf = useCallback((user: GroupUser) => user.roles, []);
  const close = () => setOpen(null);

  function actions(user: GroupUser): RowAction[] {
    const always: RowAction[] = [{ label: "Copy Email", copy: user.username }];
    if (!canManage) return always;
    // Leaving a project is not a delete: an ordinary item, not a red one.
    return [...always, { label: "Edit Roles", onSelect: () => setOpen({ kind: "edit", user }) }, "separator", { label: "Remove from Project", onSelect: () => setOpen({ kind: "remove", user }) }];
  }

  function confirmRemove(user: GroupUser) {
    setOpen(null);
    feedback.report(remove.mutateAsync(user), {
      done: `${user.username} removed from ${projectName}.`,
      failed: `Could not remove ${user.username}`,
      unchanged: "They are still in the project.",
    });
  }

  const add = (
    <Button variant="primary" onClick={() => setOpen({ kind: "add" })}>
      Add User
    </Button>
  );

  return (
    <ResourcePage
      documentTitle="Users | Access Manager"
      heading="Project Users"
      lead={`The people with roles in ${projectName}. New people are invited from the organization's Users tab.`}
      actions={canManage ? <HeaderActions>{add}</HeaderActions> : null}
      feedback={feedback}
    >
      <UsersTable
        query={users}
        caption="Project users"
        rolesLabel="Project Roles"
        rolesOf={rolesOf}
        empty={<EmptyState title="No users in this project" text="Give members of the organization roles in this project." actions={canManage ? add : undefined} whoCan="A Project Owner can add users." />}
        renderActions={(user) => <RowMenu id={user.id} label={user.username} actions={actions(user)} />}
        highlightId={highlightId}
      />
      {open?.kind === "add" || open?.kind === "edit" ? (
        <ProjectUserDialog
          orgId={orgId}
          groupId={groupId}
          projectName={projectName}
          user={open.kind === "edit" ? open.user : undefined}
          present={(users.data?.results ?? []).map((user) => user.username)}
          onClose={close}
          onSaved={(saved) => {
            close();
            feedback.notify(open.kind === "add" ? `${saved.username} added to ${projectName}.` : `Roles of ${saved.username} saved.`);
            mark(saved.id);
          }}
        />
      ) : null}
      {open?.kind === "remove" ? (
        <RemoveFromProjectDialog
          title={`Remove ${open.user.username} from ${projectName}?`}
          description="They lose their roles in this project. They stay a user of the organization."
          onCancel={close}
          onConfirm={() => confirmRemove(open.user)}
          onClosed={(removed) => feedback.returnFocus(open.user.id, removed)}
        />
      ) : null}
    </ResourcePage>
  );
}
