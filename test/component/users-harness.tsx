// Shared by the Users tab component tests: people invited and made members
// through the mock backend's API (the real server app), and the Users page
// of an organization or a project in a memory router.
import { screen, waitFor, within } from "@testing-library/react";
import type { RouteObject } from "react-router";
import type { CurrentUser } from "../../contract/session.ts";
import type { InvitedOrgUser } from "../../contract/org-users.ts";
import { OrgUsersPage } from "../../src/features/users/components/org-users-page.tsx";
import { ProjectUsersPage } from "../../src/features/users/components/project-users-page.tsx";
import { USERS_MEDIA_TYPE } from "../../src/features/users/api/user-types.ts";
import type { ProjectScope } from "../../src/lib/project-scope.ts";
import { apiUrl, signIn } from "./org-api-keys-harness.tsx";
import { renderRoutes } from "./render-routes.tsx";

const MEMBER_PASSWORD = "tundra-quill-81-marsh-ember";

/** POST /orgs/{orgId}/users as `owner`: a pending invitee with its one-time link. */
export async function invite(owner: CurrentUser, orgId: string, email: string, orgRoles: string[], groupRoleAssignments: unknown[] = []): Promise<InvitedOrgUser> {
  const response = await fetch(apiUrl(`/atlas/v2/orgs/${orgId}/users`), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: USERS_MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
    body: JSON.stringify({ username: email, roles: { orgRoles, groupRoleAssignments } }),
  });
  if (response.status !== 201) throw new Error(`Invite failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as InvitedOrgUser;
}

/** Invites and accepts (which signs the mock in as them); then signs the owner back in, whose session it returns. */
export async function addMember(ownerCredentials: { email: string; password: string }, orgId: string, email: string, orgRoles: string[], groupRoleAssignments: unknown[] = []) {
  const owner = await signIn(ownerCredentials);
  const invited = await invite(owner, orgId, email, orgRoles, groupRoleAssignments);
  const token = invited.invitationUrl.split("#")[1];
  const accepted = await fetch(apiUrl("/private/invitations/accept"), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token, password: MEMBER_PASSWORD, firstName: "Mia", lastName: email.split("@")[0] }),
  });
  if (!accepted.ok) throw new Error(`Accept failed: ${accepted.status} ${await accepted.text()}`);
  return { id: invited.id, owner: await signIn(ownerCredentials) };
}

function renderWith(user: CurrentUser, path: string, routes: RouteObject[]) {
  return renderRoutes(user, routes, [path]);
}

export const orgUsersPath = (orgId: string, rest = "") => `/orgs/${orgId}/access/users${rest}`;

export function renderOrgUsers(options: { user: CurrentUser; orgId: string; canManage: boolean; path?: string }) {
  const { user, orgId, canManage } = options;
  return renderWith(user, options.path ?? orgUsersPath(orgId), [
    { path: "/orgs/:orgId/access/users", element: <OrgUsersPage orgId={orgId} canManage={canManage} selfId={user.id} /> },
  ]);
}

export function renderProjectUsers(options: { user: CurrentUser; scope: ProjectScope }) {
  return renderWith(options.user, `/projects/${options.scope.groupId}/access/users`, [
    { path: "/projects/:groupId/access/users", element: <ProjectUsersPage scope={options.scope} /> },
  ]);
}

export function userRows(caption: string): HTMLElement[] {
  return within(screen.getByRole("table", { name: caption })).getAllByRole("row").slice(1);
}

/** The row whose Email cell is exactly `email`, once it is on screen. */
export function findUserRow(email: string, caption = "Organization users"): Promise<HTMLElement> {
  return waitFor(() => {
    const row = userRows(caption).find((candidate) => within(candidate).getAllByRole("cell")[1]?.textContent === email);
    if (!row) throw new Error(`No row for "${email}"`);
    return row;
  });
}

/** Asks the dialog for a link (Create Link) and reads the one it shows with Copy. */
export async function createLinkIn(dialog: HTMLElement, user: { click: (element: Element) => Promise<void> }): Promise<string> {
  await user.click(within(dialog).getByRole("button", { name: "Create Link" }));
  return waitFor(() => {
    const value = dialog.querySelector("[data-copy-value]")?.textContent;
    if (!value) throw new Error("no link yet");
    return value;
  });
}
