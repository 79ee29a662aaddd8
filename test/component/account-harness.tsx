// Renders the Account page over the mock backend (the real server app),
// signed in as a seeded user.
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { CurrentUser } from "../../contract/session.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { AccountPage } from "../../src/features/account/components/account-page.tsx";
import { currentUserQueryKey } from "../../src/features/session/api/current-user.ts";

export function renderAccountPage(user: CurrentUser) {
  const client = createQueryClient();
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, retry: false } });
  client.setQueryData(currentUserQueryKey, user);
  const router = createMemoryRouter([{ path: "/account", Component: AccountPage }], { initialEntries: ["/account"] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { client };
}

/** Everything React Query holds (queries and mutations), as text to search for secrets. */
export function cachedText(client: ReturnType<typeof createQueryClient>): string {
  const queries = client.getQueryCache().getAll().map((q) => q.state.data);
  const mutations = client.getMutationCache().getAll().map((m) => [m.state.data, m.state.variables]);
  return JSON.stringify([queries, mutations]);
}
