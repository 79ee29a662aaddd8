// The row menu of an organization's user, as data for the shared RowMenu:
// Copy Email for everyone; for an Organization Owner, Edit Roles, then for a
// member a Password Reset Link and Remove, for an invitee a New Invitation
// Link and Cancel Invitation (both red: the membership or invitation is gone).
import type { RowAction } from "../../../components/row-menu.tsx";
import type { LinkKind } from "../api/user-links.ts";
import type { OrgUser } from "../api/user-types.ts";

export type OrgUserDialog =
  | { kind: "edit"; user: OrgUser }
  | { kind: "remove"; user: OrgUser }
  | { kind: "link"; user: OrgUser; link: LinkKind };

export function orgUserActions(user: OrgUser, canManage: boolean, selfId: string | undefined, open: (dialog: OrgUserDialog) => void): RowAction[] {
  const always: RowAction[] = [{ label: "Copy Email", copy: user.username }];
  if (!canManage) return always;
  const edit: RowAction = { label: "Edit Roles", onSelect: () => open({ kind: "edit", user }) };
  if (user.orgMembershipStatus !== "ACTIVE") {
    return [
      ...always,
      edit,
      { label: "New Invitation Link", onSelect: () => open({ kind: "link", user, link: "invitationLink" }) },
      "separator",
      { label: "Cancel Invitation", onSelect: () => open({ kind: "remove", user }), danger: true },
    ];
  }
  // Your own password is changed on the Account page, with the current one.
  const reset: RowAction[] =
    user.id === selfId ? [] : [{ label: "Password Reset Link", onSelect: () => open({ kind: "link", user, link: "passwordResetLink" }) }];
  return [...always, edit, ...reset, "separator", { label: "Remove from Organization", onSelect: () => open({ kind: "remove", user }), danger: true }];
}
