// Renders the organization's Projects and Settings pages over the mock
// backend (the real server app), signed in as a seeded user.
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { CurrentUser } from "../../contract/session.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { OrgSettingsPage } from "../../src/features/org-settings/components/org-settings-page.tsx";
import { OrgProjectsPage } from "../../src/features/projects/components/org-projects-page.tsx";
import { currentUserQueryKey } from "../../src/features/session/api/current-user.ts";

export function renderOrgAdminPage(options: { user: CurrentUser; path: string }) {
  const client = createQueryClient();
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, retry: false } });
  client.setQueryData(currentUserQueryKey, options.user);
  const router = createMemoryRouter(
    [
      { path: "/orgs/:orgId/projects", Component: OrgProjectsPage },
      { path: "/orgs/:orgId/settings", Component: OrgSettingsPage },
    ],
    { initialEntries: [options.path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { client, router };
}
