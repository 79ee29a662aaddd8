// Shared by the key wizard tests: the Create and Edit pages in a memory
// router (with a stand-in table page to return to, the account menu above
// them and a stand-in /logout), a fresh query client
// wired to the session as the app does, and a log of the API calls made.
import type { QueryClient } from "@tanstack/react-query";
import { cleanup, screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { expect } from "vitest";
import type { setupServer } from "msw/node";
import { Outlet } from "react-router";
import type { CurrentUser } from "../../contract/session.ts";
import type { MockBackend } from "../../mocks/backend.ts";
import { operatorActor } from "../../server/domain/events.ts";
import { insertNewKey } from "../../server/domain/org-keys.ts";
import { CreateApiKeyPage } from "../../src/features/org-api-keys/components/create-api-key-page.tsx";
import { EditApiKeyPage } from "../../src/features/org-api-keys/components/edit-api-key-page.tsx";
import { UserMenu } from "../../src/features/session/components/user-menu.tsx";
import { here } from "./org-api-keys-harness.tsx";
import { renderRoutes } from "./render-routes.tsx";

export type MockServer = ReturnType<typeof setupServer>;

export function renderWizard(options: { user: CurrentUser; path: string; history?: string[] }) {
  const entries = [...(options.history ?? []), options.path];
  return renderRoutes(
    options.user,
    [
      {
        element: (
          <>
            <UserMenu email={options.user.email} />
            <Outlet />
          </>
        ),
        children: [
          { path: "/orgs/:orgId/access/apiKeys", element: <h1>API Keys table</h1> },
          { path: "/orgs/:orgId/access/apiKeys/new", Component: CreateApiKeyPage },
          { path: "/orgs/:orgId/access/apiKeys/:keyId/edit", Component: EditApiKeyPage },
        ],
      },
      { path: "/logout", element: <h1>Signing out</h1> },
    ],
    entries,
  );
}

type WizardRouter = ReturnType<typeof renderWizard>["router"];

/** A reload: the page again, at the address it had, in a fresh app. */
export function reloadWizard(router: WizardRouter, user: CurrentUser): WizardRouter {
  const address = here(router);
  cleanup();
  return renderWizard({ user, path: address }).router;
}

export interface LoggedCall {
  method: string;
  path: string;
  body: unknown;
}

/** Records every API call (method, path without /api, JSON body) until the returned stop(). */
export function logCalls(server: MockServer): { calls: LoggedCall[]; stop: () => void } {
  const calls: LoggedCall[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const entry: LoggedCall = { method: request.method, path: decodeURIComponent(url.pathname.replace(/^\/api/, "")), body: undefined };
    calls.push(entry);
    if (request.method !== "GET" && request.method !== "DELETE") {
      void request
        .clone()
        .text()
        .then((text) => (entry.body = text ? (JSON.parse(text) as unknown) : undefined));
    }
  };
  server.events.on("request:start", listener);
  return { calls, stop: () => server.events.removeListener("request:start", listener) };
}

/** A key made directly in the mock's store, for a test of its own. */
export async function makeKey(backend: MockBackend, orgId: string, desc: string, roles: string[], entries: string[] = []) {
  const { key } = await insertNewKey(backend.deps, operatorActor("test"), orgId, desc, roles);
  for (const cidrBlock of entries) await addEntryBehindTheScenes(backend, key.id, cidrBlock);
  return key;
}

/** An entry added by "someone else" (not through the page). */
export async function addEntryBehindTheScenes(backend: MockBackend, keyId: string, cidrBlock: string): Promise<void> {
  await backend.deps.store.insertAccessEntry({
    keyId,
    cidrBlock,
    ipAddress: null,
    created: backend.deps.now(),
    lastUsed: null,
    lastUsedAddress: null,
    count: 0,
  });
}

/** Everything React Query holds, as text: to prove a secret is not in it. */
export function cacheText(client: QueryClient): string {
  const queries = client.getQueryCache().getAll().map((query) => ({ key: query.queryKey, state: query.state }));
  const mutations = client.getMutationCache().getAll().map((mutation) => ({ key: mutation.options.mutationKey, state: mutation.state }));
  return JSON.stringify({ queries, mutations }, (_name, value: unknown) => (value instanceof Error ? { ...value, message: value.message } : value));
}

export function field(name: string): HTMLInputElement {
  return screen.getByRole("textbox", { name }) as HTMLInputElement;
}

/** A role's checkbox, by its label (its meaning follows in the accessible name). */
export function role(label: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name: new RegExp(`^${label}`) }) as HTMLInputElement;
}

export function button(name: string): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}

/** Create API Key, step 1 done: the key exists and its keys are on screen. */
export async function createKey(user: UserEvent, desc: string): Promise<{ privateKey: string; publicKey: string }> {
  await user.type(await screen.findByRole("textbox", { name: "Description" }), desc);
  await user.click(role("Organization Member"));
  await user.click(button("Next"));
  const privateGroup = await screen.findByRole("group", { name: "Private Key" });
  const publicGroup = screen.getByRole("group", { name: "Public Key" });
  const privateKey = privateGroup.querySelector("[data-copy-value]")?.textContent ?? "";
  const publicKey = publicGroup.querySelector("[data-copy-value]")?.textContent ?? "";
  expect(privateKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  return { privateKey, publicKey };
}
