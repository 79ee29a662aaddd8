// Shared by the service-account component tests: accounts and settings
// changed through the mock backend's API (the real server app) as the
// signed-in owner, and the Service Accounts page or the Create wizard of an
// organization in a memory router.
import { screen, waitFor, within } from "@testing-library/react";
import type { CurrentUser } from "../../contract/session.ts";
import type { ServiceAccount, ServiceAccountScope } from "../../src/features/service-accounts/api/service-account-types.ts";
import { CreateServiceAccountWizard } from "../../src/features/service-accounts/components/create-service-account-wizard.tsx";
import { ServiceAccountDetailsDialog } from "../../src/features/service-accounts/components/service-account-details-dialog.tsx";
import { ServiceAccountsPage } from "../../src/features/service-accounts/components/service-accounts-page.tsx";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../src/lib/service-account-media-type.ts";
import { apiUrl } from "./org-api-keys-harness.tsx";
import { renderRoutes } from "./render-routes.tsx";

/** POST .../serviceAccounts as `user`; the answer holds the secret in full. */
export async function createAccount(
  user: CurrentUser,
  orgId: string,
  body: { name: string; description?: string; roles?: string[]; secretExpiresAfterHours?: number },
): Promise<ServiceAccount> {
  const response = await fetch(apiUrl(`/atlas/v2/orgs/${orgId}/serviceAccounts`), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: SERVICE_ACCOUNT_MEDIA_TYPE, "X-CSRF-Token": user.csrfToken },
    body: JSON.stringify({ description: `${body.name} account`, roles: ["ORG_READ_ONLY"], secretExpiresAfterHours: 720, ...body }),
  });
  if (response.status !== 201) throw new Error(`Create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ServiceAccount;
}

export async function listAccounts(orgId: string): Promise<ServiceAccount[]> {
  const response = await fetch(apiUrl(`/atlas/v2/orgs/${orgId}/serviceAccounts?itemsPerPage=500`), { headers: { Accept: SERVICE_ACCOUNT_MEDIA_TYPE } });
  return ((await response.json()) as { results: ServiceAccount[] }).results;
}

export const accountsPath = (orgId: string, rest = "") => `/orgs/${orgId}/access/serviceAccounts${rest}`;

/** PATCH the organization's maxServiceAccountSecretValidityInHours as `user` (an owner). */
export async function setSecretCap(user: CurrentUser, orgId: string, hours: number): Promise<void> {
  const response = await fetch(apiUrl(`/atlas/v2/orgs/${orgId}/settings`), {
    method: "PATCH",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": user.csrfToken },
    body: JSON.stringify({ maxServiceAccountSecretValidityInHours: hours }),
  });
  if (response.status !== 200) throw new Error(`Settings refused: ${response.status} ${await response.text()}`);
}

/** Create Service Account of the organization, with a stand-in table to return to. */
export function renderCreateWizard(user: CurrentUser, orgId: string) {
  const tablePath = accountsPath(orgId);
  const { router } = renderRoutes(
    user,
    [
        {
          path: "/orgs/:orgId/access/serviceAccounts/new",
          element: <CreateServiceAccountWizard scope={{ kind: "org", orgId }} tablePath={tablePath} backLabel="Organization Service Accounts" />,
        },
        { path: "/orgs/:orgId/access/serviceAccounts", element: <h1>Service accounts table</h1> },
    ],
    [accountsPath(orgId, "/new")],
  );
  return { router };
}

export const projectAccountsPath = (groupId: string, rest = "") => `/projects/${groupId}/access/serviceAccounts${rest}`;

export function renderAccountsPage(options: {
  user: CurrentUser;
  orgId: string;
  path: string;
  canManage: boolean;
  /** A project's page instead of the organization's. */
  project?: { groupId: string; name: string };
}) {
  const { project } = options;
  const scope: ServiceAccountScope = project ? { kind: "project", orgId: options.orgId, groupId: project.groupId } : { kind: "org", orgId: options.orgId };
  return renderRoutes(
    options.user,
    [
        {
          path: project ? "/projects/:groupId/access/serviceAccounts" : "/orgs/:orgId/access/serviceAccounts",
          element: <ServiceAccountsPage scope={scope} canManage={options.canManage} projectName={project?.name} />,
          children: [{ path: ":clientId", element: <ServiceAccountDetailsDialog scope={scope} canManage={options.canManage} /> }],
        },
        { path: "/orgs/:orgId/access/serviceAccounts/new", element: <h1>Create Service Account wizard</h1> },
        { path: "/orgs/:orgId/access/serviceAccounts/:clientId/edit", element: <h1>Edit Service Account page</h1> },
    ],
    [options.path],
  );
}

export function accountRows(): HTMLElement[] {
  const table = screen.getByRole("table", { name: /^(Organization|Project) service accounts$/ });
  return within(table).getAllByRole("row").slice(1);
}

/** The cells of a row's columns (not its checkbox, where rows can be selected, nor its menu). */
export function accountCells(row: HTMLElement): HTMLElement[] {
  return within(row)
    .getAllByRole("cell")
    .filter((cell) => cell.dataset.cell !== "select" && cell.dataset.cell !== "actions");
}

/** The row whose Name cell is exactly `name`, once it is on screen. */
export function findAccountRow(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const row = accountRows().find((candidate) => accountCells(candidate)[0]?.textContent === name);
    if (!row) throw new Error(`No row named "${name}"`);
    return row;
  });
}
