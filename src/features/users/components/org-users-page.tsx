// The Users tab of an organization's Access Manager: members and pending
// invitees, Invite Users for Organization Owners, and the row actions'
// dialogs (Edit Roles, one-time links, Remove / Cancel Invitation). Others
// read the same table with Copy Email only.
import { useCallback, useMemo, useState } from "react";
import { EmptyState } from "../../../components/empty-state.tsx";
import { HeaderActions, ResourcePage } from "../../../components/resource-page.tsx";
import { RowMenu } from "../../../components/row-menu.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { useArrivalNotice } from "../../../components/use-arrival-notice.ts";
import { usePageFeedback } from "../../../components/use-page-feedback.ts";
import { useOrgs } from "../../orgs/api/orgs.ts";
import { useOrgProjects } from "../../projects/api/org-projects.ts";
import { useRemoveOrgUser } from "../api/change-users.ts";
import type { OrgUser } from "../api/user-types.ts";
import { useOrgUsers } from "../api/users.ts";
import { EditUserRolesDialog } from "./edit-user-roles-dialog.tsx";
import { InviteUsersDialog } from "./invite-users-dialog.tsx";
import { IssueLinkDialog } from "./issue-link-dialog.tsx";
import { orgUserActions, type OrgUserDialog } from "./org-user-actions.ts";
import { RemoveUserDialog } from "./remove-user-dialog.tsx";
import { UsersTable } from "./users-table.tsx";

export interface OrgUsersPageProps {
  orgId: string;
  canManage: boolean;
  /** The signed-in user's id: no password-reset link for oneself. */
  selfId?: string;
}

export function OrgUsersPage({ orgId, canManage, selfId }: OrgUsersPageProps) {
  const users = useOrgUsers(orgId);
  const projects = useOrgProjects(orgId);
  const orgName = useOrgs().data?.results.find((org) => org.id === orgId)?.name ?? "this organization";
  const remove = useRemoveOrgUser(orgId);
  const feedback = usePageFeedback();
  const { highlightId, mark } = useArrivalNotice(feedback.notify);
  const [inviting, setInviting] = useState(false);
  const [dialog, setDialog] = useState<OrgUserDialog | null>(null);

  const projectList = useMemo(() => (projects.data?.results ?? []).map(({ id, name }) => ({ id, name })), [projects.data]);
  const projectsOf = useCallback(
    (user: OrgUser) => user.roles.groupRoleAssignments.map(({ groupId }) => projectList.find((p) => p.id === groupId)?.name ?? groupId),
    [projectList],
  );
  const rolesOf = useCallback((user: OrgUser) => user.roles.orgRoles, []);
  const close = () => setDialog(null);

  function confirmRemove(user: OrgUser) {
    setDialog(null);
    const pending = user.orgMembershipStatus !== "ACTIVE";
    feedback.report(
      remove.mutateAsync(user),
      pending
        ? { done: `Invitation of ${user.username} cancelled.`, failed: `Could not cancel the invitation of ${user.username}`, unchanged: "It still stands." }
        : { done: `${user.username} removed from ${orgName}.`, failed: `Could not remove ${user.username}`, unchanged: "They are still a member." },
    );
  }

  const invite = (
    <Button variant="primary" onClick={() => setInviting(true)}>
      Invite Users
    </Button>
  );

  return (
    <ResourcePage
      documentTitle="Users | Access Manager"
      heading="Organization Users"
      lead="The people who sign in to this organization, and those invited who have not joined yet."
      actions={canManage ? <HeaderActions>{invite}</HeaderActions> : null}
      feedback={feedback}
    >
      <UsersTable
        query={users}
        caption="Organization users"
        rolesLabel="Organization Roles"
        rolesOf={rolesOf}
        projectsOf={projectsOf}
        empty={<EmptyState title="No users yet" text="Invite people to sign in to this organization." actions={canManage ? invite : undefined} whoCan="An Organization Owner can invite users." />}
        renderActions={(user) => <RowMenu id={user.id} label={user.username} actions={orgUserActions(user, canManage, selfId, setDialog)} />}
        highlightId={highlightId}
      />
      {inviting ? (
        <InviteUsersDialog
          orgId={orgId}
          projects={projectList}
          onClose={() => setInviting(false)}
          onInvited={(emails) => feedback.notify(`${emails.length === 1 ? emails[0] : `${emails.length} people`} invited.`)}
        />
      ) : null}
      {dialog?.kind === "edit" ? (
        <EditUserRolesDialog
          orgId={orgId}
          user={dialog.user}
          projects={projectList}
          onClose={close}
          onSaved={(saved) => {
            close();
            feedback.notify(`Roles of ${saved.username} saved.`);
            mark(saved.id);
          }}
        />
      ) : null}
      {dialog?.kind === "link" ? <IssueLinkDialog orgId={orgId} user={dialog.user} kind={dialog.link} onClose={close} /> : null}
      {dialog?.kind === "remove" ? (
        <RemoveUserDialog
          user={dialog.user}
          projects={projectsOf(dialog.user)}
          orgName={orgName}
          onCancel={close}
          onConfirm={() => confirmRemove(dialog.user)}
          onClosed={(removed) => feedback.returnFocus(dialog.user.id, removed)}
        />
      ) : null}
    </ResourcePage>
  );
}
