// App-wide providers. The query client also wires the api client to the
// session: the CSRF token comes from the current-user query, and a 401 on any
// call that needs a session marks the user signed out, which sends
// RequireAuth to the login page with a way back (not while a private key is
// on screen: see secret-on-screen.ts). Mutations that change keys
// refresh every cached view of keys (see invalidate-key-queries.ts).
import { MutationCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { currentUserQueryKey } from "../features/session/api/current-user.ts";
import { pendingCsrfToken } from "../features/session/api/pending-sign-in.ts";
import { configureApiClient } from "../lib/api-client.ts";
import { ApiError } from "../lib/api-error.ts";
import { invalidateFamilies, invalidateKeyQueries } from "../lib/invalidate-key-queries.ts";
import { whenNoSecretOnScreen } from "../lib/secret-on-screen.ts";

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will answer the same again; network blips and 5xx get two more tries.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000 },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onSettled: (_data, _error, _variables, _context, mutation) =>
        Promise.all([
          mutation.meta?.invalidatesKeys ? invalidateKeyQueries(client) : undefined,
          mutation.meta?.invalidates ? invalidateFamilies(client, mutation.meta.invalidates) : undefined,
        ]),
    }),
  });
  configureApiClient({
    csrfToken: () => client.getQueryData(currentUserQueryKey)?.csrfToken ?? pendingCsrfToken(client),
    onSessionEnded: () => whenNoSecretOnScreen(() => client.setQueryData(currentUserQueryKey, null)),
  });
  return client;
}

const queryClient = createQueryClient();

export function Providers({ children, client = queryClient }: { children: ReactNode; client?: QueryClient }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
