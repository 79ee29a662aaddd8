// Shared by the project Access Manager component tests: the project routes
// (layout, table, Invite to Project, details, Create API Key, Edit
// Permissions) and the organization's Edit API Key page it links to,
// composed as the app composes them, in a memory router with a fresh query
// client wired to the session, as the app does. Sign-in and the API helpers
// come from the organization harness.
import type { QueryClient } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { apiKeyPageSchema, type ApiKey } from "../../contract/api-keys.ts";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { createUser } from "../../server/domain/admin.ts";
import type { MockBackend } from "../../mocks/backend.ts";
import { CreateProjectApiKeyRoute } from "../../src/app/create-project-api-key-route.tsx";
import { ProjectAccessManagerLayout } from "../../src/app/project-access-manager-layout.tsx";
import { InviteToProjectRoute, ProjectApiKeyDetailsRoute, ProjectApiKeysRoute } from "../../src/app/project-api-keys-routes.tsx";
import { EditApiKeyPage } from "../../src/features/org-api-keys/components/edit-api-key-page.tsx";
import { EditPermissionsPage } from "../../src/features/project-api-keys/components/edit-permissions-page.tsx";
import { apiUrl, dataCells } from "./org-api-keys-harness.tsx";
import { renderRoutes } from "./render-routes.tsx";

export function projectKeysPath(groupId: string, rest = ""): string {
  return `/projects/${groupId}/access/apiKeys${rest}`;
}

/** The keys of a project as the API lists them (org roles + this project's roles). */
export async function listProjectKeys(groupId: string): Promise<ApiKey[]> {
  const response = await fetch(apiUrl(`/atlas/v2/groups/${groupId}/apiKeys?itemsPerPage=500`), { headers: { Accept: MEDIA_TYPE } });
  return apiKeyPageSchema.parse(await response.json()).results;
}

export function projectRolesOf(apiKey: ApiKey | undefined, groupId: string): string[] {
  return (apiKey?.roles ?? []).filter((role) => role.groupId === groupId).map((role) => role.roleName);
}

/** A user of the mock's organization with the given org role and, optionally, one project role. */
export async function addUser(
  backend: MockBackend,
  options: { email: string; orgRole: string; project?: { groupId: string; role: string } },
): Promise<{ email: string; password: string }> {
  const { orgId } = await backend.ready;
  const credentials = { email: options.email, password: "mock-password" };
  await createUser(backend.deps, { ...credentials, orgId, orgRole: options.orgRole, project: options.project });
  return credentials;
}

/** `state`: router state of the first page, as a link from another page would set it. */
export function renderProjectPage(options: { user: CurrentUser; path: string; state?: unknown }): {
  client: QueryClient;
  router: ReturnType<typeof createMemoryRouter>;
} {
  return renderRoutes(
    options.user,
    [
      {
        path: "/projects/:groupId/access",
        Component: ProjectAccessManagerLayout,
        children: [
          {
            path: "apiKeys",
            Component: ProjectApiKeysRoute,
            children: [
              { path: "invite", Component: InviteToProjectRoute },
              { path: ":keyId", Component: ProjectApiKeyDetailsRoute },
            ],
          },
          { path: "apiKeys/new", Component: CreateProjectApiKeyRoute },
          { path: "apiKeys/:keyId/permissions", Component: EditPermissionsPage },
        ],
      },
      { path: "/orgs/:orgId/access/apiKeys", element: <h1>Organization API Keys table</h1> },
      { path: "/orgs/:orgId/access/apiKeys/:keyId/edit", Component: EditApiKeyPage },
      { path: "/", element: <h1>Organization home</h1> },
    ],
    [options.state === undefined ? options.path : { pathname: options.path, state: options.state }],
  );
}

export function projectRows(): HTMLElement[] {
  const table = screen.getByRole("table", { name: "Project API keys" });
  return within(table).getAllByRole("row").slice(1);
}

export async function findProjectRow(desc: string): Promise<HTMLElement> {
  return waitFor(() => {
    const row = projectRows().find((candidate) => dataCells(candidate)[1]?.textContent === desc);
    if (!row) throw new Error(`No row with the description "${desc}"`);
    return row;
  });
}

/** Opens the "…" menu of the row of the key with this description; returns the menu. */
export async function openRowMenu(user: UserEvent, desc: string): Promise<HTMLElement> {
  const row = await findProjectRow(desc);
  await user.click(within(row).getByRole("button", { name: /^Actions for / }));
  return screen.findByRole("menu");
}

/** A change through the API as the signed-in user (the session's CSRF token), for setting the scene. */
export async function apiWrite(user: CurrentUser, method: "POST" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<void> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: { Accept: MEDIA_TYPE, "Content-Type": "application/json", "X-CSRF-Token": user.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}
