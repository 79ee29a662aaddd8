// The route tree. Pages load on demand (route `lazy`), so the first download
// is the shell and the page the user opened, not the whole console.
import { createBrowserRouter, Navigate } from "react-router";
import { FirstOrgRedirect } from "../features/orgs/components/first-org-redirect.tsx";
import { AccessManagerLayout } from "./access-manager-layout.tsx";
import { AppLoading } from "./app-loading.tsx";
import { RequireAuth } from "./require-auth.tsx";
import { NotFoundPage, RouteError } from "./route-error.tsx";
import { Shell } from "./shell.tsx";

type ServiceAccountRoutes = typeof import("./service-accounts-routes.tsx");

/** A route of the Service Accounts tab: all of them in one chunk, loaded when first opened. */
function serviceAccountRoute(name: keyof ServiceAccountRoutes) {
  return async () => ({ Component: (await import("./service-accounts-routes.tsx"))[name] });
}

type UsersRoutes = typeof import("./users-routes.tsx");

/** A route of the Users tab (organization or project): one chunk, loaded when first opened. */
function usersRoute(name: keyof UsersRoutes) {
  return async () => ({ Component: (await import("./users-routes.tsx"))[name] });
}

export const router = createBrowserRouter([
  {
    // Pathless root: one fallback while the first lazy route loads, one error boundary of last resort.
    HydrateFallback: AppLoading,
    ErrorBoundary: RouteError,
    children: [
      {
        path: "/login",
        lazy: async () => ({ Component: (await import("../features/session/components/login-page.tsx")).LoginPage }),
      },
      {
        path: "/logout",
        lazy: async () => ({ Component: (await import("../features/session/components/sign-out-page.tsx")).SignOutPage }),
      },
      {
        // One-time links (invitation, password reset): no user yet, so outside RequireAuth.
        path: "/invitation",
        lazy: async () => {
          const { AcceptLinkPage } = await import("../features/session/components/accept-link-page.tsx");
          return { Component: () => <AcceptLinkPage purpose="invitation" /> };
        },
      },
      {
        path: "/reset-password",
        lazy: async () => {
          const { AcceptLinkPage } = await import("../features/session/components/accept-link-page.tsx");
          return { Component: () => <AcceptLinkPage purpose="password-reset" /> };
        },
      },
      {
        // A sign-in that must enrol in two-factor sign-in first (no user yet, so outside RequireAuth).
        path: "/enrol-two-factor",
        lazy: async () => ({ Component: (await import("../features/account/components/enrol-page.tsx")).EnrolPage }),
      },
      {
        Component: RequireAuth,
        children: [
          {
            Component: Shell,
            children: [
              {
                // Errors inside the frame keep the top bar and sidebar usable.
                ErrorBoundary: RouteError,
                children: [
                  { index: true, Component: FirstOrgRedirect },
                  {
                    path: "orgs/:orgId/access",
                    Component: AccessManagerLayout,
                    children: [
                      { index: true, element: <Navigate to="apiKeys" replace /> },
                      {
                        path: "apiKeys",
                        lazy: async () => ({
                          Component: (await import("../features/org-api-keys/components/org-api-keys-page.tsx"))
                            .OrgApiKeysPage,
                        }),
                        children: [
                          {
                            // The details modal, over the table (the page renders it in its Outlet).
                            path: ":keyId",
                            lazy: async () => ({
                              Component: (await import("../features/org-api-keys/components/api-key-details-dialog.tsx"))
                                .ApiKeyDetailsDialog,
                            }),
                          },
                        ],
                      },
                      {
                        // The key wizards are pages of their own (static "new" outranks ":keyId").
                        path: "apiKeys/new",
                        lazy: async () => ({
                          Component: (await import("../features/org-api-keys/components/create-api-key-page.tsx"))
                            .CreateApiKeyPage,
                        }),
                      },
                      { path: "users", lazy: usersRoute("OrgUsersRoute") },
                      {
                        path: "activity",
                        lazy: async () => ({ Component: (await import("../features/activity/components/activity-page.tsx")).ActivityPage }),
                      },
                      {
                        path: "serviceAccounts",
                        lazy: serviceAccountRoute("OrgServiceAccountsRoute"),
                        children: [{ path: ":clientId", lazy: serviceAccountRoute("OrgServiceAccountDetailsRoute") }],
                      },
                      { path: "serviceAccounts/new", lazy: serviceAccountRoute("CreateOrgServiceAccountRoute") },
                      { path: "serviceAccounts/:clientId/edit", lazy: serviceAccountRoute("EditOrgServiceAccountRoute") },
                      {
                        path: "apiKeys/:keyId/edit",
                        lazy: async () => ({
                          Component: (await import("../features/org-api-keys/components/edit-api-key-page.tsx"))
                            .EditApiKeyPage,
                        }),
                      },
                    ],
                  },
                  {
                    path: "orgs/:orgId/projects",
                    lazy: async () => ({
                      Component: (await import("../features/projects/components/org-projects-page.tsx")).OrgProjectsPage,
                    }),
                  },
                  {
                    path: "orgs/:orgId/settings",
                    lazy: async () => ({
                      Component: (await import("../features/org-settings/components/org-settings-page.tsx")).OrgSettingsPage,
                    }),
                  },
                  {
                    // A project's Access Manager: the layout resolves the project (or shows "no access").
                    path: "projects/:groupId/access",
                    lazy: async () => ({
                      Component: (await import("./project-access-manager-layout.tsx")).ProjectAccessManagerLayout,
                    }),
                    children: [
                      { index: true, element: <Navigate to="apiKeys" replace /> },
                      {
                        path: "apiKeys",
                        lazy: async () => ({ Component: (await import("./project-api-keys-routes.tsx")).ProjectApiKeysRoute }),
                        children: [
                          {
                            path: "invite",
                            lazy: async () => ({ Component: (await import("./project-api-keys-routes.tsx")).InviteToProjectRoute }),
                          },
                          {
                            // The details modal, over the table, as on the organization's page.
                            path: ":keyId",
                            lazy: async () => ({
                              Component: (await import("./project-api-keys-routes.tsx")).ProjectApiKeyDetailsRoute,
                            }),
                          },
                        ],
                      },
                      {
                        path: "apiKeys/new",
                        lazy: async () => ({
                          Component: (await import("./create-project-api-key-route.tsx")).CreateProjectApiKeyRoute,
                        }),
                      },
                      {
                        path: "activity",
                        lazy: async () => ({ Component: (await import("../features/activity/components/activity-page.tsx")).ActivityPage }),
                      },
                      { path: "users", lazy: usersRoute("ProjectUsersRoute") },
                      {
                        path: "serviceAccounts",
                        lazy: serviceAccountRoute("ProjectServiceAccountsRoute"),
                        children: [
                          { path: "invite", lazy: serviceAccountRoute("AssignServiceAccountRoute") },
                          { path: ":clientId", lazy: serviceAccountRoute("ProjectServiceAccountDetailsRoute") },
                        ],
                      },
                      { path: "serviceAccounts/new", lazy: serviceAccountRoute("CreateProjectServiceAccountRoute") },
                      { path: "serviceAccounts/:clientId/edit", lazy: serviceAccountRoute("EditProjectServiceAccountRoute") },
                      {
                        path: "apiKeys/:keyId/permissions",
                        lazy: async () => ({
                          Component: (await import("../features/project-api-keys/components/edit-permissions-page.tsx"))
                            .EditPermissionsPage,
                        }),
                      },
                    ],
                  },
                  {
                    path: "account",
                    lazy: async () => ({ Component: (await import("../features/account/components/account-page.tsx")).AccountPage }),
                  },
                  { path: "*", Component: NotFoundPage },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
]);
