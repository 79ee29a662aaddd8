// Renders the Account page over the mock backend (the real server app),
// signed in as a seeded user.
import type { CurrentUser } from "../../contract/session.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { AccountPage } from "../../src/features/account/components/account-page.tsx";
import { renderRoutes } from "./render-routes.tsx";

export function renderAccountPage(user: CurrentUser) {
  const { client } = renderRoutes(user, [{ path: "/account", Component: AccountPage }], ["/account"]);
  return { client };
}

/** Everything React Query holds (queries and mutations), as text to search for secrets. */
export function cachedText(client: ReturnType<typeof createQueryClient>): string {
  const queries = client.getQueryCache().getAll().map((q) => q.state.data);
  const mutations = client.getMutationCache().getAll().map((m) => [m.state.data, m.state.variables]);
  return JSON.stringify([queries, mutations]);
}
