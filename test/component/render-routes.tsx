// How every component harness renders a part of the console: the given routes
// in a memory router, and a fresh query client that already knows the
// signed-in user, wired as the app wires them. Failures show at once: the app
// retries 5xx twice, with back-off, which no test should wait for.
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider, type InitialEntry, type RouteObject } from "react-router";
import type { CurrentUser } from "../../contract/session.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { currentUserQueryKey } from "../../src/features/session/api/current-user.ts";

/** Renders `routes` at the last of `entries` (the ones before it are the history Back goes to). */
export function renderRoutes(user: CurrentUser, routes: RouteObject[], entries: InitialEntry[]) {
  const client = createQueryClient();
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, retry: false } });
  client.setQueryData(currentUserQueryKey, user);
  const router = createMemoryRouter(routes, { initialEntries: entries, initialIndex: entries.length - 1 });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { client, router };
}
