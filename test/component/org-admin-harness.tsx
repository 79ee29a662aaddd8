// Renders the organization's Projects and Settings pages over the mock
// backend (the real server app), signed in as a seeded user.
import type { CurrentUser } from "../../contract/session.ts";
import { OrgSettingsPage } from "../../src/features/org-settings/components/org-settings-page.tsx";
import { OrgProjectsPage } from "../../src/features/projects/components/org-projects-page.tsx";
import { renderRoutes } from "./render-routes.tsx";

export function renderOrgAdminPage(options: { user: CurrentUser; path: string }) {
  return renderRoutes(
    options.user,
    [
      { path: "/orgs/:orgId/projects", Component: OrgProjectsPage },
      { path: "/orgs/:orgId/settings", Component: OrgSettingsPage },
    ],
    [options.path],
  );
}
